#pragma once

#include "reminders/ReminderSettings.h"

#include <QDateTime>

#include <vector>

namespace twofold::ui {

enum class ReminderKind { DailyReflection, WeeklyCheckIn };

// When reminders fall due. Pure, so tests can walk a fixed clock through
// days, weeks, a suspended laptop and a changed setting.
class ReminderSchedule {
public:
    // A reminder whose time passed more than this long ago (the laptop slept
    // through it, the app was started later) is skipped, not shown late.
    static constexpr int kGraceSeconds = 60 * 60;

    // The reminders whose local time lies in (after, upTo], each at most
    // once (the latest of its kind), and not later than kGraceSeconds.
    static std::vector<ReminderKind> dueBetween(const ReminderSettings& settings, const QDateTime& after,
                                                const QDateTime& upTo);
    // The next time either reminder falls due after `now`; invalid when both
    // are off.
    static QDateTime next(const ReminderSettings& settings, const QDateTime& now);
};

} // namespace twofold::ui
