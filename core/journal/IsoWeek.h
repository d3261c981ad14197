#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

namespace twofold::core {

// An ISO 8601 week ("2026-W48": weeks start on Monday; week 1 holds the
// year's first Thursday, so some years have 53 weeks).
class IsoWeek {
public:
    IsoWeek() = default;

    // Strict: exactly "YYYY-Www", year 1900..2999, week 01 up to the number
    // of weeks the year has. A week 53 in a year without one is refused as
    // an invalid value (InvalidArgument), like a day that does not exist.
    static Result<IsoWeek> parse(const QString& text);
    // True when `text` has the form "YYYY-Www" whatever the numbers; the CLI
    // tells a malformed value (exit 2) from an impossible one (exit 4).
    static bool hasWeekShape(const QString& text);
    // The week holding `day`.
    static IsoWeek containing(const QDate& day);
    // The week of Clock::today().
    static IsoWeek current();
    // 52 or 53.
    static int weeksInYear(int year);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    IsoWeek addWeeks(int weeks) const { return containing(monday().addDays(7LL * weeks)); }
    // "YYYY-Www"; such strings sort in calendar order.
    QString toString() const;

    friend bool operator==(const IsoWeek&, const IsoWeek&) = default;

private:
    IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week) {}

    int m_year = 0;
    int m_week = 0;
};

} // namespace twofold::core
