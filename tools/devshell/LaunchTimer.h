#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace twofold::ui {

// Prints to stderr how long after the process started a widget first
// painted, when TWOFOLD_FIRST_PAINT is set: the figure behind "usable
// within 0.5 s". Measured from the kernel's process start time, so library
// loading before main() is included.
class LaunchTimer final : public QObject {
    Q_OBJECT
public:
    // Watches `widget`'s first paint and prints `label` with the time.
    // `then` runs after that paint (measurements quit there).
    static void watch(QWidget* widget, const QString& label, std::function<void()> then = {});
    static bool enabled();
    static double millisecondsSinceStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LaunchTimer(QObject* parent, QString label, std::function<void()> then);
    QString m_label;
    std::function<void()> m_then;
};

} // namespace twofold::ui
