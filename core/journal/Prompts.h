#pragma once

#include "Result.h"
#include "domain/Prompt.h"

#include <QString>

#include <vector>

namespace twofold::core {

class Journal;
class PromptLibrary;

// Conversation prompts: the built-in library and the couple's own prompts,
// answers with the reveal rule, per-partner theme consent and the prompt of
// the day. Every use case first makes sure the journal has every built-in
// prompt of this version (a cheap check, see sync()).
class Prompts {
public:
    explicit Prompts(Journal& journal)
        : m_journal(journal) {}

    // Adds the built-in prompts this journal does not have yet (key = stable
    // id, text in the resource); never touches existing prompts or answers.
    // Skipped when the journal's marker already names this library and every
    // built-in row is there. Needs no keys.
    Result<void> sync();

    // The whole library (built-in, then the couple's own), whatever the theme
    // choices; a retired built-in prompt only while it has an answer. An
    // unknown theme (id or name) is NotFound.
    Result<std::vector<Prompt>> list(const PromptFilter& filter = {});
    // One prompt with the answers the acting partner may read.
    Result<PromptWithAnswers> show(const QString& id);
    // A prompt written by the couple (acting partner), sealed.
    Result<Prompt> add(const CustomPromptInput& input);
    // The couple's own prompt rewritten, or moved to another theme or depth,
    // by the partner who wrote it (PromptEdits.cpp). Refused once it has an
    // answer, so an answer always keeps the question it answered.
    Result<Prompt> edit(const QString& id, const CustomPromptInput& input);
    // The couple's own prompt deleted by its author: the words are wiped and
    // a tombstone kept (for a later sync). Refused once it has an answer.
    Result<void> remove(const QString& id);
    // The acting partner's answer; answering again replaces it.
    Result<PromptWithAnswers> answer(const QString& id, const QString& text);

    // Every answer the acting partner may read, across all prompts, by prompt
    // then author (their own, and the other's where both answered): for
    // search and export, with the same reveal rule as show().
    Result<std::vector<Answer>> readableAnswers();

    // Every theme with each partner's choice (defaults where nobody chose:
    // sensitive themes not-now, the rest yes).
    Result<std::vector<ThemeWithChoices>> themes();
    // The acting partner's choice for a theme (id or name).
    Result<ThemeWithChoices> choose(const QString& theme, ThemeChoice choice);

    // Stable for the couple for the day; only from themes both partners said
    // yes to (explicit prompts also need both partners' yes to `desire`), never
    // a retired one; no
    // repeat until the eligible pool is used up. None (with a reason) when
    // nothing is eligible.
    Result<TodaysPrompt> today();

    static constexpr int kMaxAnswerBytes = 1024 * 1024;
    static constexpr int kMaxPromptChars = 1000;
    // The theme whose yes explicit prompts need as well as their own theme's.
    static QString desireTheme() { return QStringLiteral("desire"); }

private:
    Result<const PromptLibrary*> ready();
    // The acting partner's own custom prompt `id` with no answer yet, for
    // edit() and remove() (`deleting` says which, for the refusal's words).
    Result<Prompt> ownUnansweredPrompt(const PromptLibrary& library, const QString& id, bool deleting);
    // The same checks as add(): text present and not too long.
    static Result<QString> checkedText(const QString& text);

    Journal& m_journal;
};

} // namespace twofold::core
