#pragma once

#include "Result.h"
#include "export/ImportContext.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace twofold::core {

class Journal;

struct ImportSummary {
    // Per list of the document ("entries", …), in document order.
    std::vector<std::pair<QString, ImportCounts>> lists;

    ImportCounts total() const;
};

// Reads a JSON export (docs/json-format.md) into the journal as the acting
// partner. Everything is checked before anything is written; the writes are
// one transaction. Any refusal (not JSON, another format, a newer version, a
// malformed item, an unknown author, another partner's private entry, an id
// conflict) leaves the journal exactly as it was. Importing the same document
// again adds nothing.
class JsonImport {
public:
    explicit JsonImport(Journal& journal)
        : m_journal(journal) {}

    Result<ImportSummary> fromFile(const QString& path);
    // `source` names the document in messages (a file name).
    Result<ImportSummary> fromBytes(const QByteArray& json, const QString& source);

private:
    Journal& m_journal;
};

} // namespace twofold::core
