#pragma once

#include "Clock.h"

#include <QDateTime>

namespace twofold::test {

// Pins core's clock for a scope and unpins it however the scope ends — also
// when a failing REQUIRE leaves it early — so no test runs on another's
// time. Pins nest: the outer pin is back once the inner one goes.
class ClockPin {
public:
    explicit ClockPin(const QDateTime& utc);
    ~ClockPin();
    ClockPin(const ClockPin&) = delete;
    ClockPin& operator=(const ClockPin&) = delete;
    // Moves the pinned time (the same scope, a later moment).
    void set(const QDateTime& utc);

private:
    QDateTime m_previous;
};

} // namespace twofold::test
