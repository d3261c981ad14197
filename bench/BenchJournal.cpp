#include "BenchJournal.h"

#include "JournalGenerator.h"
#include "TempJournal.h"
#include "crypto/KeyWrap.h"
#include "journal/Journal.h"

#include <cstdio>

namespace twofold::bench {

QByteArray passphraseOf(const QString& name) {
    return test::TempJournal::passphraseFor(name);
}

int createBenchJournal(const QString& path, int entries, int spanDays, int checkins) {
    core::JournalSetup setup;
    setup.kdf = core::crypto::KdfLimits::minimum();
    for (const QString& name : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        setup.partners.push_back(core::PartnerSetup{name, {}, passphraseOf(name)});
    }
    auto created = core::Journal::create(path, setup);
    if (!created) {
        std::fprintf(stderr, "twofold-bench: %s\n", qPrintable(created.error().message));
        return 1;
    }
    test::GeneratorOptions generator;
    generator.entries = entries;
    generator.wordsPerEntry = 200;
    generator.spanDays = spanDays;
    generator.checkins = checkins;
    test::generateJournal(*created->journal, generator);
    return 0;
}

} // namespace twofold::bench
