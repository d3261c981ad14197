#include "journal/IsoWeek.h"

#include "Clock.h"
#include "ClockPin.h"

#include <catch2/catch.hpp>

#include <optional>

using twofold::core::Clock;
using twofold::core::ErrorCode;
using twofold::core::IsoWeek;

TEST_CASE("a week is parsed strictly as YYYY-Www", "[weeks]") {
    const auto week = IsoWeek::parse(QStringLiteral("2026-W48"));
    REQUIRE(week.has_value());
    CHECK(week->year() == 2026);
    CHECK(week->week() == 48);
    CHECK(week->toString() == QStringLiteral("2026-W48"));
    CHECK(week->monday() == QDate(2026, 11, 23));
    CHECK(week->sunday() == QDate(2026, 11, 29));
    for (const char* bad : {"2026-48", "2026-w48", "2026-W4", "2026-W048", "26-W10", "2026W10", " 2026-W10", ""}) {
        INFO(bad);
        CHECK_FALSE(IsoWeek::hasWeekShape(QString::fromLatin1(bad)));
        CHECK(IsoWeek::parse(QString::fromLatin1(bad)).error().code == ErrorCode::InvalidArgument);
    }
    CHECK(IsoWeek::hasWeekShape(QStringLiteral("2026-W00")));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W00")).error().code == ErrorCode::InvalidArgument);
    CHECK(IsoWeek::parse(QStringLiteral("1899-W10")).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("week 53 exists only in years that have it", "[weeks]") {
    CHECK(IsoWeek::weeksInYear(2020) == 53);
    CHECK(IsoWeek::weeksInYear(2026) == 53); // starts on a Thursday
    CHECK(IsoWeek::weeksInYear(2025) == 52);
    CHECK(IsoWeek::weeksInYear(2027) == 52);
    CHECK(IsoWeek::parse(QStringLiteral("2020-W53")).has_value());
    CHECK(IsoWeek::parse(QStringLiteral("2026-W53")).has_value());
    const auto missing = IsoWeek::parse(QStringLiteral("2025-W53"));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == ErrorCode::InvalidArgument);
    CHECK(missing.error().message.contains(QStringLiteral("52 weeks")));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W54")).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("the week of a day follows ISO 8601 across year ends", "[weeks]") {
    CHECK(IsoWeek::containing(QDate(2021, 1, 3)).toString() == QStringLiteral("2020-W53"));
    CHECK(IsoWeek::containing(QDate(2024, 12, 30)).toString() == QStringLiteral("2025-W01"));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W01"))->monday() == QDate(2025, 12, 29));
    CHECK(IsoWeek::parse(QStringLiteral("2026-W01"))->addWeeks(-1).toString() == QStringLiteral("2025-W52"));
    CHECK(IsoWeek::parse(QStringLiteral("2020-W53"))->addWeeks(1).toString() == QStringLiteral("2021-W01"));
    CHECK(QStringLiteral("2025-W52") < QStringLiteral("2026-W01")); // strings sort in calendar order
    std::optional<twofold::test::ClockPin> pin(std::in_place, QDateTime(QDate(2026, 3, 4), QTime(12, 0), Qt::UTC));
    CHECK(IsoWeek::current().toString() == QStringLiteral("2026-W10"));
    pin.reset();
}
