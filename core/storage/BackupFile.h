#pragma once

#include <QString>

namespace twofold::core::storage {

class Database;

// What a backup copy says about itself, read without keys: only clear
// columns (ids, counts) are looked at.
struct BackupFacts {
    bool twofold = false; // carries Twofold's application id
    bool intact = false;  // PRAGMA integrity_check said "ok" (only when asked)
    int schemaVersion = 0;
    QString journalId;  // meta.journal_id, empty when missing
    qint64 entries = 0; // entry rows not in the trash
    qint64 partners = 0;
};

// Opens `path` read-only and reads its facts; with `checkIntegrity` also
// runs SQLite's full integrity check (slow on a big file: the catalog skips
// it, a restore never does). Throws SqlError when the file cannot be opened
// or read as an SQLite database.
BackupFacts inspectBackupFile(const QString& path, bool checkIntegrity);

// Database::backupTo, then the new file and its folder are fsynced so the
// copy survives a power cut once this returns. Throws SqlError; on failure
// nothing appears at `destination`.
void writeBackupFile(Database& db, const QString& destination);

// Replaces everything in `db` (its main database) with the content of the
// file at `source`, with SQLite's online backup API in one step: one write
// transaction on `db`, so a failure at any point (busy, full disk, a page
// that cannot be read) leaves `db` exactly as it was. The caller checks the
// file first (inspectBackupFile). Throws SqlError.
void restoreFromFile(Database& db, const QString& source);

// Entry rows not in the trash, in an open journal (the count a restore reports).
qint64 liveEntryCount(Database& db);

} // namespace twofold::core::storage
