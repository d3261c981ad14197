#pragma once

#include "Result.h"
#include "domain/Entry.h"
#include "export/ImportContext.h"
#include "storage/EntryStore.h"

#include <QJsonArray>
#include <QSet>

#include <utility>
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

    // An entry read by another reader (jrnl, Day One), with its id already
    // derived: checked exactly like an item of a Twofold document (tags,
    // limits, an id given twice) and then planned and written the same way.
    // `hasUpdated`: its `updated` time is the source's own, so it may win over
    // the journal's copy. `where` names it in messages.
    Result<void> add(Entry entry, bool hasUpdated, const QString& where);

private:
    // Accept: the journal holds the importer's own entry as imported by the
    // other partner, as written; the importer's import of it makes it theirs.
    enum class Action { Add, Update, Accept, Unchanged, Skip };
    struct Item {
        Entry entry;
        bool hasUpdated = false; // `updated` was given, so it may win over the journal's copy
        Action action = Action::Add;
        storage::EntryRow existing;
    };

    // The item as an entry with its raw tags, plus its name for messages.
    Result<std::pair<Item, QString>> parseItem(const QJsonValue& value, int index);
    Result<Action> compare(Item& item);

    const ImportContext& m_context;
    std::vector<Item> m_items;
    QSet<QString> m_seen; // ids of m_items
};

} // namespace twofold::core
