#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ImportContext.h"
#include "storage/EntryStore.h"

#include <QJsonArray>

#include <vector>

namespace twofold::core {

// The "entries" list of an import.
class EntryImport : public ListImport {
public:
    explicit EntryImport(const ImportContext& context)
        : m_context(context) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

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
