#include "storage/BackupFile.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace twofold::core::storage {

namespace {

bool hasTable(Database& db, const char* name) {
    Statement s(db, "SELECT 1 FROM sqlite_schema WHERE type='table' AND name=?");
    s.bind(1, name);
    return s.step();
}

qint64 countOf(Database& db, const char* sql) {
    Statement s(db, sql);
    return s.step() ? s.int64(0) : 0;
}

// fsync of a file or a folder; a rename is durable only once its folder is.
void syncPath(const QString& path) {
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        throw SqlError(SQLITE_IOERR_FSYNC, describeSqliteCode(SQLITE_IOERR_FSYNC, error), error);
    }
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0) {
        throw SqlError(SQLITE_IOERR_FSYNC, describeSqliteCode(SQLITE_IOERR_FSYNC, error), error);
    }
}

} // namespace

BackupFacts inspectBackupFile(const QString& path, bool checkIntegrity) {
    BackupFacts facts;
    Database copy(path, Database::Mode::ReadOnly);
    {
        Statement app(copy, "PRAGMA application_id");
        facts.twofold = app.step() && app.integer(0) == kApplicationId;
    }
    if (!facts.twofold) {
        return facts;
    }
    if (checkIntegrity) {
        Statement check(copy, "PRAGMA integrity_check(1)");
        facts.intact = check.step() && check.text(0) == QLatin1String("ok");
    }
    facts.schemaVersion = copy.userVersion();
    if (hasTable(copy, "meta")) {
        Statement id(copy, "SELECT value FROM meta WHERE key='journal_id'");
        facts.journalId = id.step() ? id.text(0) : QString();
    }
    if (hasTable(copy, "entry")) {
        facts.entries = liveEntryCount(copy);
    }
    if (hasTable(copy, "partner")) {
        facts.partners = countOf(copy, "SELECT count(*) FROM partner");
    }
    return facts;
}

void writeBackupFile(Database& db, const QString& destination) {
    db.backupTo(destination);
    syncPath(destination);
    syncPath(QFileInfo(destination).absolutePath());
}

void restoreFromFile(Database& db, const QString& source) {
    Database copy(source, Database::Mode::ReadOnly);
    sqlite3_backup* backup = sqlite3_backup_init(db.handle(), "main", copy.handle(), "main");
    if (!backup) {
        db.throwLastError(sqlite3_errcode(db.handle()));
    }
    // One step for all pages: the destination is written in one transaction,
    // committed only at the end — never half a journal.
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        db.throwLastError(rc);
    }
}

qint64 liveEntryCount(Database& db) {
    return countOf(db, "SELECT count(*) FROM entry WHERE deleted_at IS NULL");
}

} // namespace twofold::core::storage
