#pragma once

#include <QDate>
#include <QDateTime>

namespace twofold::core {

// The one source of "now" in core, replaceable in tests so that day and week
// boundaries (streaks, prompt of the day, check-in weeks) can be exercised.
class Clock {
public:
    static QDateTime nowUtc();
    static qint64 nowMs() { return nowUtc().toMSecsSinceEpoch(); }
    // The local calendar date, which is what "today" means to a person.
    static QDate today();

    // Tests only (through test::ClockPin): pin the clock (an invalid value
    // unpins it), and the pinned time (invalid when not pinned).
    static void setFixed(const QDateTime& utc);
    static QDateTime fixed();
};

} // namespace twofold::core
