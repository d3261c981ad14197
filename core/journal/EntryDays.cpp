#include "journal/EntryDays.h"

#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/EntryStore.h"

namespace twofold::core {

Result<std::vector<EntryDay>> entryDays(Journal& journal) {
    if (!journal.isUnlocked()) {
        return lockedError(journal);
    }
    return guarded([&]() -> Result<std::vector<EntryDay>> {
        const auto acting = journal.actingPartner();
        const qint64 reader = acting ? internals(journal).partnerRowId(acting->id) : 0;
        std::vector<EntryDay> days;
        for (const auto& [day, author] : storage::EntryStore(internals(journal).database()).daysByAuthor(reader)) {
            days.push_back(EntryDay{QDate::fromString(day, Qt::ISODate), internals(journal).partnerIdForRow(author)});
        }
        return days;
    });
}

} // namespace twofold::core
