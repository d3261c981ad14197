#pragma once

#include <QDir>
#include <QObject>

#include <functional>
#include <vector>

namespace twofold::ui {

class MainWindow;

// For the README and for reviewing the look: walks through every screen of
// a running window and saves each as a PNG (QWidget::grab), then quits.
// Started by the hidden --screenshot DIR option on a demo journal whose
// partners have no passphrase.
class ScreenshotTour final : public QObject {
    Q_OBJECT
public:
    ScreenshotTour(MainWindow& window, const QString& directory, const QString& suffix);

    void start();

private:
    void next();
    void save(QWidget* widget, const QString& name);
    // The first prompt the acting partner wrote (the demo journal has one).
    QString ownPromptId() const;

    MainWindow& m_window;
    QDir m_dir;
    QString m_suffix;
    bool m_holding = false; // a step still running on its own timers
    std::vector<std::function<void()>> m_steps;
    size_t m_step = 0;
};

} // namespace twofold::ui
