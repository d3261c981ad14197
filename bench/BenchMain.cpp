// twofold-bench: generates journals of realistic size and measures what
// DESIGN.md promises — open+unlock, index ready, search latency, adding an
// entry, peak memory. Each size runs in its own child processes (one to
// generate, one to measure) so each peak-memory figure is that size's own.
#include "BackupBench.h"
#include "BenchJournal.h"
#include "BenchReport.h"
#include "JournalGenerator.h"
#include "MigrationBench.h"
#include "PdfBench.h"
#include "SigningBench.h"
#include "TempJournal.h"
#include "crypto/KeyWrap.h"
#include "crypto/SecretBytes.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Search.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <functional>
#include <unistd.h>

#include <sys/wait.h>

using namespace twofold;
using namespace twofold::bench;

namespace {

struct Options {
    std::vector<int> sizes{15000, 100000};
    int checkins = 520;
    int years = 10;
    int runsPerQuery = 20;
    int adds = 40;
    // Keep the generated journals here and reuse them on later runs.
    QString dir;
    bool pdf = true;      // the PDF book figures
    bool pdfOnly = false; // only those
    // A schema-1 journal whose upgrade to measure (and nothing else).
    QString v1;
};

// What people type into a journal's search box: words, a phrase, prefixes,
// operators, an accent-free spelling of an accented word.
const QStringList& queries() {
    static const QStringList list{
        QStringLiteral("garden"),
        QStringLiteral("coffee sister"),
        QStringLiteral("\"the trip to the coast\""),
        QStringLiteral("walk*"),
        QStringLiteral("cafe"),
        QStringLiteral("rain soup film"),
        QStringLiteral("money OR argued"),
        QStringLiteral("tired NOT meeting"),
        QStringLiteral("(kids OR friends) AND dinner"),
        QStringLiteral("grateful listen"),
        QStringLiteral("zoe"),
        QStringLiteral("sunset photo"),
        QStringLiteral("neighb*"),
        QStringLiteral("\"made up on the sofa\""),
        QStringLiteral("appreciat*"),
    };
    return list;
}

// Runs `work` in a child process and waits; false when it failed.
bool inChild(const std::function<int()>& work) {
    std::fflush(stdout);
    const pid_t pid = fork();
    if (pid < 0) {
        std::perror("fork");
        return false;
    }
    if (pid == 0) {
        int code = 1;
        try {
            code = work();
        } catch (const std::exception& error) {
            std::fprintf(stderr, "twofold-bench: %s\n", error.what());
        }
        std::fflush(stdout);
        std::_Exit(code);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

int generate(const QString& path, int entries, const Options& options) {
    const auto start = Clock::now();
    if (createBenchJournal(path, entries, options.years * 365, options.checkins) != 0) {
        return 1;
    }
    printLine(QStringLiteral("generate the journal"), formatSeconds(secondsSince(start)));
    return 0;
}

int argon2() {
    const auto secrets = core::crypto::SecretBytes::random(64);
    const QByteArray passphrase("correct horse battery staple");
    const QByteArray record =
        core::crypto::wrapWithPassphrase(secrets, passphrase, core::crypto::KdfLimits::moderate());
    std::vector<double> samples;
    for (int i = 0; i < 3; ++i) {
        const auto start = Clock::now();
        if (!core::crypto::unwrapWithPassphrase(record, passphrase)) {
            return 1;
        }
        samples.push_back(secondsSince(start));
    }
    printLine(QStringLiteral("Argon2id MODERATE unlock (3 passes, 256 MiB)"), formatSeconds(median(samples)),
              QString());
    printLine(QStringLiteral("peak memory of the Argon2 process"),
              QStringLiteral("%1 MiB").arg(peakMemoryMiB(), 0, 'f', 0));
    return 0;
}

int measure(const QString& path, int size, const Options& options) {
    // DESIGN.md's targets are for the realistic heavy journal (15,000
    // entries); issue 12 set the ones at 100,000. Other sizes show how cost
    // grows.
    const auto target = [size](const char* at15k, const char* at100k = nullptr) {
        const char* text = size == 15000 ? at15k : size == 100000 ? at100k : nullptr;
        return text ? QString::fromUtf8(text) : QString();
    };
    const MachineTicks ticksBefore = machineTicks();
    // Open + unlock, median of several; Argon2 at the minimum cost is timed
    // on its own and taken out.
    std::vector<double> openSamples;
    std::unique_ptr<core::Journal> journal;
    for (int i = 0; i < 5; ++i) {
        journal.reset();
        const auto start = Clock::now();
        auto opened = core::Journal::open(path);
        if (!opened || !(*opened)->unlock(QStringLiteral("Alex"), passphraseOf(QStringLiteral("Alex")))) {
            std::fprintf(stderr, "twofold-bench: cannot open %s\n", qPrintable(path));
            return 1;
        }
        openSamples.push_back(secondsSince(start));
        journal = std::move(*opened);
    }
    std::vector<double> kdfSamples;
    {
        const auto secrets = core::crypto::SecretBytes::random(64);
        const QByteArray record = core::crypto::wrapWithPassphrase(secrets, passphraseOf(QStringLiteral("Alex")),
                                                                   core::crypto::KdfLimits::minimum());
        for (int i = 0; i < 5; ++i) {
            const auto start = Clock::now();
            (void)core::crypto::unwrapWithPassphrase(record, passphraseOf(QStringLiteral("Alex")));
            kdfSamples.push_back(secondsSince(start));
        }
    }
    const double openUnlock = std::max(0.0, median(openSamples) - median(kdfSamples));
    printLine(QStringLiteral("open + unlock, excluding Argon2"), formatSeconds(openUnlock), target("< 0.3 s"),
              openUnlock < 0.3);

    // The index is built three times and the median reported: on a shared
    // two-core machine one build can vary by a second.
    std::vector<double> readySamples;
    std::vector<double> readyCpuSamples;
    double startBlocks = 0;
    int documents = 0;
    std::unique_ptr<core::Search> built;
    for (int i = 0; i < 3; ++i) {
        built.reset();
        auto search = std::make_unique<core::Search>(*journal);
        const double cpuBefore = processCpuSeconds();
        const auto start = Clock::now();
        if (!search->start()) {
            return 1;
        }
        startBlocks = std::max(startBlocks, secondsSince(start));
        if (!search->waitUntilReady()) {
            std::fprintf(stderr, "twofold-bench: the index did not build\n");
            return 1;
        }
        readySamples.push_back(secondsSince(start));
        readyCpuSamples.push_back(processCpuSeconds() - cpuBefore);
        documents = search->progress().total;
        built = std::move(search);
    }
    core::Search& search = *built;
    const double ready = median(readySamples);
    printLine(QStringLiteral("start indexing (blocks the caller, worst of 3)"), formatSeconds(startBlocks));
    printLine(QStringLiteral("search index ready (%1 documents), median of 3").arg(documents), formatSeconds(ready),
              target("< 0.6 s", "≤ 3 s"), ready < (size == 100000 ? 3.0 : 0.6));
    printLine(QStringLiteral("  fastest / slowest build"),
              formatSeconds(*std::min_element(readySamples.begin(), readySamples.end())) + QStringLiteral(" / ") +
                  formatSeconds(*std::max_element(readySamples.begin(), readySamples.end())));
    printLine(QStringLiteral("  CPU time of the index build (two threads)"), formatSeconds(median(readyCpuSamples)));
    auto start = Clock::now();

    std::vector<double> latencies;
    std::vector<double> cpuLatencies;
    for (const QString& query : queries()) {
        for (int i = 0; i < options.runsPerQuery + 1; ++i) {
            const double cpuStart = threadCpuSeconds();
            start = Clock::now();
            auto hits = search.query(query, 20);
            const double took = secondsSince(start);
            const double cpu = threadCpuSeconds() - cpuStart;
            if (!hits) {
                std::fprintf(stderr, "twofold-bench: query %s failed: %s\n", qPrintable(query),
                             qPrintable(hits.error().message));
                return 1;
            }
            if (i > 0) { // the first run warms caches
                latencies.push_back(took);
                cpuLatencies.push_back(cpu);
            }
        }
    }
    const double searchMedian = median(latencies);
    printLine(QStringLiteral("search, median of %1 (20 best hits)").arg(latencies.size()), formatSeconds(searchMedian),
              target("< 20 ms", "≤ 20 ms"), searchMedian < 0.020);
    printLine(QStringLiteral("search, 95th percentile"), formatSeconds(percentile95(latencies)));
    printLine(QStringLiteral("  CPU time per search, median / 95th"),
              formatSeconds(median(cpuLatencies)) + QStringLiteral(" / ") + formatSeconds(percentile95(cpuLatencies)));

    // Adding an entry as in production: synchronous=FULL, one transaction.
    std::vector<double> adds;
    core::Entries entries(*journal);
    for (int i = 0; i < options.adds; ++i) {
        core::EntryInput input;
        input.title = QStringLiteral("Benchmark evening %1").arg(i);
        input.text = test::sampleText(1000u + static_cast<quint32>(i), 200);
        input.mood = 4;
        input.tags = QStringList{QStringLiteral("home")};
        start = Clock::now();
        if (!entries.add(input)) {
            return 1;
        }
        adds.push_back(secondsSince(start));
    }
    const double addMedian = median(adds);
    printLine(QStringLiteral("add an entry, median (synchronous=FULL, index kept live)"), formatSeconds(addMedian),
              target("< 5 ms"), addMedian < 0.005);

    // Save → searchable: the feed updates the index inside the save, so a
    // query right after it finds the new words.
    std::vector<double> searchable;
    // Unique to this run: a journal kept with --dir holds earlier runs' words.
    const QString run = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < options.adds; ++i) {
        const QString word = QStringLiteral("zephyr%1x%2quill").arg(run).arg(i);
        core::EntryInput input;
        input.text = test::sampleText(5000u + static_cast<quint32>(i), 200) + QLatin1Char(' ') + word;
        start = Clock::now();
        if (!entries.add(input)) {
            return 1;
        }
        auto hits = search.query(word, 5);
        const double took = secondsSince(start);
        if (!hits || hits->size() != 1) {
            std::fprintf(stderr, "twofold-bench: a saved entry was not searchable at once\n");
            return 1;
        }
        searchable.push_back(took);
    }
    const double searchableMedian = median(searchable);
    printLine(QStringLiteral("save → searchable, median"), formatSeconds(searchableMedian), target("≤ 5 ms", "≤ 5 ms"),
              searchableMedian <= 0.005);
    const double peak = peakMemoryMiB();
    printLine(QStringLiteral("peak memory (ru_maxrss)"), QStringLiteral("%1 MiB").arg(peak, 0, 'f', 0),
              target("< 150 MB", "≤ 300 MB"), peak * 1.048576 < (size == 100000 ? 300 : 150));
    printLine(QStringLiteral("CPU time stolen by the hypervisor meanwhile"),
              QStringLiteral("%1 %").arg(100.0 * stolenShare(ticksBefore, machineTicks()), 0, 'f', 0));
    return 0;
}

bool parseArgs(const QStringList& args, Options& options) {
    for (int i = 1; i < args.size(); ++i) {
        const QString& a = args[i];
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        bool ok = true;
        if (a == QLatin1String("--sizes")) {
            options.sizes.clear();
            for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                options.sizes.push_back(part.toInt(&ok));
                if (!ok || options.sizes.back() < 2) {
                    return false;
                }
            }
            ++i;
        } else if (a == QLatin1String("--dir")) {
            options.dir = value;
            ok = !value.isEmpty();
            ++i;
        } else if (a == QLatin1String("--pdf-only")) {
            options.pdfOnly = true;
        } else if (a == QLatin1String("--no-pdf")) {
            options.pdf = false;
        } else if (a == QLatin1String("--v1")) {
            options.v1 = value;
            ok = !value.isEmpty();
            ++i;
        } else if (a == QLatin1String("--checkins")) {
            options.checkins = value.toInt(&ok);
            ++i;
        } else {
            return false;
        }
        if (!ok || options.sizes.empty() || options.checkins < 0) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseArgs(app.arguments(), options)) {
        std::fprintf(stderr,
                     "usage: twofold-bench [--sizes N,N...] [--checkins N] [--dir DIR] [--pdf-only | --no-pdf]\n"
                     "       twofold-bench --v1 FILE\n"
                     "  --dir DIR  keep the generated journals in DIR and reuse them\n"
                     "  --v1 FILE  measure the upgrade of FILE, a schema-1 journal made by an older\n"
                     "             twofold-bench (on copies; FILE is left as it is)\n");
        return 2;
    }
    if (!options.v1.isEmpty()) {
        std::printf("Upgrade of %s\n", qPrintable(options.v1));
        return inChild([&] { return measureMigration(options.v1); }) ? 0 : 1;
    }
    QTemporaryDir temporary;
    const QDir dir(options.dir.isEmpty() ? temporary.path() : options.dir);
    if ((options.dir.isEmpty() && !temporary.isValid()) || !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "twofold-bench: no folder for the journals\n");
        return 1;
    }
    std::printf("Twofold benchmark (journals in %s)\n", qPrintable(dir.path()));
    bool ok = options.pdfOnly || inChild(argon2);
    for (const int size : options.pdfOnly ? std::vector<int>{} : options.sizes) {
        std::printf("\n%d entries over %d years by two partners (~200 words each), %d check-ins\n", size, options.years,
                    options.checkins);
        const QString path = dir.filePath(QStringLiteral("bench-%1-%2.twofold").arg(size).arg(options.checkins));
        if (QFileInfo::exists(path)) {
            std::printf("  (reusing %s)\n", qPrintable(path));
        } else {
            ok = inChild([&] { return generate(path, size, options); }) && ok;
        }
        ok = inChild([&] { return measure(path, size, options); }) && ok;
        ok = inChild([&] { return measureBackups(path); }) && ok;
        ok = inChild([&] { return measureSigning(path); }) && ok;
    }
    if (options.pdf || options.pdfOnly) {
        ok = runPdfBench(dir.path(), inChild) && ok;
    }
    return ok ? 0 : 1;
}
