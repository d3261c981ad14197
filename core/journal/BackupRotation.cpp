#include "journal/BackupRotation.h"

#include "journal/IsoWeek.h"

#include <algorithm>

namespace twofold::core {

namespace {

bool rotates(const BackupName& name) {
    return name.kind == BackupKind::Daily || name.kind == BackupKind::Weekly;
}

} // namespace

bool dailyCopyDue(const std::vector<BackupName>& existing, const QDate& today) {
    return std::none_of(existing.begin(), existing.end(),
                        [&](const BackupName& name) { return rotates(name) && name.taken.date() == today; });
}

BackupKind kindForToday(const std::vector<BackupName>& existing, const QDate& today, const RotationCounts& counts) {
    if (counts.keepWeekly <= 0) {
        return BackupKind::Daily;
    }
    const IsoWeek week = IsoWeek::containing(today);
    const bool haveWeekly = std::any_of(existing.begin(), existing.end(), [&](const BackupName& name) {
        return name.kind == BackupKind::Weekly && IsoWeek::containing(name.taken.date()) == week;
    });
    return haveWeekly ? BackupKind::Daily : BackupKind::Weekly;
}

std::vector<BackupName> copiesToRemove(std::vector<BackupName> existing, const RotationCounts& counts) {
    // Newest first; the sequence orders copies of the same second.
    std::sort(existing.begin(), existing.end(), [](const BackupName& a, const BackupName& b) {
        return a.taken != b.taken ? a.taken > b.taken : a.sequence > b.sequence;
    });
    std::vector<BackupName> remove;
    int daily = 0;
    int weekly = 0;
    for (const BackupName& name : existing) {
        if (name.kind == BackupKind::Daily && ++daily > std::max(0, counts.keepDaily)) {
            remove.push_back(name);
        } else if (name.kind == BackupKind::Weekly && ++weekly > std::max(0, counts.keepWeekly)) {
            remove.push_back(name);
        }
    }
    return remove;
}

} // namespace twofold::core
