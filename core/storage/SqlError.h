#pragma once

#include <QString>

#include <stdexcept>

namespace twofold::core::storage {

// Thrown inside the storage layer only. Use cases catch it at their boundary
// (see journal/Guard.h) and turn it into a core::Error; it never crosses the
// public core API.
class SqlError : public std::runtime_error {
public:
    SqlError(int extendedCode, const QString& message)
        : std::runtime_error(message.toStdString())
        , m_code(extendedCode)
        , m_message(message) {}

    int extendedCode() const { return m_code; }
    const QString& message() const { return m_message; }
    // SQLITE_FULL, SQLITE_IOERR_*, SQLITE_READONLY: the disk, not the data.
    bool isDiskProblem() const;
    // SQLITE_CORRUPT, SQLITE_NOTADB.
    bool isCorruption() const;
    bool isConstraint() const;

private:
    int m_code;
    QString m_message;
};

// A person-facing sentence for an SQLite extended result code.
QString describeSqliteCode(int extendedCode);

} // namespace twofold::core::storage
