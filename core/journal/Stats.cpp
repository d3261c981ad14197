#include "journal/Stats.h"

#include "Clock.h"
#include "domain/CheckIn.h"
#include "journal/CheckInCodec.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/CheckInStore.h"
#include "storage/EntryStore.h"

#include <QHash>

#include <algorithm>

namespace twofold::core {

namespace {

std::optional<double> meanOfLast(const std::vector<RatingTrend::Point>& values, size_t count) {
    if (values.empty()) {
        return std::nullopt;
    }
    const size_t n = std::min(count, values.size());
    double sum = 0;
    for (size_t i = values.size() - n; i < values.size(); ++i) {
        sum += values[i].value;
    }
    return sum / static_cast<double>(n);
}

void finish(RatingTrend& trend) {
    trend.average4 = meanOfLast(trend.values, 4);
    trend.average12 = meanOfLast(trend.values, 12);
    if (trend.values.size() < 2) {
        return;
    }
    const double delta = *trend.average4 - *trend.average12;
    if (delta >= Stats::kDirectionThreshold) {
        trend.direction = QStringLiteral("up");
    } else if (delta <= -Stats::kDirectionThreshold) {
        trend.direction = QStringLiteral("down");
    } else {
        trend.direction = QStringLiteral("steady");
    }
}

} // namespace

std::pair<int, int> Stats::streaks(const std::vector<QDate>& days, const QDate& today) {
    int longest = 0;
    int run = 0;
    QDate previous;
    for (const QDate& day : days) {
        run = (previous.isValid() && previous.daysTo(day) == 1) ? run + 1 : 1;
        longest = std::max(longest, run);
        previous = day;
    }
    // `run` is the streak that ends on the last day written.
    const bool alive = previous.isValid() && (previous == today || previous == today.addDays(-1));
    return {alive ? run : 0, longest};
}

Result<JournalStats> Stats::compute() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<JournalStats> {
        JournalStats stats;
        const auto acting = m_journal.actingPartner();
        const qint64 reader = acting ? internals(m_journal).partnerRowId(acting->id) : 0;
        storage::EntryStore entries(internals(m_journal).database());

        storage::EntryQuery all;
        all.readerId = reader;
        stats.totalEntries = entries.count(all);
        if (acting) {
            storage::EntryQuery own = all;
            own.authorId = reader;
            own.visibility = QStringLiteral("private");
            stats.ownPrivateEntries = entries.count(own);
        }

        // Streaks from (day, author) pairs in clear; nothing is opened.
        QHash<qint64, std::vector<QDate>> daysByAuthor;
        for (const auto& [day, author] : entries.daysByAuthor(reader)) {
            daysByAuthor[author].push_back(QDate::fromString(day, Qt::ISODate));
        }
        const QDate today = Clock::today();
        for (const Partner& partner : m_journal.partners()) {
            const qint64 row = internals(m_journal).partnerRowId(partner.id);
            PartnerWriting writing;
            writing.partnerId = partner.id;
            writing.name = partner.name;
            storage::EntryQuery mine = all;
            mine.authorId = row;
            writing.entries = entries.count(mine);
            std::vector<QDate> days = daysByAuthor.value(row);
            // Ordered by the store, but a day in the future (written ahead)
            // must not count towards today's streak.
            days.erase(
                std::remove_if(days.begin(), days.end(), [&](const QDate& d) { return !d.isValid() || d > today; }),
                days.end());
            const auto [current, longest] = streaks(days, today);
            writing.currentStreak = current;
            writing.longestStreak = longest;
            if (!days.empty()) {
                writing.lastDay = days.back();
            }
            stats.partners.push_back(writing);
        }

        // Trends: ratings of revealed check-ins only, oldest week first.
        storage::CheckInStore checkIns(internals(m_journal).database());
        const std::vector<storage::CheckInRow> rows = checkIns.list();
        stats.checkIns = static_cast<int>(rows.size());
        QHash<qint64, std::vector<storage::CheckInPartRow>> partsByCheckIn;
        for (storage::CheckInPartRow& part : checkIns.allLiveParts()) {
            partsByCheckIn[part.checkInId].push_back(std::move(part));
        }
        const auto& partners = m_journal.partners();
        const QStringList& keys = checkInRatingKeys();
        // trends[k * partners + p]
        stats.trends.resize(static_cast<size_t>(keys.size()) * partners.size());
        QHash<qint64, size_t> partnerIndex;
        for (size_t p = 0; p < partners.size(); ++p) {
            partnerIndex.insert(internals(m_journal).partnerRowId(partners[p].id), p);
            for (int k = 0; k < keys.size(); ++k) {
                RatingTrend& t = stats.trends[static_cast<size_t>(k) * partners.size() + p];
                t.key = keys[k];
                t.partnerId = partners[p].id;
                t.partnerName = partners[p].name;
            }
        }
        for (const storage::CheckInRow& row : rows) {
            const std::vector<storage::CheckInPartRow> parts = partsByCheckIn.value(row.id);
            const auto submitted = std::count_if(parts.begin(), parts.end(),
                                                 [](const auto& part) { return part.submittedAt.has_value(); });
            if (partners.empty() || static_cast<size_t>(submitted) != partners.size()) {
                continue;
            }
            ++stats.revealedCheckIns;
            for (const storage::CheckInPartRow& part : parts) {
                auto ratings = checkin_codec::openRatings(m_journal, row.week, part);
                if (!ratings) {
                    return ratings.error();
                }
                const size_t p = partnerIndex.value(part.authorId);
                for (int k = 0; k < keys.size(); ++k) {
                    const auto it = ratings->constFind(keys[k]);
                    if (it != ratings->constEnd()) {
                        stats.trends[static_cast<size_t>(k) * partners.size() + p].values.push_back(
                            RatingTrend::Point{row.week, it.value()});
                    }
                }
            }
        }
        for (RatingTrend& trend : stats.trends) {
            finish(trend);
        }
        return stats;
    });
}

} // namespace twofold::core
