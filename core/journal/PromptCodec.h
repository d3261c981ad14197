#pragma once

#include "Result.h"
#include "crypto/Sealer.h"
#include "domain/Prompt.h"
#include "storage/AnswerStore.h"
#include "storage/PromptStore.h"
#include "storage/ThemeChoiceStore.h"

namespace twofold::core {

class Journal;

// Seals and opens the prompt module's writing: answers, custom prompt texts
// and theme choices. All of it is shared writing (the journal key); the
// reveal rule for answers is a rule of the app, applied by Prompts. Shared
// with search indexing, export and key rotation, so the associated data
// lives in one place.
namespace prompt_codec {

// Each binds its subject (format 2): the prompt an answer answers, the theme
// and depth of a custom prompt, the theme a choice is about — so that moving
// an answer under another prompt, or swapping two rows' theme strings in the
// file, leaves a value that no longer opens.
crypto::SealContext answerContext(const QString& answerUuid, const QString& authorUuid, const QString& promptUuid);
crypto::SealContext promptTextContext(const storage::PromptRow& row, const QString& authorUuid);
crypto::SealContext choiceContext(const storage::ThemeChoiceRow& row, const QString& partnerUuid);

QByteArray sealAnswer(Journal& journal, const storage::AnswerRow& row, const QString& text);
Result<Answer> openAnswer(Journal& journal, const storage::AnswerRow& row);

QByteArray sealPromptText(Journal& journal, const storage::PromptRow& row, const QString& text);
Result<QString> openPromptText(Journal& journal, const storage::PromptRow& row);

QByteArray sealChoice(Journal& journal, const storage::ThemeChoiceRow& row, ThemeChoice choice);
Result<ThemeChoice> openChoice(Journal& journal, const storage::ThemeChoiceRow& row);

} // namespace prompt_codec
} // namespace twofold::core
