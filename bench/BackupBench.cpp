#include "BackupBench.h"

#include "BenchReport.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace twofold::bench {

int measureBackups(const QString& journalPath) {
    auto opened = core::Journal::open(journalPath);
    if (!opened) {
        std::fprintf(stderr, "twofold-bench: cannot open %s\n", qPrintable(journalPath));
        return 1;
    }
    core::Journal& journal = **opened;
    core::RollingBackups backups(journal);
    std::vector<double> daily;
    std::vector<double> catalog;
    std::vector<double> restore;
    qint64 bytes = 0;
    for (int i = 0; i < 3; ++i) {
        auto start = Clock::now();
        auto made = backups.makeDailyIfDue();
        if (!made || !made->made) {
            std::fprintf(stderr, "twofold-bench: the daily backup failed: %s\n",
                         made ? "it was not due" : qPrintable(made.error().message));
            return 1;
        }
        daily.push_back(secondsSince(start));
        bytes = made->made->bytes;
        start = Clock::now();
        auto listed = backups.list();
        catalog.push_back(secondsSince(start));
        if (!listed) {
            return 1;
        }
        // Restoring the copy just made leaves the journal as it was (kept
        // with --dir for later runs).
        start = Clock::now();
        auto restored = backups.restore(made->made->path);
        restore.push_back(secondsSince(start));
        if (!restored) {
            std::fprintf(stderr, "twofold-bench: the restore failed: %s\n", qPrintable(restored.error().message));
            return 1;
        }
        // Each run starts from an empty folder, so each daily copy is due.
        QFile::remove(made->made->path);
        QFile::remove(restored->safetyCopy.path);
    }
    const auto folder = backups.folder();
    if (folder) {
        QDir().rmdir(*folder);
    }
    printLine(QStringLiteral("daily backup at unlock (%1 MiB copy, checked, fsynced), median of 3")
                  .arg(static_cast<double>(bytes) / (1024.0 * 1024.0), 0, 'f', 0),
              formatSeconds(median(daily)));
    printLine(QStringLiteral("backup catalog with entry counts, median of 3"), formatSeconds(median(catalog)));
    printLine(QStringLiteral("restore from a backup (before-restore copy included), median of 3"),
              formatSeconds(median(restore)));
    return 0;
}

} // namespace twofold::bench
