#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

// One row that another connection may have written: which table, what the
// core API calls it (uuid, prompt key, week, theme), its author's uuid, and
// its clear timestamps (UTC ms).
struct ChangedRow {
    enum class Table { Entry, Draft, CheckIn, CheckInPart, Prompt, Answer, ThemeChoice, Favourites, Partner };
    Table table;
    QString id;
    QString authorUuid;
    qint64 created = 0;
    qint64 updated = 0;
    std::optional<qint64> deletedAt;
    bool hasAgreements = false; // CheckIn: agreements were written
};

// The SQL behind noticing another process's writing: SQLite's data_version
// (it changes only when another connection commits) and the rows whose
// clear `updated` time is at or after a moment. Throws SqlError.
class ChangeScanStore {
public:
    explicit ChangeScanStore(Database& db)
        : m_db(db) {}

    // PRAGMA data_version of this connection.
    qint64 dataVersion();
    // The latest `updated` time of any row (0 for an empty journal).
    qint64 latestUpdate();
    // Every row updated at or after `since`, at most `limit` (+1 so the
    // caller can tell that there were more).
    std::vector<ChangedRow> changedSince(qint64 since, int limit);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
