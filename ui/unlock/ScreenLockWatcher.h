#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace twofold::ui {

// Tells the window when the desktop locks the screen, so the journal locks
// with it (issue 16): the screen saver's ActiveChanged(true) on the session
// bus (org.freedesktop.ScreenSaver, as KDE and others send it, and
// org.gnome.ScreenSaver), and logind's Lock for this login session on the
// system bus (`loginctl lock-session`, lid close with a locker). Without a
// bus, or on a desktop that sends none of these, it stays quiet; the idle
// lock still holds.
class ScreenLockWatcher final : public QObject {
    Q_OBJECT
public:
    // The session and system buses (tests pass a private one).
    ScreenLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject* parent = nullptr);
    explicit ScreenLockWatcher(QObject* parent = nullptr);

    // This process's logind session object, once found ("" until then or
    // when there is no logind).
    QString loginSession() const { return m_loginSession; }

Q_SIGNALS:
    void screenLocked();
    void loginSessionFound();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void loginSessionLock();

private:
    void findLoginSession();

    QDBusConnection m_session;
    QDBusConnection m_system;
    QString m_loginSession;
};

} // namespace twofold::ui
