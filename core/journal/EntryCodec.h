#pragma once

#include "Result.h"
#include "crypto/Sealer.h"
#include "domain/Entry.h"
#include "storage/EntryStore.h"

namespace twofold::core {

class Journal;

// Seals an Entry into a row and opens a row back into an Entry. Shared with
// search indexing, export and key rotation, so the column layout and the
// associated data live in one place.
namespace entry_codec {

// The associated data of one sealed column of an entry row.
crypto::SealContext contextFor(const storage::EntryRow& row, const QString& authorUuid, const char* column);

void sealInto(Journal& journal, const Entry& entry, storage::EntryRow& row);
Result<Entry> open(Journal& journal, const storage::EntryRow& row);
// Only the mood (1..5), none when the entry has none: trends read thousands
// of rows and need nothing else of them.
Result<std::optional<int>> openMood(Journal& journal, const storage::EntryRow& row);

} // namespace entry_codec
} // namespace twofold::core
