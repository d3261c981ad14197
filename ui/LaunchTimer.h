#pragma once

#include <QObject>
#include <QString>

namespace twofold::ui {

// Prints to stderr how long after the process started a widget first
// painted, when TWOFOLD_FIRST_PAINT is set: the figure behind "usable
// within 0.5 s". Measured from the kernel's process start time, so library
// loading before main() is included.
class LaunchTimer final : public QObject {
    Q_OBJECT
public:
    // Watches `widget`'s first paint and prints `label` with the time.
    static void watch(QWidget* widget, const QString& label);
    static bool enabled();
    static double millisecondsSinceStart();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    LaunchTimer(QObject* parent, QString label);
    QString m_label;
};

} // namespace twofold::ui
