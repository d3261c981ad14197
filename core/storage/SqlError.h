#pragma once

#include <QString>

#include <stdexcept>

namespace twofold::core::storage {

// Thrown inside the storage layer only. Use cases catch it at their boundary
// (see journal/Guard.h) and turn it into a core::Error; it never crosses the
// public core API.
class SqlError : public std::runtime_error {
public:
    // `systemErrno`: the operating system's error behind an I/O failure
    // (sqlite3_system_errno), 0 when there is none.
    SqlError(int extendedCode, const QString& message, int systemErrno = 0)
        : std::runtime_error(message.toStdString())
        , m_code(extendedCode)
        , m_systemErrno(systemErrno)
        , m_message(message) {}

    int extendedCode() const { return m_code; }
    int systemErrno() const { return m_systemErrno; }
    const QString& message() const { return m_message; }
    // SQLITE_FULL, SQLITE_IOERR_*, SQLITE_READONLY: the disk, not the data.
    bool isDiskProblem() const;
    // SQLITE_CORRUPT, SQLITE_NOTADB.
    bool isCorruption() const;
    // The file is not an SQLite database at all (SQLITE_NOTADB).
    bool isNotADatabase() const;
    bool isConstraint() const;
    // SQLITE_FULL, or an I/O error because the disk or quota is full.
    bool isDiskFull() const;

private:
    int m_code;
    int m_systemErrno;
    QString m_message;
};

// A person-facing sentence for an SQLite extended result code and, for I/O
// errors, the operating system's error behind it (ENOSPC is a full disk, not
// an input/output error).
QString describeSqliteCode(int extendedCode, int systemErrno = 0);

// The operating system's error behind the connection's last failure, when
// that failure was about the file (I/O, cannot open); else 0.
int fileErrno(int extendedCode, int connectionErrno);

} // namespace twofold::core::storage
