#pragma once

#include "journal/BackupNames.h"

#include <QDate>

#include <vector>

namespace twofold::core {

// The rolling policy, as pure decisions over the names already in the folder
// (no files touched here, so a fixed clock tests 60 days in milliseconds).
struct RotationCounts {
    int keepDaily = 7;
    int keepWeekly = 4;

    friend bool operator==(const RotationCounts&, const RotationCounts&) = default;
};

// True when no daily or weekly copy was taken on `today` (local date).
bool dailyCopyDue(const std::vector<BackupName>& existing, const QDate& today);

// The kind of today's copy: weekly when it is the first of its ISO week (no
// weekly copy yet in that week) and weekly copies are kept at all, else daily.
BackupKind kindForToday(const std::vector<BackupName>& existing, const QDate& today, const RotationCounts& counts);

// The copies rotation removes: beyond the newest `keepDaily` daily copies
// and the newest `keepWeekly` weekly ones. Manual and before-restore copies
// are never among them.
std::vector<BackupName> copiesToRemove(std::vector<BackupName> existing, const RotationCounts& counts);

} // namespace twofold::core
