#include "journal/SealedValues.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"
#include "storage/SealedColumnStore.h"

namespace twofold::core {

std::vector<SealedValue> collectSignedValues(Journal& journal) {
    std::vector<SealedValue> values;
    collectEntrySealedValues(journal, values);
    collectDraftSealedValues(journal, values);
    collectCheckInSealedValues(journal, values);
    collectPromptSealedValues(journal, values);
    collectAnswerSealedValues(journal, values);
    collectThemeChoiceSealedValues(journal, values);
    return values;
}

std::vector<SealedValue> collectSealedValues(Journal& journal) {
    std::vector<SealedValue> values = collectSignedValues(journal);
    std::vector<SealedValue> signatures;
    for (const SignedRow& row : groupSignedRows(journal, values)) {
        if (!row.signature.isNull()) {
            signatures.push_back(signatureValue(row));
        }
    }
    values.insert(values.end(), signatures.begin(), signatures.end());
    // A partner's favourites are theirs alone, sealed with their private key:
    // nobody else can write them, so they carry no signature.
    collectFavouriteSealedValues(journal, values);
    return values;
}

void collectTableSignedValues(Journal& journal, const QString& table, std::vector<SealedValue>& out) {
    if (table == QLatin1String("entry")) {
        collectEntrySealedValues(journal, out);
    } else if (table == QLatin1String("draft")) {
        collectDraftSealedValues(journal, out);
    } else if (table == QLatin1String("checkin") || table == QLatin1String("checkin_part")) {
        collectCheckInSealedValues(journal, out);
    } else if (table == QLatin1String("prompt")) {
        collectPromptSealedValues(journal, out);
    } else if (table == QLatin1String("answer")) {
        collectAnswerSealedValues(journal, out);
    } else if (table == QLatin1String("theme_choice")) {
        collectThemeChoiceSealedValues(journal, out);
    }
}

void collectRowSignedValues(Journal& journal, const QString& table, qint64 rowId, std::vector<SealedValue>& out) {
    if (table == QLatin1String("entry")) {
        collectEntryRowSealedValues(journal, rowId, out);
    } else if (table == QLatin1String("answer")) {
        collectAnswerRowSealedValues(journal, rowId, out);
    } else if (table == QLatin1String("checkin")) {
        collectCheckInRowSealedValues(journal, rowId, out);
    } else if (table == QLatin1String("checkin_part")) {
        collectCheckInPartRowSealedValues(journal, rowId, out);
    } else {
        std::vector<SealedValue> all;
        collectTableSignedValues(journal, table, all);
        for (SealedValue& value : all) {
            if (value.table == table && value.rowId == rowId) {
                out.push_back(std::move(value));
            }
        }
    }
}

void writeSealedValue(Journal& journal, const SealedValue& value, const QByteArray& resealed) {
    storage::SealedColumnStore(internals(journal).database()).write(value.table, value.column, value.rowId, resealed);
}

} // namespace twofold::core
