#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ForeignImport.h"

#include <QByteArray>
#include <QString>

namespace twofold::core {

class Journal;

// Reads Day One's JSON export — the .zip Day One writes (one JSON file per
// journal at its top level, e.g. Journal.json, beside photos/) or one such
// JSON file on its own:
//   {"metadata": {"version": "1.0"}, "entries": [{"uuid", "creationDate":
//    "2017-06-28T15:38:37Z", "modifiedDate", "timeZone": "Asia/Taipei",
//    "text": Markdown, "tags": [...], "starred": bool, "photos": [...], …}]}
// into the journal as the acting partner's entries (see importForeignEntries).
// The day is the creation date in the entry's own time zone; a first line
// "# heading" becomes the title; Day One's photo, video, audio and PDF
// references (![](dayone-moment://…)) become a short note, since Twofold keeps
// words only; a starred entry gets the tag "starred". Ids come from Day One's
// uuid. Unknown fields are ignored; a malformed file is refused whole.
class DayOneImport {
public:
    explicit DayOneImport(Journal& journal)
        : m_journal(journal) {}

    // A .zip export or a JSON file, told apart by their first bytes.
    Result<ForeignImportSummary> fromFile(const QString& path, Visibility visibility);
    // One JSON document; `source` names it in messages (a file name).
    Result<ForeignImportSummary> fromBytes(const QByteArray& json, Visibility visibility, const QString& source);

private:
    Journal& m_journal;
};

// The entries of one Day One JSON document, or the sentence saying why it is
// not one. `file` (the JSON file's name inside a zip, or empty) names entries
// in messages.
Result<std::vector<ForeignEntry>> readDayOneEntries(const QByteArray& json, const QString& file = {});

// Day One's Markdown made Twofold's: the first-line heading split off as the
// title (Day One's backslash escapes removed from it), media references
// replaced by a note. Exposed for tests.
struct DayOneText {
    QString title;
    QString text;
};
DayOneText dayOneText(const QString& markdown);

} // namespace twofold::core
