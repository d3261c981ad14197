#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ImportContext.h"
#include "storage/EntryStore.h"

#include <QJsonArray>

#include <vector>

namespace twofold::core {

// The "entries" list of an import, in three steps: parse (every item checked,
// nothing read or written), plan (each item compared with the journal;
// conflicts refused), apply (the writes, inside the import's transaction).
class EntryImport {
public:
    explicit EntryImport(const ImportContext& context)
        : m_context(context) {}

    Result<void> parse(const QJsonArray& items);
    // Reads the journal; throws storage::SqlError.
    Result<void> plan();
    // Writes; throws storage::SqlError.
    ImportCounts apply();

private:
    enum class Action { Add, Update, Unchanged, Skip };
    struct Item {
        Entry entry;
        bool hasUpdated = false; // `updated` was given, so it may win over the journal's copy
        Action action = Action::Add;
        storage::EntryRow existing;
    };

    Result<Item> parseItem(const QJsonValue& value, int index);
    Result<Action> compare(Item& item);

    const ImportContext& m_context;
    std::vector<Item> m_items;
};

} // namespace twofold::core
