#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ImportContext.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// One entry as another journal app exported it, already translated into
// Twofold's terms by that app's reader (JrnlImport, DayOneImport).
struct ForeignEntry {
    QString where;                    // names it in messages, e.g. "Entry 3 (C0A6…)"
    QStringList identity;             // what identifies it in its source: its uuid, or its content
    QDate day;                        // the day in the entry's own time zone
    QDateTime created;                // UTC
    std::optional<QDateTime> updated; // UTC, when the source records it
    QString title;
    QString text; // Markdown
    QStringList tags;
};

struct ForeignImportSummary {
    ImportCounts counts;
    int empty = 0; // entries without any text, left out (Twofold entries need text)
};

// Writes entries read from another journal app into the journal as the
// acting partner's own, with `visibility`. Ids are derived (UUID v5) from the
// source's kind, the importer and each entry's identity, so importing the same
// file again adds nothing, and each partner may import their own copy. All or
// nothing: any refusal names `source` and leaves the journal as it was.
Result<ForeignImportSummary> importForeignEntries(Journal& journal, const QString& sourceKind,
                                                  std::vector<ForeignEntry> entries, Visibility visibility,
                                                  const QString& source);

// The refusal of a whole file: "Nothing was imported from FILE: reason"
Error foreignRefusal(const QString& source, const Error& reason);

// The bytes of a file to import (at most `maxBytes`), or one sentence.
Result<QByteArray> readImportFile(const QString& path, qint64 maxBytes);

} // namespace twofold::core
