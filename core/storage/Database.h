#pragma once

#include <QString>

#include <memory>

struct sqlite3;

namespace twofold::core::storage {

// One sqlite3 connection, owned. Opening applies the product's pragmas:
// WAL, synchronous=FULL, foreign keys, secure_delete, a busy timeout.
// Every method throws SqlError on failure (inside storage only).
class Database {
public:
    enum class Mode { ReadWrite, Create, ReadOnly, Memory };

    // Throws SqlError when the file cannot be opened. Does not create the
    // file unless mode is Create.
    Database(const QString& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }
    const QString& path() const { return m_path; }

    void exec(const char* sql);
    int userVersion();
    void setUserVersion(int version);
    qint64 lastInsertRowId() const;
    // Pages this connection has read from its cache or the file since it
    // opened (SQLITE_DBSTATUS_CACHE_HIT + CACHE_MISS): how much of the file
    // an operation touched, for tests that a row is read on its own.
    qint64 pagesRead() const;
    int changes() const;
    // WAL checkpoint that truncates the -wal file (after re-encrypting).
    void checkpointTruncate();
    // Copies this database into `destination`, which must not exist, with
    // the online backup API in one step from one read snapshot (under WAL,
    // other connections keep writing meanwhile). The copy is written to a
    // temporary file (0600) next to the destination, checked (integrity_check,
    // Twofold application id, same schema version, partners present) and only
    // then renamed into place without replacing anything; on any failure the
    // temporary file is removed and nothing appears at `destination`.
    void backupTo(const QString& destination);

    // Throws SqlError (SQLITE_READONLY_DBMOVED) when the file at path() is no
    // longer the one this connection opened — deleted, moved or replaced
    // while open. SQLite would go on writing into the unlinked file, and
    // everything written from then on would be lost when it closes.
    void ensureInPlace() const;

    // Throws SqlError built from the connection's current error.
    [[noreturn]] void throwLastError(int code) const;

private:
    void copyInto(const QString& path);
    static void checkCopy(const QString& path, int expectedVersion);
    static void moveIntoPlace(const QString& from, const QString& to);

    sqlite3* m_db = nullptr;
    QString m_path;
    // The file's identity when opened (0, 0 for an in-memory database).
    quint64 m_device = 0;
    quint64 m_inode = 0;
};

} // namespace twofold::core::storage
