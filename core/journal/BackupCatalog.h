#pragma once

#include "journal/BackupNames.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

// One of Twofold's own copies of a journal, as the catalog lists it.
struct BackupCopy {
    QString path;
    QString fileName;
    QDateTime taken; // local time, from the name
    BackupKind kind = BackupKind::Daily;
    qint64 bytes = 0;
    // Entries in the copy (not in its trash), read without keys; empty when
    // the copy cannot be read as a Twofold journal (damaged, cut short).
    std::optional<qint64> entries;
};

// The names of this journal's copies (by tag) in `folder`; nothing else
// there counts. A missing folder has none.
std::vector<BackupName> backupNamesIn(const QString& folder, const QString& tag);

// This journal's copies in `folder`, newest first, each opened read-only for
// its entry count when `readEntries`. Never fails: a copy that cannot be
// read is listed with no entry count.
std::vector<BackupCopy> listBackupCopies(const QString& folder, const QString& tag, bool readEntries = true);

// The catalog line for one file (which must match the pattern).
BackupCopy describeBackupCopy(const QString& path, const BackupName& name, bool readEntries);

} // namespace twofold::core
