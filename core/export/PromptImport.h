#pragma once

#include "Result.h"
#include "domain/Prompt.h"
#include "export/ImportContext.h"
#include "storage/AnswerStore.h"
#include "storage/PromptStore.h"

#include <QDateTime>
#include <QSet>

#include <optional>
#include <vector>

namespace twofold::core {

class PromptLibrary;

// The "prompts" list of an import: the couple's own prompts (built-in ones
// come with every journal). A prompt is never edited, so an id the journal
// has is unchanged or skipped, never replaced.
class CustomPromptImport : public ListImport {
public:
    CustomPromptImport(const ImportContext& context, const PromptLibrary& library)
        : m_context(context)
        , m_library(library) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

    // Ids of the prompts this document adds, for the answers to refer to.
    const QSet<QString>& ids() const { return m_ids; }

private:
    enum class Action { Add, Unchanged, Skip };
    struct Item {
        Prompt prompt;
        QDateTime created;
        QDateTime updated;
        Action action = Action::Add;
    };
    Result<Item> parseItem(const QJsonValue& value, int index);

    const ImportContext& m_context;
    const PromptLibrary& m_library;
    std::vector<Item> m_items;
    QSet<QString> m_ids;
};

// The "answers" list: one answer per partner and prompt, merged like
// entries (only the author's own newer answer replaces theirs).
class AnswerImport : public ListImport {
public:
    AnswerImport(const ImportContext& context, const PromptLibrary& library, const CustomPromptImport& prompts)
        : m_context(context)
        , m_library(library)
        , m_prompts(prompts) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

    // True when an answer is to a built-in prompt (the journal must then
    // hold the built-in prompts before plan()).
    bool needsBuiltins() const { return m_needsBuiltins; }

private:
    enum class Action { Add, Update, Accept, Unchanged, Skip };
    struct Item {
        QString id;
        QString promptId;
        Partner author;
        QString text;
        QDateTime created;
        QDateTime answered;
        bool hasAnswered = false;
        Action action = Action::Add;
        std::optional<storage::AnswerRow> existing;
    };
    Result<Item> parseItem(const QJsonValue& value, int index);

    const ImportContext& m_context;
    const PromptLibrary& m_library;
    const CustomPromptImport& m_prompts;
    std::vector<Item> m_items;
    bool m_needsBuiltins = false;
};

} // namespace twofold::core
