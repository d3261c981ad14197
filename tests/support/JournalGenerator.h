#pragma once

#include <QDate>
#include <QString>

namespace twofold::core {
class Journal;
}

namespace twofold::test {

struct GeneratorOptions {
    int entries = 100;
    int wordsPerEntry = 200;
    QDate lastDay = QDate(2026, 11, 1);
    double privateShare = 0.15; // share of private entries
    // Days the entries spread over (0: one entry per partner per day).
    int spanDays = 0;
    quint32 seed = 42;
    // Weekly check-ins going back from lastDay's week: both partners answer
    // with plausible ratings and notes, agreements most weeks.
    int checkins = 0;
};

// Fills a journal with realistic, deterministic writing by both partners:
// `entries` daily reflections spread back from lastDay (both partners most
// days), ~wordsPerEntry words each with titles, moods, tags, some private,
// and occasional non-Latin text and emoji; then `checkins` weekly check-ins. The journal must be unlocked; the
// generator unlocks as each partner in turn (partners without passphrases, or
// with TempJournal's) and leaves it locked.
void generateJournal(core::Journal& journal, const GeneratorOptions& options);

// One paragraph of plausible journal prose (for tests that need text).
QString sampleText(quint32 seed, int words);

} // namespace twofold::test
