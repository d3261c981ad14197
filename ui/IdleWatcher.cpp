#include "IdleWatcher.h"

#include <QEvent>
#include <QGuiApplication>

namespace twofold::ui {

IdleWatcher::IdleWatcher(QObject* parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    if (qApp) {
        qApp->installEventFilter(this);
        // Suspend is the closest Qt comes to telling us the screen locked.
        connect(qApp, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationSuspended) {
                Q_EMIT idle();
            }
        });
    }
    setMinutes(m_minutes);
}

void IdleWatcher::setMinutes(int minutes) {
    m_minutes = minutes;
    if (minutes <= 0) {
        m_enabled = false;
        m_timer.stop();
        return;
    }
    setInterval(minutes * 60 * 1000);
}

void IdleWatcher::setInterval(int ms) {
    m_enabled = true;
    m_timer.setInterval(ms);
    m_timer.start();
}

void IdleWatcher::restart() {
    if (m_enabled) {
        m_timer.start();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace twofold::ui
