#pragma once

#include "Result.h"
#include "journal/BackupRotation.h"

#include <QString>

namespace twofold::core {

// Where rolling backups go and how many are kept. Stored in the journal's
// clear `meta` table (keys backup.folder, backup.keep_daily,
// backup.keep_weekly), so it is read before anyone unlocks — the daily copy
// is made right at unlock, on another thread, without keys.
struct BackupPolicy {
    // Empty: the folder beside the journal, "<journal>.backups".
    QString folder;
    RotationCounts counts;

    static constexpr int kMaxDaily = 60;
    static constexpr int kMaxWeekly = 52;

    // The folder copies go to for the journal at `journalPath`.
    QString folderFor(const QString& journalPath) const;
    // One sentence when a value is out of range (InvalidArgument).
    Result<void> check() const;

    friend bool operator==(const BackupPolicy&, const BackupPolicy&) = default;
};

} // namespace twofold::core
