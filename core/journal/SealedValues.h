#pragma once

#include "crypto/Sealer.h"
#include "domain/Entry.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace twofold::core {

class Journal;

// One sealed value in the file, with everything needed to open it and to
// write a resealed version back. Key rotation, `verify` and tamper checks
// walk every sealed value through this one list instead of knowing each
// table.
struct SealedValue {
    QString table;  // as in the schema, e.g. "entry"
    QString column; // e.g. "body"
    qint64 rowId = 0;
    Visibility visibility = Visibility::Shared; // which key seals it
    crypto::SealContext context;
    QByteArray sealed;
    // A short description for people: "entry 2026-11-25 by Alex".
    QString label;
};

// Every sealed value of every table that the acting partner's keys can open
// (shared values, and the acting partner's own private ones), the authors'
// sealed signatures included (column "signature", or "agreements_signature"
// for a check-in). Each module contributes its tables in SealedValues.cpp.
// Throws storage::SqlError.
std::vector<SealedValue> collectSealedValues(Journal& journal);
// The same without the signatures and the favourites: the values that are
// signed.
std::vector<SealedValue> collectSignedValues(Journal& journal);
// One table's signed values ("entry", "draft", "checkin", "checkin_part",
// "prompt", "answer", "theme_choice"; checkin and checkin_part together).
void collectTableSignedValues(Journal& journal, const QString& table, std::vector<SealedValue>& out);
// One row's signed values: what signing a saved row and checking a shown
// one read, so that neither grows with the journal. Entries, answers,
// check-ins and their parts are read by id; the small tables (drafts,
// prompts, theme choices) are read whole and filtered.
void collectRowSignedValues(Journal& journal, const QString& table, qint64 rowId, std::vector<SealedValue>& out);

// Per-table contributors (one per module).
void collectEntrySealedValues(Journal& journal, std::vector<SealedValue>& out);
// One entry's (signing it at commit without reading 15,000).
void collectEntryRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out);
void collectDraftSealedValues(Journal& journal, std::vector<SealedValue>& out);
void collectCheckInSealedValues(Journal& journal, std::vector<SealedValue>& out);
// One check-in's agreements; one check-in part's values.
void collectCheckInRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out);
void collectCheckInPartRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out);
// Custom prompt texts, prompt answers, theme choices (PromptCodec.cpp).
void collectPromptSealedValues(Journal& journal, std::vector<SealedValue>& out);
void collectAnswerSealedValues(Journal& journal, std::vector<SealedValue>& out);
void collectAnswerRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out);
void collectThemeChoiceSealedValues(Journal& journal, std::vector<SealedValue>& out);
// The acting partner's favourite prompts (Favourites.cpp).
void collectFavouriteSealedValues(Journal& journal, std::vector<SealedValue>& out);

// Writes a resealed value back to its row and column. Throws SqlError.
void writeSealedValue(Journal& journal, const SealedValue& value, const QByteArray& resealed);

} // namespace twofold::core
