#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ForeignImport.h"

#include <QByteArray>
#include <QString>

namespace twofold::core {

class Journal;

// Reads jrnl's JSON export (`jrnl --export json`, jrnl/plugins/json_exporter.py):
//   {"tags": {"@tag": count}, "entries": [{"title", "body", "date": "YYYY-MM-DD",
//    "time": "HH:MM", "tags": ["@tag"], "starred": bool, "uuid"?: …}]}
// into the journal as the acting partner's entries (see importForeignEntries).
// jrnl's times are local wall-clock times without a zone, so the day is its
// `date` as written and the time is read in this computer's zone. Tags lose
// jrnl's tag symbol (@ or #); a starred entry gets the tag "starred". Ids come
// from jrnl's `uuid` when it has one (journals kept in Day One), else from the
// entry's date, time, title and body. Unknown fields are ignored; a malformed
// file is refused whole.
class JrnlImport {
public:
    explicit JrnlImport(Journal& journal)
        : m_journal(journal) {}

    Result<ForeignImportSummary> fromFile(const QString& path, Visibility visibility);
    // `source` names the document in messages (a file name).
    Result<ForeignImportSummary> fromBytes(const QByteArray& json, Visibility visibility, const QString& source);

private:
    Journal& m_journal;
};

// The entries of a jrnl export, or the sentence saying why it is not one.
Result<std::vector<ForeignEntry>> readJrnlEntries(const QByteArray& json);

} // namespace twofold::core
