#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// Writing of one partner, counted over the entries the reader may see (the
// other partner's private entries are never counted, not even as numbers).
struct PartnerWriting {
    QString partnerId;
    QString name;
    int entries = 0;
    // Consecutive days with an entry ending today, or yesterday when today
    // has none yet (a streak is not broken before the day is over).
    int currentStreak = 0;
    int longestStreak = 0;
    std::optional<QDate> lastDay;
};

// One rating of one partner over the revealed check-ins.
struct RatingTrend {
    QString key; // e.g. "happiness"
    QString partnerId;
    QString partnerName;
    struct Point {
        QString week; // YYYY-Www
        int value = 0;
    };
    std::vector<Point> values; // oldest week first
    // Means of the most recent 4 and 12 values; none without values.
    std::optional<double> average4;
    std::optional<double> average12;
    // "up", "down" or "steady": the recent 4 against the recent 12 (a half
    // point either way counts); none with fewer than 2 values. Numeric only:
    // "up" for stress means more stress.
    std::optional<QString> direction;
};

struct JournalStats {
    int totalEntries = 0; // visible to the reader, not in the trash
    // The acting partner's own private entries; none for a reader.
    std::optional<int> ownPrivateEntries;
    std::vector<PartnerWriting> partners; // in partner order
    int checkIns = 0;                     // opened weeks
    int revealedCheckIns = 0;             // weeks both partners submitted
    // Per rating key (checkInRatingKeys() order), then per partner.
    std::vector<RatingTrend> trends;
};

// Counts, writing streaks and check-in trends. Entry figures come from
// clear-text columns (nothing is opened); trends open only the ratings of
// revealed check-ins. Every step is linear in the journal's size.
class Stats {
public:
    explicit Stats(Journal& journal)
        : m_journal(journal) {}

    Result<JournalStats> compute();

    // The streak arithmetic, exposed for tests: `days` sorted ascending and
    // distinct. Returns {current, longest}.
    static std::pair<int, int> streaks(const std::vector<QDate>& days, const QDate& today);
    static constexpr double kDirectionThreshold = 0.5;

private:
    Journal& m_journal;
};

} // namespace twofold::core
