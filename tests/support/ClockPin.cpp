#include "ClockPin.h"

namespace twofold::test {

ClockPin::ClockPin(const QDateTime& utc)
    : m_previous(core::Clock::fixed()) {
    core::Clock::setFixed(utc);
}

ClockPin::~ClockPin() {
    core::Clock::setFixed(m_previous);
}

void ClockPin::set(const QDateTime& utc) {
    core::Clock::setFixed(utc);
}

} // namespace twofold::test
