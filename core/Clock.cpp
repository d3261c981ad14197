#include "Clock.h"

#include <atomic>

namespace twofold::core {

namespace {
std::atomic<qint64> g_fixedMs{-1};
}

QDateTime Clock::nowUtc() {
    const qint64 fixed = g_fixedMs.load();
    return fixed >= 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime::currentDateTimeUtc();
}

QDate Clock::today() {
    return nowUtc().toLocalTime().date();
}

QDateTime Clock::fixed() {
    const qint64 fixed = g_fixedMs.load();
    return fixed >= 0 ? QDateTime::fromMSecsSinceEpoch(fixed, Qt::UTC) : QDateTime();
}

void Clock::setFixed(const QDateTime& utc) {
    g_fixedMs.store(utc.isValid() ? utc.toMSecsSinceEpoch() : -1);
}

} // namespace twofold::core
