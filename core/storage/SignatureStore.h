#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace twofold::core::storage {

class Database;

// Reads the signature and imported_by columns of the authored tables (the column holding an
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
    // Row id → the partner (row id) who imported it in its author's name,
    // for the rows of `table` that carry imported_by (schema v2).
    QHash<qint64, qint64> importers(const QString& table);
    // One row's importer (nullopt when none, or for a table without imported_by).
    std::optional<qint64> importerOf(const QString& table, qint64 rowId);
    // The author accepts an imported row as theirs: imported_by is cleared
    // (the caller signs the row in the same transaction).
    void clearImportedBy(const QString& table, qint64 rowId);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
