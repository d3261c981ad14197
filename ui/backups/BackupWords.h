#pragma once

#include "journal/BackupNames.h"

#include <QDateTime>
#include <QString>

#include <optional>

// What the backup screens say, in one place.
namespace twofold::ui::backupwords {

// "Daily", "Weekly", "Made by hand", "Before a restore".
QString kind(core::BackupKind kind);
// "1 entry", "12 entries"; "Cannot be read" when there is no count.
QString entries(std::optional<qint64> count);
// "Thursday 3 December 2026, 09:00"
QString when(const QDateTime& taken);
// The calm banner when the day's copy could not be made.
QString dailyFailed(const QString& sentence);

} // namespace twofold::ui::backupwords
