#include "JournalGenerator.h"

#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/Database.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace twofold::test {

namespace {

// The generator serves the tests and the benchmark, so it reports a failed
// step by throwing (Catch2 reports it as a failure) rather than with
// Catch2's macros.
template <class R>
void require(const R& result, const char* what) {
    if (!result.has_value()) {
        throw std::runtime_error(std::string("journal generator: ") + what + ": " +
                                 result.error().message.toStdString());
    }
}

const QStringList& words() {
    static const QStringList list =
        QStringLiteral(
            "today we walked along the river and talked about the week ahead I felt calm after the long call with "
            "my sister you made coffee before I woke up which meant more than you know work was heavy but the "
            "evening together helped we laughed about the neighbours cat again I noticed how tired you looked and "
            "wanted to ask but waited for the right moment dinner was simple pasta with too much garlic we planned "
            "the trip to the coast and argued a little about money then made up on the sofa I am grateful for the "
            "way you listen when I ramble about small worries the garden needs attention and so do we sometimes "
            "reading together in silence felt like home our friends came over and the house was loud and warm I "
            "missed you during the meeting and sent a silly message you replied with a photo of the sunset rain all "
            "day so we cooked soup and watched an old film the kids were wild but bedtime went well for once I want "
            "to remember this feeling of being a team even when things are messy naïve café résumé déjà vu")
            .split(QLatin1Char(' '));
    return list;
}

const QStringList& extras() {
    // Emoji (with variation selectors, outside the BMP), right-to-left text,
    // Han and a diacritic. Left unformatted: clang-format 14 and 15 measure
    // these characters' widths differently and would each re-align them.
    // clang-format off
    static const QStringList list{
        QStringLiteral("🌧️"),
        QStringLiteral("❤️"),
        QStringLiteral("😊"),
        QStringLiteral("مرحبا"),
        QStringLiteral("你好"),
        QStringLiteral("Zoë"),
    };
    // clang-format on
    return list;
}

const QStringList& tagPool() {
    static const QStringList list{QStringLiteral("home"),   QStringLiteral("work"),    QStringLiteral("family"),
                                  QStringLiteral("travel"), QStringLiteral("health"),  QStringLiteral("gratitude"),
                                  QStringLiteral("money"),  QStringLiteral("friends"), QStringLiteral("us")};
    return list;
}

// One partner's answers for week number `index` (0 = lastDay's week). Each
// week has its own generator so both partners' passes agree on the week's
// mood and on who writes the agreements.
core::CheckInAnswer checkInAnswer(quint32 seed, int index, size_t partner) {
    QRandomGenerator rng(seed * 7919u + static_cast<quint32>(index) * 31u + static_cast<quint32>(partner));
    // A slow drift shared by the couple, plus each partner's own noise.
    const double drift = 1.5 * std::sin(index / 9.0) + (partner == 0 ? 0.5 : 0.0);
    core::CheckInAnswer answer;
    for (const QString& key : core::checkInRatingKeys()) {
        double value = 6.0 + drift + (rng.generateDouble() * 3.0 - 1.5);
        if (key == QLatin1String("stress")) {
            value = 10.0 - value;
        }
        answer.ratings.insert(key, std::clamp(static_cast<int>(std::lround(value)), 0, 10));
    }
    answer.fields.insert(QStringLiteral("appreciations"), sampleText(rng.generate(), 12 + rng.bounded(20)));
    if (rng.bounded(4u) != 0) {
        answer.fields.insert(QStringLiteral("went_well"), sampleText(rng.generate(), 8 + rng.bounded(20)));
    }
    if (rng.bounded(2u) == 0) {
        answer.fields.insert(QStringLiteral("issue"), sampleText(rng.generate(), 8 + rng.bounded(25)));
    }
    if (rng.bounded(3u) == 0) {
        answer.fields.insert(QStringLiteral("ask"), sampleText(rng.generate(), 6 + rng.bounded(12)));
    }
    return answer;
}

void generateCheckIns(core::Journal& journal, const GeneratorOptions& options, size_t partner) {
    core::CheckIns checkIns(journal);
    const core::IsoWeek last = core::IsoWeek::containing(options.lastDay);
    for (int i = 0; i < options.checkins; ++i) {
        const QString week = last.addWeeks(-i).toString();
        require(checkIns.answer(week, checkInAnswer(options.seed, i, partner)), "answering a check-in");
        // Agreements most weeks (four in five), written by either partner.
        QRandomGenerator weekRng(options.seed * 104729u + static_cast<quint32>(i));
        const bool agreed = weekRng.bounded(5u) != 0;
        const size_t writer = weekRng.bounded(2u);
        if (agreed && writer == partner % 2) {
            require(checkIns.agree(week, sampleText(weekRng.generate(), 10 + weekRng.bounded(20))),
                    "writing agreements");
        }
    }
}

} // namespace

QString sampleText(quint32 seed, int count) {
    QRandomGenerator rng(seed);
    QStringList out;
    out.reserve(count);
    bool startSentence = true;
    for (int i = 0; i < count; ++i) {
        QString w = words()[static_cast<int>(rng.bounded(static_cast<quint32>(words().size())))];
        if (rng.bounded(60u) == 0) {
            w = extras()[static_cast<int>(rng.bounded(static_cast<quint32>(extras().size())))];
        }
        if (startSentence && !w.isEmpty()) {
            w[0] = w[0].toUpper();
            startSentence = false;
        }
        if (rng.bounded(12u) == 0 || i + 1 == count) {
            w += QLatin1Char('.');
            startSentence = true;
        }
        out.append(w);
    }
    return out.join(QLatin1Char(' '));
}

void generateJournal(core::Journal& journal, const GeneratorOptions& options) {
    QRandomGenerator rng(options.seed);
    // Generation is bulk loading: skip the per-commit fsync, then restore it.
    internals(journal).database().exec("PRAGMA synchronous=OFF");
    const auto& partners = journal.partners();
    for (size_t p = 0; p < partners.size(); ++p) {
        const core::Partner& partner = partners[p];
        require(journal.unlock(partner.id, TempJournal::passphraseFor(partner.name)), "unlocking");
        core::Entries entries(journal);
        const int share = options.entries / static_cast<int>(partners.size()) +
                          (static_cast<int>(p) < options.entries % static_cast<int>(partners.size()) ? 1 : 0);
        for (int i = 0; i < share; ++i) {
            core::EntryInput input;
            const int span = options.spanDays > 0 ? options.spanDays : share;
            input.day = options.lastDay.addDays(-static_cast<qint64>(i) * span / std::max(share, 1));
            input.title = sampleText(rng.generate(), 3 + static_cast<int>(rng.bounded(4u)));
            input.title->chop(1);
            const int wordCount = options.wordsPerEntry / 2 +
                                  static_cast<int>(rng.bounded(static_cast<quint32>(options.wordsPerEntry + 1)));
            input.text = sampleText(rng.generate(), wordCount);
            input.mood = 1 + static_cast<int>(rng.bounded(5u));
            QStringList tags;
            for (quint32 t = rng.bounded(3u); t > 0; --t) {
                tags.append(tagPool()[static_cast<int>(rng.bounded(static_cast<quint32>(tagPool().size())))]);
            }
            input.tags = tags;
            input.visibility =
                rng.generateDouble() < options.privateShare ? core::Visibility::Private : core::Visibility::Shared;
            require(entries.add(input), "adding an entry");
        }
        generateCheckIns(journal, options, p);
    }
    internals(journal).database().exec("PRAGMA synchronous=FULL");
    journal.lock();
}

} // namespace twofold::test
