#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace twofold::core {

struct PromptCandidate {
    QString key;        // the prompt's stable id
    int timesShown = 0; // as prompt of the day so far
};

// Picks the prompt of the day among eligible candidates: one of those shown
// the fewest times (so nothing repeats before the pool is used up), the tie
// broken by a hash of journal id, day and prompt id — the same choice for
// the same journal and day on every machine, a different order per couple.
// Returns the chosen key, or an empty string when there are no candidates.
QString choosePromptOfTheDay(const std::vector<PromptCandidate>& candidates, const QString& journalId,
                             const QDate& day);

} // namespace twofold::core
