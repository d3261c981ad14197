#include "journal/Trends.h"

#include "domain/CheckIn.h"
#include "journal/CheckInCodec.h"
#include "journal/EntryCodec.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/CheckInStore.h"
#include "storage/EntryStore.h"

#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace twofold::core {

namespace {

std::vector<TrendLine> linesFor(const std::vector<Partner>& partners, size_t length) {
    std::vector<TrendLine> lines;
    for (const Partner& partner : partners) {
        lines.push_back({partner.id, partner.name, partner.colour, std::vector<std::optional<double>>(length)});
    }
    return lines;
}

void markWidest(RatingChart& chart) {
    if (chart.lines.size() != 2) {
        return;
    }
    std::vector<std::pair<double, int>> gaps;
    const auto& a = chart.lines[0].values;
    const auto& b = chart.lines[1].values;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] && b[i] && std::abs(*a[i] - *b[i]) >= Trends::kMarkedGap) {
            gaps.emplace_back(std::abs(*a[i] - *b[i]), static_cast<int>(i));
        }
    }
    // Widest first; of equal gaps the most recent week.
    std::sort(gaps.begin(), gaps.end(), [](const auto& x, const auto& y) {
        return x.first != y.first ? x.first > y.first : x.second > y.second;
    });
    for (size_t i = 0; i < gaps.size() && i < static_cast<size_t>(Trends::kMarkedWeeks); ++i) {
        chart.widestWeeks.push_back(gaps[i].second);
    }
}

} // namespace

Result<TrendsReport> Trends::compute() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<TrendsReport> {
        TrendsReport report;
        const auto& partners = m_journal.partners();
        QHash<qint64, size_t> partnerIndex;
        for (size_t p = 0; p < partners.size(); ++p) {
            partnerIndex.insert(internals(m_journal).partnerRowId(partners[p].id), p);
        }

        // Ratings: every opened week is a column; only revealed ones get values.
        storage::CheckInStore checkIns(internals(m_journal).database());
        std::vector<storage::CheckInRow> rows = checkIns.list();
        std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.week < y.week; });
        QHash<qint64, std::vector<storage::CheckInPartRow>> partsByCheckIn;
        for (storage::CheckInPartRow& part : checkIns.allLiveParts()) {
            partsByCheckIn[part.checkInId].push_back(std::move(part));
        }
        const QStringList& keys = checkInRatingKeys();
        report.ratings.push_back({QStringLiteral("overall"), linesFor(partners, rows.size()), {}});
        for (const QString& key : keys) {
            report.ratings.push_back({key, linesFor(partners, rows.size()), {}});
        }
        for (size_t w = 0; w < rows.size(); ++w) {
            const storage::CheckInRow& row = rows[w];
            report.weeks << row.week;
            const std::vector<storage::CheckInPartRow> parts = partsByCheckIn.value(row.id);
            const auto submitted = std::count_if(parts.begin(), parts.end(),
                                                 [](const auto& part) { return part.submittedAt.has_value(); });
            const bool revealed = !partners.empty() && static_cast<size_t>(submitted) == partners.size();
            report.revealed.push_back(revealed);
            if (!revealed) {
                continue;
            }
            for (const storage::CheckInPartRow& part : parts) {
                auto ratings = checkin_codec::openRatings(m_journal, row.week, part);
                if (!ratings) {
                    return ratings.error();
                }
                const size_t p = partnerIndex.value(part.authorId);
                if (ratings->isEmpty() || p >= partners.size()) {
                    continue;
                }
                double sum = 0;
                for (int k = 0; k < keys.size(); ++k) {
                    const auto it = ratings->constFind(keys[k]);
                    if (it != ratings->constEnd()) {
                        report.ratings[static_cast<size_t>(k) + 1].lines[p].values[w] = it.value();
                        sum += it.value();
                    }
                }
                report.ratings[0].lines[p].values[w] = sum / ratings->size();
            }
        }
        for (RatingChart& chart : report.ratings) {
            markWidest(chart);
        }

        // Entries and mood per month, over what the reader may see.
        const auto acting = m_journal.actingPartner();
        storage::EntryQuery visible;
        visible.readerId = acting ? internals(m_journal).partnerRowId(acting->id) : 0;
        visible.moodOnly = true;
        struct MonthSums {
            std::vector<int> entries;
            std::vector<double> moodSum;
            std::vector<int> moods;
        };
        QMap<QDate, MonthSums> months;
        std::optional<Error> failure;
        storage::EntryStore(internals(m_journal).database()).forEach(visible, [&](const storage::EntryRow& row) {
            const QDate day = QDate::fromString(row.day, Qt::ISODate);
            const size_t p = partnerIndex.value(row.authorId, partners.size());
            if (!day.isValid() || p >= partners.size()) {
                return true;
            }
            MonthSums& sums = months[QDate(day.year(), day.month(), 1)];
            if (sums.entries.empty()) {
                sums.entries.assign(partners.size(), 0);
                sums.moodSum.assign(partners.size(), 0);
                sums.moods.assign(partners.size(), 0);
            }
            ++sums.entries[p];
            auto mood = entry_codec::openMood(m_journal, row);
            if (!mood) {
                failure = mood.error();
                return false;
            }
            if (*mood) {
                sums.moodSum[p] += **mood;
                ++sums.moods[p];
            }
            return true;
        });
        if (failure) {
            return *failure;
        }
        report.entriesPerMonth = linesFor(partners, static_cast<size_t>(months.size()));
        report.moodPerMonth = linesFor(partners, static_cast<size_t>(months.size()));
        size_t m = 0;
        for (auto it = months.cbegin(); it != months.cend(); ++it, ++m) {
            report.months.push_back(it.key());
            for (size_t p = 0; p < partners.size(); ++p) {
                report.entriesPerMonth[p].values[m] = it->entries[p];
                if (it->moods[p] > 0) {
                    report.moodPerMonth[p].values[m] = it->moodSum[p] / it->moods[p];
                }
            }
        }
        return report;
    });
}

} // namespace twofold::core
