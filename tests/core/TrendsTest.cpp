#include "journal/Trends.h"

#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::CheckInAnswer;
using core::CheckIns;

namespace {

CheckInAnswer rated(int happiness, int stress) {
    CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("happiness"), happiness);
    answer.ratings.insert(QStringLiteral("stress"), stress);
    return answer;
}

void write(core::Journal& journal, QDate day, std::optional<int> mood,
           core::Visibility visibility = core::Visibility::Shared) {
    core::EntryInput input;
    input.text = QStringLiteral("A day.");
    input.day = day;
    input.mood = mood;
    input.visibility = visibility;
    REQUIRE(core::Entries(journal).add(input).has_value());
}

const core::RatingChart& chart(const core::TrendsReport& report, const QString& key) {
    for (const auto& c : report.ratings) {
        if (c.key == key) {
            return c;
        }
    }
    FAIL("no chart for " << key.toStdString());
    return report.ratings.front();
}

} // namespace

TEST_CASE("trends: two lines per rating over every opened week, unrevealed weeks as gaps, widest weeks marked",
          "[trends]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), rated(8, 2)));
    REQUIRE(CheckIns(*sam).answer(QStringLiteral("2026-W10"), rated(4, 3)));
    // Only Alex in W11: a gap, whatever Alex wrote.
    REQUIRE(CheckIns(*t.journal).answer(QStringLiteral("2026-W11"), rated(9, 9)));
    REQUIRE(CheckIns(*t.journal).answer(QStringLiteral("2026-W12"), rated(5, 1)));
    REQUIRE(CheckIns(*sam).answer(QStringLiteral("2026-W12"), rated(5, 7)));
    write(*t.journal, QDate(2026, 3, 2), 4);
    write(*t.journal, QDate(2026, 3, 9), 2);
    write(*t.journal, QDate(2026, 4, 1), std::nullopt);
    write(*sam, QDate(2026, 3, 3), 5);
    write(*sam, QDate(2026, 3, 4), 1, core::Visibility::Private);

    auto report = core::Trends(*t.journal).compute();
    REQUIRE(report.has_value());
    CHECK(report->weeks ==
          QStringList{QStringLiteral("2026-W10"), QStringLiteral("2026-W11"), QStringLiteral("2026-W12")});
    CHECK(report->revealed == std::vector<bool>{true, false, true});
    REQUIRE(report->ratings.size() == 8);
    CHECK(report->ratings.front().key == QStringLiteral("overall"));

    const auto& happiness = chart(*report, QStringLiteral("happiness"));
    REQUIRE(happiness.lines.size() == 2);
    CHECK(happiness.lines[0].name == QStringLiteral("Alex"));
    CHECK(happiness.lines[0].values == std::vector<std::optional<double>>{8.0, std::nullopt, 5.0});
    CHECK(happiness.lines[1].values == std::vector<std::optional<double>>{4.0, std::nullopt, 5.0});
    CHECK(happiness.widestWeeks == std::vector<int>{0});
    const auto& stress = chart(*report, QStringLiteral("stress"));
    CHECK(stress.widestWeeks == std::vector<int>{2});
    const auto& overall = chart(*report, QStringLiteral("overall"));
    CHECK(overall.lines[0].values == std::vector<std::optional<double>>{5.0, std::nullopt, 3.0});
    CHECK(overall.lines[1].values == std::vector<std::optional<double>>{3.5, std::nullopt, 6.0});
    // A rating nobody gave is no line at all.
    CHECK(chart(*report, QStringLiteral("intimacy")).lines[0].values ==
          std::vector<std::optional<double>>(3, std::nullopt));

    // Per month, over what Alex may see: Sam's private entry is not there.
    CHECK(report->months == std::vector<QDate>{QDate(2026, 3, 1), QDate(2026, 4, 1)});
    CHECK(report->entriesPerMonth[0].values == std::vector<std::optional<double>>{2.0, 1.0});
    CHECK(report->entriesPerMonth[1].values == std::vector<std::optional<double>>{1.0, 0.0});
    CHECK(report->moodPerMonth[0].values == std::vector<std::optional<double>>{3.0, std::nullopt});
    CHECK(report->moodPerMonth[1].values == std::vector<std::optional<double>>{5.0, std::nullopt});

    // Sam counts their own private entry.
    auto seenBySam = core::Trends(*sam).compute();
    REQUIRE(seenBySam.has_value());
    CHECK(seenBySam->entriesPerMonth[1].values.front() == 2.0);
    CHECK(seenBySam->moodPerMonth[1].values.front() == 3.0);
}
