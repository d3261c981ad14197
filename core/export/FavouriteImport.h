#pragma once

#include "Result.h"
#include "export/ImportContext.h"

#include <QSet>
#include <QString>

#include <vector>

namespace twofold::core {

class CustomPromptImport;
class PromptLibrary;

// The "favourites" list: {"partner": NAME, "prompt": ID} per favourite.
// Favourites are each partner's own, like their private writing: only the
// importer's are taken (added to the ones they keep; an import never lets
// one go), the other partner's are skipped unread. A prompt that is neither
// in the journal nor in the file refuses the import.
class FavouriteImport : public ListImport {
public:
    FavouriteImport(const ImportContext& context, const PromptLibrary& library, const CustomPromptImport& prompts)
        : m_context(context)
        , m_library(library)
        , m_prompts(prompts) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

private:
    struct Item {
        QString partnerId;
        QString promptId;
        bool add = false;
    };

    const ImportContext& m_context;
    const PromptLibrary& m_library;
    const CustomPromptImport& m_prompts;
    std::vector<Item> m_items;
    int m_others = 0;
    QSet<QString> m_current; // the importer's set as plan() found it
};

} // namespace twofold::core
