#pragma once

#include "Result.h"
#include "domain/Partner.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// How one list of an import went; see docs/json-format.md for the rules.
struct ImportCounts {
    int added = 0;
    int updated = 0;
    int unchanged = 0; // already in the journal as written
    int skipped = 0;   // differs, but the journal's version is kept

    ImportCounts& operator+=(const ImportCounts& other) {
        added += other.added;
        updated += other.updated;
        unchanged += other.unchanged;
        skipped += other.skipped;
        return *this;
    }
};

// What every list of an import shares: the journal, the importer and the
// moment of the import (the time given to items without one).
struct ImportContext {
    Journal& journal;
    Partner importer;
    QDateTime importTime; // UTC

    // The journal's partner with this name (case-insensitive), or an error
    // that names the item.
    Result<Partner> author(const QString& name, const QString& where) const;

    // The imported_by of a row written by `authorId` (CLI.md imported_by):
    // the importer's partner row when that is the other partner, so the
    // importer signs it as imported, never as plain authorship; none for the
    // importer's own writing.
    std::optional<qint64> importedByFor(const QString& authorId) const;
    // The author brings back their own row that the other partner imported
    // in their name: imported_by is cleared and they sign it, at commit.
    void acceptAsAuthors(const QString& table, qint64 rowId) const;
};

// One list of an import document, in three steps: parse (every item
// checked, nothing read or written), plan (each item compared with the
// journal; conflicts refused; reads only), apply (the writes). plan and apply
// run inside the import's one transaction and may throw storage::SqlError.
class ListImport {
public:
    virtual ~ListImport() = default;
    virtual Result<void> parse(const QJsonArray& items) = 0;
    virtual Result<void> plan() = 0;
    virtual ImportCounts apply() = 0;
};

// Ids for items that come without one: a name-based UUID (version 5) from a
// fixed namespace and the item's content, so the same item imported twice
// gets the same id.
QString derivedId(const QString& kind, const QStringList& parts);

} // namespace twofold::core
