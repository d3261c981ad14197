#include "reminders/ReminderSettings.h"

#include <QSettings>

namespace twofold::ui {

namespace {
const QString kDaily = QStringLiteral("reminders/daily");
const QString kDailyAt = QStringLiteral("reminders/dailyAt");
const QString kWeekly = QStringLiteral("reminders/weekly");
const QString kWeeklyDay = QStringLiteral("reminders/weeklyDay");
const QString kWeeklyAt = QStringLiteral("reminders/weeklyAt");
const QString kTimeFormat = QStringLiteral("HH:mm");

QTime timeOr(const QSettings& settings, const QString& key, QTime fallback) {
    const QTime time = QTime::fromString(settings.value(key).toString(), kTimeFormat);
    return time.isValid() ? time : fallback;
}
} // namespace

ReminderSettings ReminderSettings::load() {
    const QSettings settings;
    ReminderSettings out;
    out.daily = settings.value(kDaily, false).toBool();
    out.dailyAt = timeOr(settings, kDailyAt, out.dailyAt);
    out.weekly = settings.value(kWeekly, false).toBool();
    const int day = settings.value(kWeeklyDay, out.weeklyDay).toInt();
    out.weeklyDay = day >= Qt::Monday && day <= Qt::Sunday ? day : int(Qt::Sunday);
    out.weeklyAt = timeOr(settings, kWeeklyAt, out.weeklyAt);
    return out;
}

void ReminderSettings::save() const {
    QSettings settings;
    settings.setValue(kDaily, daily);
    settings.setValue(kDailyAt, dailyAt.toString(kTimeFormat));
    settings.setValue(kWeekly, weekly);
    settings.setValue(kWeeklyDay, weeklyDay);
    settings.setValue(kWeeklyAt, weeklyAt.toString(kTimeFormat));
}

} // namespace twofold::ui
