#include "journal/Stats.h"

#include "Clock.h"
#include "ClockPin.h"
#include "JournalGenerator.h"
#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::Stats;

namespace {

const QDate kToday(2026, 3, 18);

struct FixedClock : test::ClockPin {
    FixedClock()
        : ClockPin(QDateTime(kToday, QTime(12, 0), Qt::UTC)) {}
};

void write(core::Journal& journal, int daysAgo, core::Visibility visibility = core::Visibility::Shared) {
    core::EntryInput input;
    input.day = kToday.addDays(-daysAgo);
    input.text = QStringLiteral("a day");
    input.visibility = visibility;
    REQUIRE(core::Entries(journal).add(input).has_value());
}

const core::PartnerWriting& writingOf(const core::JournalStats& stats, const QString& name) {
    for (const auto& p : stats.partners) {
        if (p.name == name) {
            return p;
        }
    }
    FAIL("no such partner");
    return stats.partners.front();
}

const core::RatingTrend& trendOf(const core::JournalStats& stats, const QString& key, const QString& name) {
    for (const auto& t : stats.trends) {
        if (t.key == key && t.partnerName == name) {
            return t;
        }
    }
    FAIL("no such trend");
    return stats.trends.front();
}

std::vector<QDate> daysAgo(std::initializer_list<int> offsets) {
    std::vector<QDate> days;
    for (int offset : offsets) {
        days.push_back(kToday.addDays(-offset));
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

TEST_CASE("a streak counts consecutive days ending today or yesterday", "[stats]") {
    CHECK(Stats::streaks({}, kToday) == std::pair{0, 0});
    CHECK(Stats::streaks(daysAgo({0}), kToday) == std::pair{1, 1});
    CHECK(Stats::streaks(daysAgo({0, 1, 2}), kToday) == std::pair{3, 3});
    // Today not written yet: the streak ending yesterday still counts.
    CHECK(Stats::streaks(daysAgo({1, 2}), kToday) == std::pair{2, 2});
    // Two days without writing break it; the longest is kept.
    CHECK(Stats::streaks(daysAgo({2, 3, 4}), kToday) == std::pair{0, 3});
    CHECK(Stats::streaks(daysAgo({0, 1, 10, 11, 12, 13, 14}), kToday) == std::pair{2, 5});
    // Across a month and a year end.
    const std::vector<QDate> newYear{QDate(2025, 12, 30), QDate(2025, 12, 31), QDate(2026, 1, 1)};
    CHECK(Stats::streaks(newYear, QDate(2026, 1, 2)) == std::pair{3, 3});
}

TEST_CASE("stats count entries and streaks per partner without revealing private writing", "[stats]") {
    FixedClock clock;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    for (int d : {0, 1, 2, 10, 11, 12, 13, 14}) {
        write(*t.journal, d);
    }
    write(*t.journal, 0); // a second entry on a day adds to the count, not the streak
    write(*t.journal, 5, core::Visibility::Private);
    write(*t.journal, 6, core::Visibility::Private);
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    for (int d : {1, 2, 30}) {
        write(*sam, d);
    }
    write(*sam, -3); // written ahead, for a future day: not part of today's streak

    auto alexView = Stats(*t.journal).compute();
    REQUIRE(alexView.has_value());
    CHECK(alexView->totalEntries == 15);
    CHECK(alexView->ownPrivateEntries == 2);
    const auto& alex = writingOf(*alexView, QStringLiteral("Alex"));
    CHECK(alex.entries == 11);
    CHECK(alex.currentStreak == 3);
    CHECK(alex.longestStreak == 5);
    CHECK(alex.lastDay == kToday);
    const auto& samByAlex = writingOf(*alexView, QStringLiteral("Sam"));
    CHECK(samByAlex.entries == 4);
    CHECK(samByAlex.currentStreak == 2);
    CHECK(samByAlex.longestStreak == 2);

    // Sam sees Alex's shared writing only: the private days fill no gaps.
    auto samView = Stats(*sam).compute();
    REQUIRE(samView.has_value());
    CHECK(samView->totalEntries == 13);
    CHECK(samView->ownPrivateEntries == 0);
    CHECK(writingOf(*samView, QStringLiteral("Alex")).entries == 9);
    CHECK(writingOf(*samView, QStringLiteral("Alex")).longestStreak == 5);

    // Entries in the trash do not count.
    core::EntryInput input;
    input.day = kToday.addDays(-3);
    input.text = QStringLiteral("bridge");
    auto bridge = core::Entries(*t.journal).add(input);
    REQUIRE(bridge.has_value());
    CHECK(writingOf(*Stats(*t.journal).compute(), QStringLiteral("Alex")).currentStreak == 4);
    REQUIRE(core::Entries(*t.journal).remove(bridge->id));
    CHECK(writingOf(*Stats(*t.journal).compute(), QStringLiteral("Alex")).currentStreak == 3);

    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    auto readerView = Stats(**reader).compute();
    REQUIRE(readerView.has_value());
    CHECK_FALSE(readerView->ownPrivateEntries.has_value());
    CHECK(readerView->totalEntries == 13);
}

TEST_CASE("trends follow each rating of revealed check-ins, with recent averages and direction", "[stats]") {
    FixedClock clock;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    const int alexHappiness[] = {2, 2, 2, 2, 2, 2, 2, 2, 8, 8, 8, 8}; // weeks 1..12
    for (int i = 0; i < 12; ++i) {
        const QString week = QStringLiteral("2026-W%1").arg(i + 1, 2, 10, QLatin1Char('0'));
        core::CheckInAnswer a;
        a.ratings.insert(QStringLiteral("happiness"), alexHappiness[i]);
        a.ratings.insert(QStringLiteral("stress"), 5);
        REQUIRE(core::CheckIns(*t.journal).answer(week, a).has_value());
        core::CheckInAnswer s;
        s.ratings.insert(QStringLiteral("happiness"), 9 - i / 2);
        REQUIRE(core::CheckIns(*sam).answer(week, s).has_value());
    }
    // Only Alex answered week 13: not revealed, so not in the trends.
    core::CheckInAnswer hidden;
    hidden.ratings.insert(QStringLiteral("happiness"), 0);
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W13"), hidden).has_value());
    REQUIRE(core::CheckIns(*t.journal).open(QStringLiteral("2026-W14")).has_value());

    auto stats = Stats(*sam).compute();
    REQUIRE(stats.has_value());
    CHECK(stats->checkIns == 14);
    CHECK(stats->revealedCheckIns == 12);
    CHECK(stats->trends.size() == 7 * 2);
    const auto& alex = trendOf(*stats, QStringLiteral("happiness"), QStringLiteral("Alex"));
    REQUIRE(alex.values.size() == 12);
    CHECK(alex.values.front().week == QStringLiteral("2026-W01"));
    CHECK(alex.values.back().week == QStringLiteral("2026-W12"));
    CHECK(alex.values.back().value == 8);
    CHECK(alex.average4 == Approx(8.0));
    CHECK(alex.average12 == Approx(4.0));
    CHECK(alex.direction == QStringLiteral("up"));
    const auto& samTrend = trendOf(*stats, QStringLiteral("happiness"), QStringLiteral("Sam"));
    CHECK(samTrend.average4 == Approx((5 + 5 + 4 + 4) / 4.0));
    CHECK(samTrend.direction == QStringLiteral("down"));
    CHECK(trendOf(*stats, QStringLiteral("stress"), QStringLiteral("Alex")).direction == QStringLiteral("steady"));
    // A rating never given has no values, averages or direction.
    const auto& none = trendOf(*stats, QStringLiteral("intimacy"), QStringLiteral("Sam"));
    CHECK(none.values.empty());
    CHECK_FALSE(none.average4.has_value());
    CHECK_FALSE(none.direction.has_value());
}

TEST_CASE("the generator writes weekly check-ins both partners answered", "[stats][generator]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 20;
    options.checkins = 30;
    test::generateJournal(*t.journal, options);
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    auto all = core::CheckIns(*t.journal).list();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 30);
    CHECK(all->front().week == core::IsoWeek::containing(options.lastDay).toString());
    int agreed = 0;
    for (const auto& c : *all) {
        CHECK(c.revealed);
        CHECK(c.parts.size() == 2);
        agreed += c.agreements ? 1 : 0;
    }
    CHECK(agreed > 15);
    CHECK(agreed < 30);
    auto stats = Stats(*t.journal).compute();
    REQUIRE(stats.has_value());
    CHECK(stats->revealedCheckIns == 30);
    for (const auto& trend : stats->trends) {
        CHECK(trend.values.size() == 30);
        for (const auto& point : trend.values) {
            CHECK(point.value >= 0);
            CHECK(point.value <= 10);
        }
    }
}
