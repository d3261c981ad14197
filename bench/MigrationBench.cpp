#include "MigrationBench.h"

#include "BenchJournal.h"
#include "BenchReport.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>
#include <vector>

namespace twofold::bench {

namespace {

struct Upgrade {
    double open = 0; // backup + schema
    double alex = 0; // Alex's first unlock: key made, Alex's rows signed
    double sam = 0;  // Sam's
};

std::optional<Upgrade> upgradeOnce(const QString& v1Path, const QString& copy, bool check) {
    QFile::remove(copy);
    if (!QFile::copy(v1Path, copy)) {
        std::fprintf(stderr, "twofold-bench: cannot copy %s\n", qPrintable(v1Path));
        return std::nullopt;
    }
    Upgrade upgrade;
    auto start = Clock::now();
    auto opened = core::Journal::open(copy);
    upgrade.open = secondsSince(start);
    if (!opened) {
        std::fprintf(stderr, "twofold-bench: %s\n", qPrintable(opened.error().message));
        return std::nullopt;
    }
    for (const QString& who : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        start = Clock::now();
        if (!(*opened)->unlock(who, passphraseOf(who))) {
            std::fprintf(stderr, "twofold-bench: %s cannot unlock the upgraded journal\n", qPrintable(who));
            return std::nullopt;
        }
        (who == QLatin1String("Alex") ? upgrade.alex : upgrade.sam) = secondsSince(start);
        if (check) {
            auto report = core::Maintenance(**opened).verify();
            if (!report || !report->ok()) {
                std::fprintf(stderr, "twofold-bench: verify is not clean after %s's first unlock\n", qPrintable(who));
                return std::nullopt;
            }
        }
        (*opened)->lock();
    }
    return upgrade;
}

} // namespace

int measureMigration(const QString& v1Path) {
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return 1;
    }
    const QString copy = dir.filePath(QStringLiteral("upgraded.twofold"));
    std::vector<double> opens;
    std::vector<double> alex;
    std::vector<double> sam;
    std::vector<double> totals;
    for (int i = 0; i < 3; ++i) {
        const auto upgrade = upgradeOnce(v1Path, copy, i == 0);
        if (!upgrade) {
            return 1;
        }
        opens.push_back(upgrade->open);
        alex.push_back(upgrade->alex);
        sam.push_back(upgrade->sam);
        totals.push_back(upgrade->open + upgrade->alex + upgrade->sam);
    }
    printLine(QStringLiteral("v1 → v2: open (automatic backup + new columns), median of 3"),
              formatSeconds(median(opens)), QStringLiteral("≤ 3 s"), median(opens) <= 3.0);
    printLine(QStringLiteral("  Alex's first unlock after it (key made, Alex's rows signed)"),
              formatSeconds(median(alex)));
    printLine(QStringLiteral("  Sam's first unlock after it"), formatSeconds(median(sam)));
    printLine(QStringLiteral("  all three together, median"), formatSeconds(median(totals)), QStringLiteral("≤ 3 s"),
              median(totals) <= 3.0);
    return 0;
}

} // namespace twofold::bench
