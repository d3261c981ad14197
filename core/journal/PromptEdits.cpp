// Prompts: the couple's own prompts changed or deleted by their author (the
// rest is in Prompts.cpp and PromptChoices.cpp).
#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "journal/PromptRows.h"
#include "journal/Prompts.h"
#include "journal/WriteTransaction.h"
#include "prompts/PromptLibrary.h"
#include "storage/AnswerStore.h"
#include "storage/PromptStore.h"
#include "storage/SealedColumnStore.h"

#include <QCoreApplication>

namespace twofold::core {

namespace {

Error answeredError() {
    return makeError(
        ErrorCode::Forbidden,
        QCoreApplication::translate("Prompts", "This prompt has an answer now, so it stays as it was asked."));
}

// Read again inside the write transaction: the other partner (another
// process) may have answered since the first check.
bool hasAnswers(Journal& journal, qint64 promptRowId) {
    return !storage::AnswerStore(internals(journal).database()).forPrompt(promptRowId).empty();
}

} // namespace

Result<QString> Prompts::checkedText(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Prompts", "A prompt needs some text."));
    }
    if (trimmed.size() > kMaxPromptChars) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Prompts", "A prompt is at most %1 characters.").arg(kMaxPromptChars));
    }
    return trimmed;
}

Result<Prompt> Prompts::ownUnansweredPrompt(const PromptLibrary& library, const QString& id, bool deleting) {
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    return guarded([&]() -> Result<Prompt> {
        auto found = prompt_rows::find(m_journal, library, id);
        if (!found) {
            return found.error();
        }
        if (!found->prompt.custom) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate("Prompts",
                                                         "This prompt is one of Twofold's own; only the prompts you "
                                                         "write yourselves can be changed."));
        }
        if (found->prompt.authorId != acting->id) {
            return makeError(
                ErrorCode::Forbidden,
                (deleting ? QCoreApplication::translate("Prompts", "Only %1 can delete this prompt; they wrote it.")
                          : QCoreApplication::translate("Prompts", "Only %1 can change this prompt; they wrote it."))
                    .arg(found->prompt.authorName));
        }
        if (hasAnswers(m_journal, found->row.id)) {
            return answeredError();
        }
        return found->prompt;
    });
}

Result<Prompt> Prompts::edit(const QString& id, const CustomPromptInput& input) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    auto current = ownUnansweredPrompt(**library, id, false);
    if (!current) {
        return current.error();
    }
    auto theme = prompt_rows::findTheme(**library, input.theme.isEmpty() ? current->theme : input.theme);
    if (!theme) {
        return theme.error();
    }
    auto text = checkedText(input.text);
    if (!text) {
        return text.error();
    }
    const Depth depth = input.depth.value_or(current->depth);
    if (*text == current->text && theme->id == current->theme && depth == current->depth) {
        return *current; // nothing to write
    }
    return guarded([&]() -> Result<Prompt> {
        storage::PromptStore store(internals(m_journal).database());
        WriteTransaction transaction(m_journal);
        auto row = store.byKey(current->id);
        if (!row || row->deletedAt) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("Prompts", "There is no prompt with id %1.").arg(id));
        }
        if (hasAnswers(m_journal, row->id)) {
            return answeredError();
        }
        row->theme = theme->id;
        row->depth = toString(depth);
        row->updated = Clock::nowMs();
        row->device = internals(m_journal).deviceId();
        // Sealed again: the theme and depth are part of what the text binds.
        row->text = prompt_codec::sealPromptText(m_journal, *row, *text);
        row->importedBy.reset(); // its author changed it: theirs, signed by them
        store.update(*row);
        transaction.sign(QStringLiteral("prompt"), row->id);
        transaction.record(Change{ChangeKind::Prompt, ChangeAction::Updated, row->key, current->authorId});
        transaction.commit();
        Prompt changed = *current;
        changed.theme = theme->id;
        changed.depth = depth;
        changed.text = *text;
        return changed;
    });
}

Result<void> Prompts::remove(const QString& id) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    auto current = ownUnansweredPrompt(**library, id, true);
    if (!current) {
        return current.error();
    }
    return guarded([&]() -> Result<void> {
        storage::PromptStore store(internals(m_journal).database());
        WriteTransaction transaction(m_journal);
        auto row = store.byKey(current->id);
        if (!row || row->deletedAt) {
            return {}; // deleted meanwhile
        }
        if (hasAnswers(m_journal, row->id)) {
            return answeredError();
        }
        const qint64 now = Clock::nowMs();
        row->text = QByteArray(); // the words go; the tombstone stays
        row->deletedAt = now;
        row->updated = now;
        row->device = internals(m_journal).deviceId();
        store.update(*row);
        // The signature goes with the words: it is over them, and would let
        // whoever opens it test guesses of what the prompt said.
        storage::SealedColumnStore(internals(m_journal).database())
            .write(QStringLiteral("prompt"), QStringLiteral("signature"), row->id, QByteArray());
        transaction.record(Change{ChangeKind::Prompt, ChangeAction::Removed, row->key, current->authorId});
        transaction.commit();
        return {};
    });
}

} // namespace twofold::core
