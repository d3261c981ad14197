#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace twofold::core {

// Why a copy exists. Only daily and weekly copies rotate; a manual copy and
// the copy made before a restore stay until the person deletes them.
enum class BackupKind { Daily, Weekly, Manual, BeforeRestore };

// "daily", "weekly", "manual", "before-restore": in file names and --json.
QString backupKindWord(BackupKind kind);

// A file name of Twofold's own backup pattern, taken apart:
//   twofold-<tag>-<yyyyMMdd>-<HHmmss>[-<n>].<kind>.twofold
// where <tag> is 8 hex digits of the journal's id (so two journals sharing a
// chosen folder never rotate each other's copies) and <n> tells apart copies
// of the same second. Rotation deletes only names that parse, with this
// journal's tag: anything else in the folder is never touched.
struct BackupName {
    QDateTime taken; // local time, to the second
    BackupKind kind = BackupKind::Daily;
    int sequence = 0;
};

// The tag of a journal id (a UUID): its first 8 hex digits, lower case.
QString backupTag(const QString& journalId);
QString backupFileName(const QString& tag, const BackupName& name);
// Empty unless `fileName` is exactly of the pattern, with this tag and a
// real date and time.
std::optional<BackupName> parseBackupFileName(const QString& tag, const QString& fileName);

} // namespace twofold::core
