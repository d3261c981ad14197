#include "storage/Database.h"

#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"
#include "storage/WipingAllocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

namespace twofold::core::storage {

namespace {

// Once per process, before the first connection. SQLite's allocation
// statistics take one process-wide mutex on every malloc and free, which the
// index build's two threads (one reading the journal, one filling the index)
// then fight over; nothing in Twofold reads those statistics.
void configureSqliteOnce() {
    static const bool configured = [] {
        // Both only before SQLite's first use; if something came first, the
        // defaults stay and nothing else changes.
        installWipingAllocator();
        sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
        return true;
    }();
    (void)configured;
}

} // namespace

Database::Database(const QString& path, Mode mode)
    : m_path(path) {
    configureSqliteOnce();
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
        const int systemErrno = fileErrno(code, m_db ? sqlite3_system_errno(m_db) : 0);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        throw SqlError(code, describeSqliteCode(code, systemErrno), systemErrno);
    }
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    exec("PRAGMA foreign_keys=ON");
    exec("PRAGMA secure_delete=ON");
    exec("PRAGMA temp_store=MEMORY");
    struct stat info {};
    if (mode != Mode::Memory && ::stat(name.constData(), &info) == 0) {
        m_device = info.st_dev;
        m_inode = info.st_ino;
    }
}

void Database::ensureInPlace() const {
    if (m_inode == 0) {
        return;
    }
    struct stat info {};
    if (::stat(QFile::encodeName(m_path).constData(), &info) != 0 || info.st_dev != m_device ||
        info.st_ino != m_inode) {
        throw SqlError(SQLITE_READONLY_DBMOVED,
                       QCoreApplication::translate(
                           "Database", "The journal file %1 was moved or deleted while it was open; nothing was "
                                       "changed.")
                           .arg(m_path));
    }
}

Database::~Database() {
    if (m_db) {
        sqlite3_close_v2(m_db);
    }
}

void Database::throwLastError(int code) const {
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    const int systemErrno = fileErrno(extended, m_db ? sqlite3_system_errno(m_db) : 0);
    QString message = describeSqliteCode(extended, systemErrno);
    if ((extended & 0xff) == SQLITE_ERROR || (extended & 0xff) == SQLITE_CONSTRAINT) {
        // Programming or constraint errors: keep SQLite's own words for tests and logs.
        message =
            QCoreApplication::translate("Database", "Storage error: %1.").arg(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    throw SqlError(extended, message, systemErrno);
}

void Database::exec(const char* sql) {
    char* errmsg = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &errmsg);
    sqlite3_free(errmsg);
    if (rc != SQLITE_OK) {
        throwLastError(rc);
    }
}

qint64 Database::pagesRead() const {
    int hits = 0;
    int misses = 0;
    int highwater = 0;
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_HIT, &hits, &highwater, 0);
    sqlite3_db_status(m_db, SQLITE_DBSTATUS_CACHE_MISS, &misses, &highwater, 0);
    return qint64(hits) + qint64(misses);
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
    const QFileInfo target(destination);
    // QTemporaryFile creates the file 0600; SQLite keeps that mode and gives it
    // to the copy's -journal file too.
    QTemporaryFile partial(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".partial-XXXXXX"));
    partial.setAutoRemove(false);
    if (!partial.open()) {
        throw SqlError(SQLITE_CANTOPEN, QCoreApplication::translate("Database", "%1 cannot be written: %2.")
                                            .arg(destination, partial.errorString()));
    }
    const QString temporary = partial.fileName();
    partial.close();
    const auto removeTemporary = [&] {
        for (const char* suffix : {"", "-journal", "-wal", "-shm"}) {
            QFile::remove(temporary + QLatin1String(suffix));
        }
    };
    try {
        copyInto(temporary);
        checkCopy(temporary, userVersion());
        moveIntoPlace(temporary, destination);
    } catch (...) {
        removeTemporary();
        throw;
    }
}

void Database::copyInto(const QString& path) {
    Database copy(path, Mode::ReadWrite);
    sqlite3_backup* backup = sqlite3_backup_init(copy.handle(), "main", m_db, "main");
    if (!backup) {
        copy.throwLastError(sqlite3_errcode(copy.handle()));
    }
    // All pages in one step: the copy comes from one read snapshot of the
    // source, so writers on other connections neither restart it nor make it
    // inconsistent. A busy destination (it is new and ours) cannot happen,
    // but a locked source is retried for the busy timeout's span.
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < 250; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) {
            break;
        }
        sqlite3_sleep(20);
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        copy.throwLastError(rc);
    }
    // A backup is one self-contained file: no -wal or -shm beside it (the
    // journal returns to WAL when it is next opened as a journal).
    copy.exec("PRAGMA journal_mode=DELETE");
}

void Database::checkCopy(const QString& path, int expectedVersion) {
    const auto failed = [&](const QString& why) {
        throw SqlError(SQLITE_CORRUPT, QCoreApplication::translate(
                                           "Database", "The backup copy failed its check (%1); it was not kept.")
                                           .arg(why));
    };
    Database copy(path, Mode::ReadOnly);
    {
        Statement check(copy, "PRAGMA integrity_check(1)");
        if (!check.step() || check.text(0) != QLatin1String("ok")) {
            failed(QStringLiteral("integrity check"));
        }
    }
    {
        Statement app(copy, "PRAGMA application_id");
        if (!app.step() || app.integer(0) != kApplicationId) {
            failed(QStringLiteral("not a Twofold journal"));
        }
    }
    if (copy.userVersion() != expectedVersion) {
        failed(QStringLiteral("schema version"));
    }
    Statement partners(copy, "SELECT count(*) FROM partner");
    if (!partners.step() || partners.int64(0) < 1) {
        failed(QStringLiteral("no partners"));
    }
}

void Database::moveIntoPlace(const QString& from, const QString& to) {
    const QByteArray source = QFile::encodeName(from);
    const QByteArray target = QFile::encodeName(to);
    // Never replaces a file that appeared meanwhile.
    int rc = ::renameat2(AT_FDCWD, source.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE);
    if (rc != 0 && (errno == EINVAL || errno == ENOSYS)) {
        // A file system without RENAME_NOREPLACE: link() refuses to replace too.
        rc = ::link(source.constData(), target.constData());
        if (rc == 0) {
            ::unlink(source.constData());
        }
    }
    if (rc != 0) {
        if (errno == EEXIST) {
            throw SqlError(
                SQLITE_CANTOPEN,
                QCoreApplication::translate("Database", "%1 already exists; Twofold never overwrites a file.").arg(to));
        }
        throw SqlError(SQLITE_CANTOPEN, QCoreApplication::translate("Database", "%1 cannot be written: %2.")
                                            .arg(to, QString::fromLocal8Bit(std::strerror(errno))));
    }
}

} // namespace twofold::core::storage
