#pragma once

#include <QObject>
#include <QTimer>

namespace twofold::ui {

// Fires idle() after a stretch without keyboard or mouse input anywhere in
// the application, and when the system suspends the application.
class IdleWatcher final : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);

    // 0 minutes turns auto-lock off.
    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // Milliseconds, for tests.
    void setInterval(int ms);
    void restart();
    // Stops counting while nobody is unlocked.
    void pause() { m_timer.stop(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    int m_minutes = 10;
    bool m_enabled = true;
};

} // namespace twofold::ui
