#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// One line of a trend chart: one partner's values, one per week (or month)
// of the report, none where there is nothing to show.
struct TrendLine {
    QString partnerId;
    QString name;
    QString colour;
    std::vector<std::optional<double>> values;
};

// One rating (or "overall", the mean of a partner's ratings that week) over
// every opened week. Never a combined score of the two: two lines.
struct RatingChart {
    QString key;                  // a checkInRatingKeys() key, or "overall"
    std::vector<TrendLine> lines; // partner order
    // Indices of the weeks where the two lines are furthest apart (at most
    // kMarkedWeeks, each at least kMarkedGap apart), widest first.
    std::vector<int> widestWeeks;
};

struct TrendsReport {
    // Every opened week, oldest first ("YYYY-Www"); a week not both
    // submitted is a gap in every chart — its values are never shown.
    QStringList weeks;
    std::vector<bool> revealed;
    std::vector<RatingChart> ratings; // "overall" first, then checkInRatingKeys()
    // Months with entries the reader may see, oldest first (the 1st of each).
    std::vector<QDate> months;
    std::vector<TrendLine> entriesPerMonth; // counts
    std::vector<TrendLine> moodPerMonth;    // mean mood 1..5, none without moods
};

// The numbers behind the trends page (and its table): both partners'
// ratings over the weeks, entries and mood per month. Reads ratings of
// revealed check-ins only, and moods of the entries the reader may see.
class Trends {
public:
    explicit Trends(Journal& journal)
        : m_journal(journal) {}

    Result<TrendsReport> compute();

    static constexpr int kMarkedWeeks = 3;
    static constexpr double kMarkedGap = 2.0;

private:
    Journal& m_journal;
};

} // namespace twofold::core
