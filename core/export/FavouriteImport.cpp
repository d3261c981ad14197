#include "export/FavouriteImport.h"

#include "export/JsonFields.h"
#include "export/PromptImport.h"
#include "journal/FavouriteSet.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "prompts/PromptLibrary.h"
#include "storage/PromptStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace twofold::core {

using namespace json_fields;

Result<void> FavouriteImport::parse(const QJsonArray& items) {
    QSet<QPair<QString, QString>> seen;
    for (int i = 0; i < items.size(); ++i) {
        const QString where = QCoreApplication::translate("FavouriteImport", "Favourite %1").arg(i + 1);
        if (!items.at(i).isObject()) {
            return notAnObject(where);
        }
        const QJsonObject o = items.at(i).toObject();
        auto name = requiredString(o, QStringLiteral("partner"), where);
        if (!name) {
            return name.error();
        }
        auto prompt = requiredString(o, QStringLiteral("prompt"), where);
        if (!prompt) {
            return prompt.error();
        }
        auto partner = m_context.author(*name, where);
        if (!partner) {
            return partner.error();
        }
        if (partner->id != m_context.importer.id) {
            ++m_others; // theirs alone: not looked at further
            continue;
        }
        if (!seen.contains({partner->id, *prompt})) {
            seen.insert({partner->id, *prompt});
            m_items.push_back(Item{partner->id, *prompt});
        }
    }
    return {};
}

Result<void> FavouriteImport::plan() {
    Journal& journal = m_context.journal;
    storage::PromptStore prompts(internals(journal).database());
    auto current = favourite_set::read(journal);
    if (!current) {
        return current.error();
    }
    for (Item& item : m_items) {
        const auto row = prompts.byKey(item.promptId);
        const bool known = (row && !row->deletedAt) || m_prompts.ids().contains(item.promptId) ||
                           m_library.prompt(item.promptId) != nullptr;
        if (!known) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("FavouriteImport",
                                                         "A favourite of %1's is the prompt %2, which is "
                                                         "neither in this journal nor in the file.")
                                 .arg(m_context.importer.name, item.promptId));
        }
        item.add = !current->contains(item.promptId);
    }
    m_current = std::move(*current);
    return {};
}

ImportCounts FavouriteImport::apply() {
    ImportCounts counts;
    counts.skipped = m_others;
    QSet<QString> added;
    for (const Item& item : m_items) {
        if (item.add) {
            added.insert(item.promptId);
            ++counts.added;
        } else {
            ++counts.unchanged;
        }
    }
    if (added.isEmpty()) {
        return counts;
    }
    // The set read by plan(), in this same transaction.
    favourite_set::write(m_context.journal, m_current + added);
    return counts;
}

} // namespace twofold::core
