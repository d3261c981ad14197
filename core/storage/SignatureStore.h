#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace twofold::core::storage {

class Database;

// Reads the signature column of the authored tables (the column holding an
// author's sealed signature, journal/RowSignatures.h). Only the tables in
// SignatureStore.cpp are accepted, so no name from elsewhere is spliced into
// SQL; writing goes through SealedColumnStore like every sealed value.
class SignatureStore {
public:
    explicit SignatureStore(Database& db)
        : m_db(db) {}

    // Row id → sealed signature, for the rows of `table` that have one.
    // Throws SqlError; aborts on a table outside the list (a bug).
    QHash<qint64, QByteArray> all(const QString& table);
    // One row's (null when unsigned or missing).
    QByteArray one(const QString& table, qint64 rowId);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
