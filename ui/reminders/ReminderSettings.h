#pragma once

#include <QTime>

namespace twofold::ui {

// The two reminders and when they come. Both are off until the person turns
// them on (issue: "off by default, one switch each"). Kept per installation,
// not in the journal: they are about this computer's day, not the couple's.
struct ReminderSettings {
    bool daily = false;
    QTime dailyAt = QTime(21, 0);
    bool weekly = false;
    int weeklyDay = Qt::Sunday; // Qt::DayOfWeek, 1 = Monday
    QTime weeklyAt = QTime(19, 0);

    bool anyOn() const { return daily || weekly; }
    bool operator==(const ReminderSettings&) const = default;

    static ReminderSettings load();
    void save() const;
};

} // namespace twofold::ui
