#include "storage/Database.h"

#include "storage/SqlError.h"

#include <QFile>

#include <sqlite3.h>

namespace twofold::core::storage {

Database::Database(const QString& path, Mode mode)
    : m_path(path) {
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::Memory:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
        break;
    }
    const QByteArray name = mode == Mode::Memory ? QByteArray(":memory:") : QFile::encodeName(path);
    const int rc = sqlite3_open_v2(name.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqlError(code, describeSqliteCode(code));
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA secure_delete=ON");
    exec("PRAGMA temp_store=MEMORY");
}

Database::~Database() {
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void Database::throwLastError(int code) const {
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    QString message = describeSqliteCode(extended);
    if ((extended & 0xff) == SQLITE_ERROR || (extended & 0xff) == SQLITE_CONSTRAINT) {
        // Programming or constraint errors: keep SQLite's own words for tests and logs.
        message = QStringLiteral("Storage error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    throw SqlError(extended, message);
}

void Database::exec(const char* sql) {
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &errmsg);
    sqlite3_free(errmsg);
    if (rc != SQLITE_OK) {
        throwLastError(rc);
    }
}

int Database::userVersion() {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        throwLastError(rc);
    }
    int version = 0;
    rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_ROW) {
        throwLastError(rc);
    }
    return version;
}

void Database::setUserVersion(int version) {
    exec(QStringLiteral("PRAGMA user_version=%1").arg(version).toUtf8().constData());
}

qint64 Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

void Database::checkpointTruncate() {
    const int rc = sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        throwLastError(rc);
    }
}

void Database::backupTo(const QString& destination) {
    Database target(destination, Mode::Create);
    sqlite3_backup* backup = sqlite3_backup_init(target.handle(), "main", m_db, "main");
    if (!backup) {
        target.throwLastError(sqlite3_errcode(target.handle()));
    }
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            sqlite3_sleep(20);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        target.throwLastError(rc);
    }
}

} // namespace twofold::core::storage
