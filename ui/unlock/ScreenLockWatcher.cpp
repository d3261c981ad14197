#include "unlock/ScreenLockWatcher.h"

#include <QCoreApplication>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>

namespace twofold::ui {

namespace {

const QString kLogin1 = QStringLiteral("org.freedesktop.login1");
const QString kLogin1Session = QStringLiteral("org.freedesktop.login1.Session");

} // namespace

ScreenLockWatcher::ScreenLockWatcher(QObject* parent)
    : ScreenLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent) {}

ScreenLockWatcher::ScreenLockWatcher(QDBusConnection sessionBus, QDBusConnection systemBus, QObject* parent)
    : QObject(parent)
    , m_session(std::move(sessionBus))
    , m_system(std::move(systemBus)) {
    if (m_session.isConnected()) {
        // Any sender and path: the screen saver's service name differs
        // between desktops, the interface and signal do not.
        for (const QString& interface :
             {QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("org.gnome.ScreenSaver")}) {
            m_session.connect(QString(), QString(), interface, QStringLiteral("ActiveChanged"), this,
                              SLOT(screenSaverActiveChanged(bool)));
        }
    }
    if (m_system.isConnected()) {
        findLoginSession();
    }
}

void ScreenLockWatcher::findLoginSession() {
    QDBusMessage call = QDBusMessage::createMethodCall(kLogin1, QStringLiteral("/org/freedesktop/login1"),
                                                       QStringLiteral("org.freedesktop.login1.Manager"),
                                                       QStringLiteral("GetSessionByPID"));
    call << static_cast<uint>(QCoreApplication::applicationPid());
    auto* watcher = new QDBusPendingCallWatcher(m_system.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher* finished) {
        finished->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *finished;
        if (reply.isError() || reply.value().path().isEmpty()) {
            return; // no logind, or not in a login session: the screen saver's signal remains
        }
        m_loginSession = reply.value().path();
        // Only this session's Lock: another user's locking is not ours.
        m_system.connect(kLogin1, m_loginSession, kLogin1Session, QStringLiteral("Lock"), this,
                         SLOT(loginSessionLock()));
        Q_EMIT loginSessionFound();
    });
}

void ScreenLockWatcher::screenSaverActiveChanged(bool active) {
    if (active) {
        Q_EMIT screenLocked();
    }
}

void ScreenLockWatcher::loginSessionLock() {
    Q_EMIT screenLocked();
}

} // namespace twofold::ui
