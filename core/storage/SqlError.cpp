#include "storage/SqlError.h"

#include "DiskError.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cerrno>

namespace twofold::core::storage {

bool SqlError::isDiskProblem() const {
    const int primary = m_code & 0xff;
    return primary == SQLITE_FULL || primary == SQLITE_IOERR || primary == SQLITE_READONLY ||
           primary == SQLITE_CANTOPEN;
}

bool SqlError::isNotADatabase() const {
    return (m_code & 0xff) == SQLITE_NOTADB;
}

bool SqlError::isCorruption() const {
    const int primary = m_code & 0xff;
    return primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB;
}

bool SqlError::isDiskFull() const {
    return (m_code & 0xff) == SQLITE_FULL || m_systemErrno == ENOSPC || m_systemErrno == EDQUOT;
}

int fileErrno(int extendedCode, int connectionErrno) {
    const int primary = extendedCode & 0xff;
    return primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN ? connectionErrno : 0;
}

bool SqlError::isConstraint() const {
    return (m_code & 0xff) == SQLITE_CONSTRAINT;
}

QString describeSqliteCode(int extendedCode, int systemErrno) {
    if (const auto sentence = diskSentence(systemErrno)) {
        return *sentence;
    }
    if (extendedCode == SQLITE_READONLY_DBMOVED) {
        return QCoreApplication::translate(
            "SqlError", "The journal file was moved or deleted while it was open; nothing was changed.");
    }
    switch (extendedCode & 0xff) {
    case SQLITE_FULL:
        return diskFullSentence();
    case SQLITE_IOERR:
        return QCoreApplication::translate(
            "SqlError", "The journal file could not be read or written (input/output error); nothing was "
                        "changed.");
    case SQLITE_READONLY:
        return QCoreApplication::translate("SqlError", "The journal file is read-only; nothing was changed.");
    case SQLITE_CANTOPEN:
        return QCoreApplication::translate("SqlError", "The journal file could not be opened.");
    case SQLITE_CORRUPT:
        return QCoreApplication::translate("SqlError", "The journal file is damaged.");
    case SQLITE_NOTADB:
        return QCoreApplication::translate("SqlError", "The file is not a Twofold journal.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QCoreApplication::translate("SqlError",
                                           "The journal is busy in another program; try again in a moment.");
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return QCoreApplication::translate("SqlError", "Permission to use the journal file was denied.");
    default:
        return QCoreApplication::translate("SqlError", "The journal storage reported an error: %1.")
            .arg(QString::fromUtf8(sqlite3_errstr(extendedCode)));
    }
}

} // namespace twofold::core::storage
