#pragma once

#include "Result.h"
#include "domain/Prompt.h"
#include "export/ImportContext.h"

#include <QHash>

#include <optional>
#include <vector>

namespace twofold::core {

class PromptLibrary;

// The "theme_choices" list. Consent is personal: only the importer's own
// choices are taken, and only where the journal has no choice of theirs yet
// (a journal's explicit choice may be newer than the file's). The other
// partner's choices are never set by an import. Like Prompts::choose, all of
// the importer's theme rows are written together, so the file does not show
// which theme changed.
class ThemeChoiceImport : public ListImport {
public:
    ThemeChoiceImport(const ImportContext& context, const PromptLibrary& library)
        : m_context(context)
        , m_library(library) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

private:
    struct Item {
        Theme theme;
        QHash<QString, ThemeChoice> choices; // partner id → choice
        bool apply = false;                  // the importer's choice is taken
        bool skipped = false;                // a choice differs but is not taken
    };
    Result<Item> parseItem(const QJsonValue& value, int index);

    const ImportContext& m_context;
    const PromptLibrary& m_library;
    std::vector<Item> m_items;
    QHash<QString, ThemeChoice> m_current; // theme id → the importer's effective choice
};

} // namespace twofold::core
