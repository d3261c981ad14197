#include "SigningBench.h"

#include "BenchJournal.h"
#include "BenchReport.h"
#include "JournalGenerator.h"
#include "crypto/Signing.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"
#include "journal/Secrets.h"

#include <cstdio>

namespace twofold::bench {

namespace {

// One sign and one check of a message the size of a row's canonical message
// (an entry of about 200 words with its fields), median of batches.
void measurePerRow() {
    const core::crypto::SigningKey key = core::crypto::SigningKey::generate();
    const QByteArray message = test::sampleText(7u, 200).toUtf8() + QByteArray(160, 'x');
    constexpr int kBatch = 500;
    std::vector<double> signs;
    std::vector<double> checks;
    QByteArray signature;
    for (int round = 0; round < 5; ++round) {
        auto start = Clock::now();
        for (int i = 0; i < kBatch; ++i) {
            signature = key.sign(message);
        }
        signs.push_back(secondsSince(start) / kBatch);
        start = Clock::now();
        bool all = true;
        for (int i = 0; i < kBatch; ++i) {
            all = core::crypto::verifySignature(key.publicKey, message, signature) && all;
        }
        checks.push_back(secondsSince(start) / kBatch);
        if (!all) {
            std::fprintf(stderr, "twofold-bench: a signature did not check\n");
        }
    }
    printLine(QStringLiteral("sign one row (%1 bytes, Ed25519), median").arg(message.size()),
              formatSeconds(median(signs)));
    printLine(QStringLiteral("check one row's signature, median"), formatSeconds(median(checks)));
}

} // namespace

int measureSigning(const QString& journalPath) {
    measurePerRow();
    auto opened = core::Journal::open(journalPath);
    if (!opened || !(*opened)->unlock(QStringLiteral("Alex"), passphraseOf(QStringLiteral("Alex")))) {
        std::fprintf(stderr, "twofold-bench: cannot open %s\n", qPrintable(journalPath));
        return 1;
    }
    core::Journal& journal = **opened;
    std::vector<double> verifies;
    int rows = 0;
    int values = 0;
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        auto report = core::Maintenance(journal).verify();
        verifies.push_back(secondsSince(start));
        if (!report || !report->ok()) {
            std::fprintf(stderr, "twofold-bench: verify found a problem: %s\n",
                         report ? qPrintable(report->problem.value_or(QString())) : qPrintable(report.error().message));
            return 1;
        }
        rows = report->signaturesChecked;
        values = report->valuesChecked;
    }
    printLine(QStringLiteral("verify the whole journal (%1 values, %2 signatures), median of 3").arg(values).arg(rows),
              formatSeconds(median(verifies)));
    // Argon2 is at the minimum cost here (as the generated journal is): the
    // figure is the rotation itself.
    const auto start = Clock::now();
    auto rotated =
        core::Secrets(journal, core::crypto::KdfLimits::minimum()).rotateKeys(passphraseOf(QStringLiteral("Alex")));
    const double rotation = secondsSince(start);
    if (!rotated) {
        std::fprintf(stderr, "twofold-bench: rotate-keys failed: %s\n", qPrintable(rotated.error().message));
        return 1;
    }
    printLine(QStringLiteral("rotate-keys (everything resealed and signed again)"), formatSeconds(rotation));
    return 0;
}

} // namespace twofold::bench
