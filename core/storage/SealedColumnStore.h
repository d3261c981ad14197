#pragma once

#include <QByteArray>
#include <QString>

namespace twofold::core::storage {

class Database;

// Rewrites one sealed column of one row (key rotation). Only the tables and
// columns listed in SealedColumnStore.cpp are accepted, so no name from
// elsewhere is ever spliced into SQL.
class SealedColumnStore {
public:
    explicit SealedColumnStore(Database& db)
        : m_db(db) {}
    // Throws SqlError; aborts on a table/column outside the list (a bug).
    void write(const QString& table, const QString& column, qint64 rowId, const QByteArray& sealed);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
