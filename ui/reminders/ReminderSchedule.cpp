#include "reminders/ReminderSchedule.h"

#include <QTimeZone>

namespace twofold::ui {

namespace {

// The latest moment of a reminder in (after, upTo], or invalid. Walks the
// days from upTo backwards: at most eight, which covers a weekly reminder.
QDateTime latestIn(const QDateTime& after, const QDateTime& upTo, const QTime& at, int onlyWeekday) {
    for (QDate day = upTo.date(); day >= after.date() && day > upTo.date().addDays(-8); day = day.addDays(-1)) {
        if (onlyWeekday != 0 && day.dayOfWeek() != onlyWeekday) {
            continue;
        }
        const QDateTime moment(day, at, upTo.timeZone());
        if (moment > after && moment <= upTo) {
            return moment;
        }
    }
    return {};
}

bool fresh(const QDateTime& moment, const QDateTime& upTo) {
    return moment.isValid() && moment.secsTo(upTo) <= ReminderSchedule::kGraceSeconds;
}

} // namespace

std::vector<ReminderKind> ReminderSchedule::dueBetween(const ReminderSettings& settings, const QDateTime& after,
                                                       const QDateTime& upTo) {
    std::vector<ReminderKind> due;
    if (!after.isValid() || !upTo.isValid() || upTo <= after) {
        return due;
    }
    if (settings.daily && fresh(latestIn(after, upTo, settings.dailyAt, 0), upTo)) {
        due.push_back(ReminderKind::DailyReflection);
    }
    if (settings.weekly && fresh(latestIn(after, upTo, settings.weeklyAt, settings.weeklyDay), upTo)) {
        due.push_back(ReminderKind::WeeklyCheckIn);
    }
    return due;
}

QDateTime ReminderSchedule::next(const ReminderSettings& settings, const QDateTime& now) {
    QDateTime best;
    for (int offset = 0; offset <= 7; ++offset) {
        const QDate day = now.date().addDays(offset);
        const auto consider = [&](const QTime& at) {
            const QDateTime moment(day, at, now.timeZone());
            if (moment > now && (!best.isValid() || moment < best)) {
                best = moment;
            }
        };
        if (settings.daily) {
            consider(settings.dailyAt);
        }
        if (settings.weekly && day.dayOfWeek() == settings.weeklyDay) {
            consider(settings.weeklyAt);
        }
    }
    return best;
}

} // namespace twofold::ui
