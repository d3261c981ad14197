// Reminders, walked along a fixed clock: off until switched on, one at its
// time and never twice, skipped when the laptop slept through it or the
// partner already did what it is for, and never a word of the journal.
#include "reminders/Reminders.h"

#include "MainWindow.h"
#include "TempJournal.h"
#include "UnlockedWindow.h"
#include "checkin/CheckInPage.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "reminders/ReminderSchedule.h"
#include "today/TodayPage.h"

#include <QSettings>
#include <QSignalSpy>
#include <QWidget>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::ReminderKind;
using ui::ReminderSchedule;
using ui::ReminderSettings;

namespace {

// Thursday 2026-12-03 in local time.
QDateTime at(int day, int hour, int minute = 0) {
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute));
}

ReminderSettings bothOn() {
    ReminderSettings settings;
    settings.daily = true;
    settings.dailyAt = QTime(21, 0);
    settings.weekly = true;
    settings.weeklyDay = Qt::Sunday;
    settings.weeklyAt = QTime(19, 30);
    return settings;
}

// A Reminders on a clock the test moves, counting what it showed.
struct ClockedReminders {
    QWidget window;
    ui::Reminders reminders{&window};
    QDateTime now = at(3, 12);
    std::vector<ReminderKind> shown;

    ClockedReminders() {
        reminders.setClock([this] { return now; });
        QObject::connect(&reminders, &ui::Reminders::reminded, &reminders,
                         [this](ReminderKind kind) { shown.push_back(kind); });
    }
    void walkTo(const QDateTime& until, int stepMinutes = 1) {
        while (now < until) {
            now = now.addSecs(stepMinutes * 60);
            reminders.check();
        }
    }
};

} // namespace

TEST_CASE("Both reminders are off by default and nothing is watched", "[ui][reminders]") {
    QSettings().remove(QStringLiteral("reminders"));
    const ReminderSettings settings = ReminderSettings::load();
    CHECK_FALSE(settings.daily);
    CHECK_FALSE(settings.weekly);
    ClockedReminders clocked;
    clocked.reminders.apply(settings);
    CHECK_FALSE(clocked.reminders.isWatching());
    CHECK(clocked.reminders.trayIcon() == nullptr);
    clocked.walkTo(at(10, 23), 30);
    CHECK(clocked.shown.empty());
    CHECK_FALSE(ReminderSchedule::next(settings, at(3, 12)).isValid());
}

TEST_CASE("Settings round-trip, and a broken stored value falls back", "[ui][reminders]") {
    QSettings().remove(QStringLiteral("reminders"));
    ReminderSettings chosen = bothOn();
    chosen.weeklyDay = Qt::Wednesday;
    chosen.save();
    CHECK(ReminderSettings::load() == chosen);
    QSettings().setValue(QStringLiteral("reminders/dailyAt"), QStringLiteral("25:99"));
    QSettings().setValue(QStringLiteral("reminders/weeklyDay"), 12);
    const ReminderSettings loaded = ReminderSettings::load();
    CHECK(loaded.dailyAt == QTime(21, 0));
    CHECK(loaded.weeklyDay == Qt::Sunday);
    QSettings().remove(QStringLiteral("reminders"));
}

TEST_CASE("Over ten days: the daily one each evening, the weekly one on Sundays, each once", "[ui][reminders]") {
    ClockedReminders clocked;
    clocked.reminders.apply(bothOn());
    CHECK(clocked.reminders.isWatching());
    clocked.walkTo(at(13, 12));
    int daily = 0;
    int weekly = 0;
    for (const ReminderKind kind : clocked.shown) {
        (kind == ReminderKind::DailyReflection ? daily : weekly) += 1;
    }
    CHECK(daily == 10); // the 3rd to the 12th at 21:00
    CHECK(weekly == 1); // Sunday the 6th at 19:30 (the 13th's is still to come)
    CHECK(ReminderSchedule::next(bothOn(), at(13, 12)) == at(13, 19, 30));
    CHECK(ReminderSchedule::next(bothOn(), at(13, 19, 30)) == at(13, 21));
}

