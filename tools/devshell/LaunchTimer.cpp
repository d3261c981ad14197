#include "LaunchTimer.h"

#include <QEvent>
#include <QFile>
#include <QWidget>

#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace twofold::ui {

bool LaunchTimer::enabled() {
    return qEnvironmentVariableIsSet("TWOFOLD_FIRST_PAINT");
}

double LaunchTimer::millisecondsSinceStart() {
    // Field 22 of /proc/self/stat: start time in clock ticks since boot.
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20) {
        return -1;
    }
    const double startTicks = fields[19].toDouble();
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = now.tv_sec * 1000.0 + now.tv_nsec / 1e6;
    return nowMs - startTicks * 1000.0 / static_cast<double>(sysconf(_SC_CLK_TCK));
}

void LaunchTimer::watch(QWidget* widget, const QString& label, std::function<void()> then) {
    if (!enabled()) {
        return;
    }
    widget->installEventFilter(new LaunchTimer(widget, label, std::move(then)));
}

LaunchTimer::LaunchTimer(QObject* parent, QString label, std::function<void()> then)
    : QObject(parent)
    , m_label(std::move(label))
    , m_then(std::move(then)) {}

bool LaunchTimer::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint) {
        std::fprintf(stderr, "twofold: %s painted %.0f ms after launch\n", qPrintable(m_label),
                     millisecondsSinceStart());
        watched->removeEventFilter(this);
        if (m_then) {
            m_then();
        }
        deleteLater();
    }
    return false;
}

} // namespace twofold::ui
