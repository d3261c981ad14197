#include "PdfBench.h"

#include "BenchJournal.h"
#include "BenchReport.h"
#include "JournalGenerator.h"
#include "TempJournal.h"
#include "crypto/KeyWrap.h"
#include "export/pdf/PdfBookExport.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace twofold::bench {

namespace {

struct BookSize {
    int years;
    int entries;
    int checkins;
    double targetSeconds;
    double targetMiB; // 0: none
};

int generate(const QString& path, const BookSize& size) {
    return createBenchJournal(path, size.entries, size.years * 365, size.checkins);
}

int measure(const QString& path, const QString& out, const BookSize& size) {
    auto opened = core::Journal::open(path);
    if (!opened || !(*opened)->unlock(QStringLiteral("Alex"), passphraseOf(QStringLiteral("Alex")))) {
        std::fprintf(stderr, "twofold-bench: cannot open %s\n", qPrintable(path));
        return 1;
    }
    QFile::remove(out);
    const double cpuBefore = processCpuSeconds();
    const auto start = Clock::now();
    auto summary = core::PdfBookExport(**opened, {}).writeTo(out);
    const double took = secondsSince(start);
    const double cpu = processCpuSeconds() - cpuBefore;
    if (!summary) {
        std::fprintf(stderr, "twofold-bench: %s\n", qPrintable(summary.error().message));
        return 1;
    }
    const double peak = peakMemoryMiB();
    printLine(
        QStringLiteral("PDF book, %1 pages, %2 MB").arg(summary->pages).arg(QFileInfo(out).size() / 1e6, 0, 'f', 1),
        formatSeconds(took), QStringLiteral("≤ %1 s").arg(size.targetSeconds), took <= size.targetSeconds);
    printLine(QStringLiteral("  CPU time (both threads)"), formatSeconds(cpu));
    printLine(QStringLiteral("  per page"), QStringLiteral("%1 ms").arg(1000 * took / summary->pages, 0, 'f', 2));
    printLine(QStringLiteral("  peak memory (ru_maxrss)"), QStringLiteral("%1 MiB").arg(peak, 0, 'f', 0),
              size.targetMiB > 0 ? QStringLiteral("≤ %1 MB").arg(size.targetMiB) : QString(),
              size.targetMiB <= 0 || peak * 1.048576 <= size.targetMiB);
    QFile::remove(out);
    return 0;
}

} // namespace

bool runPdfBench(const QString& dir, const std::function<bool(const std::function<int()>&)>& inChild) {
    const BookSize sizes[] = {{1, 730, 52, 1.0, 0}, {10, 7300, 521, 8.0, 250}};
    bool ok = true;
    for (const BookSize& size : sizes) {
        std::printf("\nPDF book: %d entries over %d year(s), %d check-ins\n", size.entries, size.years, size.checkins);
        const QString path =
            QDir(dir).filePath(QStringLiteral("pdf-%1-%2.twofold").arg(size.entries).arg(size.checkins));
        if (!QFileInfo::exists(path)) {
            ok = inChild([&] { return generate(path, size); }) && ok;
        }
        const QString out = QDir(dir).filePath(QStringLiteral("book-%1.pdf").arg(size.entries));
        ok = inChild([&] { return measure(path, out, size); }) && ok;
    }
    return ok;
}

} // namespace twofold::bench