TEST_CASE("A reminder the laptop slept through is skipped; a short nap still shows it once", "[ui][reminders]") {
    ClockedReminders clocked;
    ReminderSettings daily = bothOn();
    daily.weekly = false;
    clocked.reminders.apply(daily);
    // Asleep from 20:00 to 23:30: 21:00 passed two and a half hours ago.
    clocked.now = at(3, 20);
    clocked.reminders.check();
    clocked.now = at(3, 23, 30);
    clocked.reminders.check();
    CHECK(clocked.shown.empty());
    // Asleep from 20:50 to 21:40 the next day: shown on waking, once.
    clocked.now = at(4, 20, 50);
    clocked.reminders.check();
    clocked.now = at(4, 21, 40);
    clocked.reminders.check();
    clocked.reminders.check();
    CHECK(clocked.shown.size() == 1);
    // The clock set back an hour does not show it again.
    clocked.now = at(4, 20, 40);
    clocked.reminders.check();
    clocked.now = at(4, 21, 45);
    clocked.reminders.check();
    CHECK(clocked.shown.size() == 2);
    CHECK(ReminderSchedule::dueBetween(daily, at(4, 22), at(4, 21)).empty());
}

TEST_CASE("Switching a reminder on never shows what fell due before", "[ui][reminders]") {
    ClockedReminders clocked;
    clocked.now = at(3, 21, 30);
    clocked.reminders.apply(bothOn());
    clocked.reminders.check();
    CHECK(clocked.shown.empty());
    clocked.walkTo(at(4, 21, 1));
    CHECK(clocked.shown == std::vector<ReminderKind>{ReminderKind::DailyReflection});
    clocked.reminders.apply(ReminderSettings{});
    clocked.walkTo(at(5, 22), 10);
    CHECK(clocked.shown.size() == 1);
    CHECK_FALSE(clocked.reminders.isWatching());
}

TEST_CASE("A notification says what it is for, never what anyone wrote", "[ui][reminders]") {
    for (const ReminderKind kind : {ReminderKind::DailyReflection, ReminderKind::WeeklyCheckIn}) {
        const QString words = ui::Reminders::titleFor(kind) + ui::Reminders::messageFor(kind);
        CHECK_FALSE(words.isEmpty());
        CHECK_FALSE(words.contains(QStringLiteral("Alex")));
        CHECK_FALSE(words.contains(QStringLiteral("Sam")));
    }
    CHECK(ui::Reminders::titleFor(ReminderKind::DailyReflection) !=
          ui::Reminders::titleFor(ReminderKind::WeeklyCheckIn));
}

TEST_CASE("The window skips a reminder its partner has already answered, and opens its place", "[ui][reminders]") {
    test::TempJournal temp;
    REQUIRE(temp.journal->unlock(QStringLiteral("Sam")));
    core::EntryInput secret;
    secret.title = QStringLiteral("Secret garden");
    secret.text = QStringLiteral("A private thought about the garden.");
    secret.visibility = core::Visibility::Private;
    REQUIRE(core::Entries(*temp.journal).add(secret));
    temp.journal->lock();
    ui::MainWindow window(std::move(temp.journal));
    test::showUnlocked(window, QStringLiteral("Alex"));
    ui::Reminders& reminders = *window.reminders();
    QDateTime now = QDateTime(QDate::currentDate(), QTime(20, 59));
    reminders.setClock([&] { return now; });
    ReminderSettings daily = bothOn();
    daily.weekly = false;
    reminders.apply(daily);
    QSignalSpy reminded(&reminders, &ui::Reminders::reminded);
    now = now.addSecs(120);
    reminders.check();
    // Sam wrote today, Alex did not: Alex is reminded.
    CHECK(reminded.count() == 1);

    // The next day Alex writes before the reminder's time: none comes.
    now = QDateTime(QDate::currentDate().addDays(1), QTime(20, 59));
    reminders.check();
    test::writeEntry(window.session().journal(), QStringLiteral("Evening"), now.date());
    now = now.addSecs(120);
    reminders.check();
    CHECK(reminded.count() == 1);
    // The day after, nothing written: reminded again.
    now = now.addDays(1);
    reminders.check();
    CHECK(reminded.count() == 2);

    window.openForReminder(ReminderKind::WeeklyCheckIn);
    CHECK(window.currentPage() == static_cast<QWidget*>(window.checkInPage()));
    window.openForReminder(ReminderKind::DailyReflection);
    CHECK(window.currentPage() == static_cast<QWidget*>(window.todayPage()));
}
