#pragma once

#include <QString>

#include <optional>

namespace twofold::core::storage {

class Database;

// The file-level checks of `verify`: SQLite's own page and index check and
// the foreign keys. Throws SqlError (a badly damaged file may fail to run
// the check at all).
class IntegrityStore {
public:
    explicit IntegrityStore(Database& db)
        : m_db(db) {}

    // The first problem PRAGMA integrity_check reports; none when "ok".
    std::optional<QString> firstIntegrityProblem();
    // The first row whose reference leads nowhere, e.g. "entry row 12 refers
    // to a missing partner"; none when every reference holds.
    std::optional<QString> firstForeignKeyProblem();

private:
    Database& m_db;
};

} // namespace twofold::core::storage
