#pragma once

#include "reminders/ReminderSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QTimeEdit;

namespace twofold::ui {

// Settings' reminder rows: one switch each, with its time (and the day for
// the weekly one), the time fields usable only while their switch is on.
class ReminderFields final : public QWidget {
    Q_OBJECT
public:
    explicit ReminderFields(const ReminderSettings& settings, QWidget* parent = nullptr);

    ReminderSettings settings() const;

    QCheckBox* dailySwitch() const { return m_daily; }
    QTimeEdit* dailyTime() const { return m_dailyAt; }
    QCheckBox* weeklySwitch() const { return m_weekly; }
    QComboBox* weeklyDay() const { return m_weeklyDay; }
    QTimeEdit* weeklyTime() const { return m_weeklyAt; }

private:
    QCheckBox* m_daily;
    QTimeEdit* m_dailyAt;
    QCheckBox* m_weekly;
    QComboBox* m_weeklyDay;
    QTimeEdit* m_weeklyAt;
};

} // namespace twofold::ui
