#include "journal/SealedValues.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/SealedColumnStore.h"

namespace twofold::core {

std::vector<SealedValue> collectSealedValues(Journal& journal) {
    std::vector<SealedValue> values;
    collectEntrySealedValues(journal, values);
    collectDraftSealedValues(journal, values);
    collectCheckInSealedValues(journal, values);
    collectPromptSealedValues(journal, values);
    collectAnswerSealedValues(journal, values);
    collectThemeChoiceSealedValues(journal, values);
    collectFavouriteSealedValues(journal, values);
    return values;
}

void writeSealedValue(Journal& journal, const SealedValue& value, const QByteArray& resealed) {
    storage::SealedColumnStore(internals(journal).database()).write(value.table, value.column, value.rowId, resealed);
}

} // namespace twofold::core
