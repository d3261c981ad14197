#include "reminders/Reminders.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

namespace twofold::ui {

Reminders::Reminders(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_timer(new QTimer(this))
    , m_now([] { return QDateTime::currentDateTime(); }) {
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
}

Reminders::~Reminders() {
    delete m_tray;
}

void Reminders::setClock(Now now) {
    m_now = std::move(now);
    m_lastLook = m_now();
}

void Reminders::setAlreadyDone(AlreadyDone alreadyDone) {
    m_alreadyDone = std::move(alreadyDone);
}

void Reminders::apply(const ReminderSettings& settings) {
    m_settings = settings;
    m_lastLook = m_now();
    if (settings.anyOn()) {
        m_timer->start();
    } else {
        m_timer->stop();
    }
    showTray(settings.anyOn() && QSystemTrayIcon::isSystemTrayAvailable());
}

bool Reminders::isWatching() const {
    return m_timer->isActive();
}

void Reminders::check() {
    const QDateTime now = m_now();
    const auto due = ReminderSchedule::dueBetween(m_settings, m_lastLook, now);
    // A clock set back moves the look back too, so nothing is shown twice
    // and nothing after it is missed.
    m_lastLook = now;
    for (const ReminderKind kind : due) {
        if (m_alreadyDone && m_alreadyDone(kind, now.date())) {
            continue;
        }
        notify(kind);
    }
}

QString Reminders::titleFor(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::DailyReflection:
        return tr("Time for today's reflection");
    case ReminderKind::WeeklyCheckIn:
        return tr("Your weekly check-in");
    }
    return {};
}

QString Reminders::messageFor(ReminderKind kind) {
    switch (kind) {
    case ReminderKind::DailyReflection:
        return tr("A few lines about your day, whenever you're ready.");
    case ReminderKind::WeeklyCheckIn:
        return tr("Set aside a quiet moment for this week's check-in.");
    }
    return {};
}

void Reminders::notify(ReminderKind kind) {
    m_lastShown = kind;
    Q_EMIT reminded(kind);
    if (m_tray && m_tray->isVisible()) {
        m_tray->showMessage(titleFor(kind), messageFor(kind), QSystemTrayIcon::Information);
    } else if (m_window) {
        QApplication::alert(m_window);
    }
}

void Reminders::showTray(bool show) {
    if (!show) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray) {
        return;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon());
    m_tray->setToolTip(QApplication::applicationDisplayName());
    if (!m_menu) {
        m_menu = new QMenu(m_window);
        m_menu->addAction(tr("Open Twofold"), this, [this] { Q_EMIT openRequested(m_lastShown); });
    }
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { Q_EMIT openRequested(m_lastShown); });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) {
            Q_EMIT openRequested(m_lastShown);
        }
    });
    m_tray->show();
}

} // namespace twofold::ui
