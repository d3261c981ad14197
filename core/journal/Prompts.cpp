#include "journal/Prompts.h"

#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "journal/PromptRows.h"
#include "journal/RowSignatures.h"
#include "journal/WriteTransaction.h"
#include "prompts/PromptLibrary.h"
#include "storage/AnswerStore.h"
#include "storage/PartnerStore.h"
#include "storage/PromptStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace twofold::core {

namespace {

// meta key holding the fingerprint of the library the journal was last
// synced with.
const QString kSyncedMarker = QStringLiteral("builtin_prompts");

QString newUuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The reveal rule for the live answers to one prompt: one's own answer
// always, the other's only once every partner has answered. A reader without
// an acting partner sees answers only once they are revealed. Fills
// `result`'s answers, revealed and answeredBy.
Result<void> visibleAnswers(Journal& journal, const std::vector<storage::AnswerRow>& rows, const QString& promptId,
                            PromptWithAnswers& result, bool checkAuthorship = false) {
    QSet<qint64> answered;
    for (const storage::AnswerRow& row : rows) {
        answered.insert(row.authorId);
        if (const auto author = journal.findPartner(internals(journal).partnerIdForRow(row.authorId))) {
            result.answeredBy.push_back(author->name);
        }
    }
    result.revealed = true;
    for (const Partner& partner : journal.partners()) {
        result.revealed = result.revealed && answered.contains(internals(journal).partnerRowId(partner.id));
    }
    const auto acting = journal.actingPartner();
    const qint64 me = acting ? internals(journal).partnerRowId(acting->id) : 0;
    std::vector<qint64> shown;
    for (const storage::AnswerRow& row : rows) {
        if (!result.revealed && row.authorId != me) {
            continue;
        }
        auto answer = prompt_codec::openAnswer(journal, row);
        if (!answer) {
            return answer.error();
        }
        answer->promptId = promptId;
        result.answers.push_back(std::move(*answer));
        shown.push_back(row.id);
    }
    if (checkAuthorship) {
        const QHash<qint64, Authorship> checked =
            checkRows(journal, AuthorKeys(journal), QStringLiteral("answer"), QSet<qint64>(shown.begin(), shown.end()));
        for (size_t i = 0; i < shown.size(); ++i) {
            result.answers[i].authorship = checked.value(shown[i], Authorship::Unsigned);
        }
    }
    return {};
}

} // namespace

Result<void> Prompts::sync() {
    auto library = PromptLibrary::builtin();
    if (!library) {
        return library.error();
    }
    const PromptLibrary& lib = **library;
    return guarded([&]() -> Result<void> {
        storage::Database& db = internals(m_journal).database();
        storage::PromptStore store(db);
        storage::MetaStore meta(db);
        if (meta.get(kSyncedMarker) == lib.fingerprint() &&
            store.countBuiltin() >= static_cast<int>(lib.prompts().size())) {
            return {};
        }
        storage::Transaction transaction(db);
        // Read inside the write transaction, so two processes syncing at once
        // cannot both insert the same prompt.
        const QStringList existing = store.builtinKeys();
        const QSet<QString> have(existing.begin(), existing.end());
        const qint64 now = Clock::nowMs();
        for (const Prompt& p : lib.prompts()) {
            if (have.contains(p.id)) {
                continue;
            }
            storage::PromptRow row;
            row.uuid = newUuid();
            row.key = p.id;
            row.theme = p.theme;
            row.depth = toString(p.depth);
            row.builtin = true;
            row.created = row.updated = now;
            row.device = internals(m_journal).deviceId();
            store.insert(row);
        }
        meta.set(kSyncedMarker, lib.fingerprint());
        transaction.commit();
        return {};
    });
}

Result<const PromptLibrary*> Prompts::ready() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    if (auto synced = sync(); !synced) {
        return synced.error();
    }
    return PromptLibrary::builtin();
}

Result<std::vector<Prompt>> Prompts::list(const PromptFilter& filter) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    std::optional<Theme> theme;
    if (filter.theme) {
        auto found = prompt_rows::findTheme(**library, *filter.theme);
        if (!found) {
            return found.error();
        }
        theme = *found;
    }
    return guarded([&]() -> Result<std::vector<Prompt>> {
        auto loaded = prompt_rows::loadLive(m_journal, **library);
        if (!loaded) {
            return loaded.error();
        }
        const std::vector<qint64> answeredIds =
            storage::AnswerStore(internals(m_journal).database()).answeredPromptIds();
        const QSet<qint64> answered(answeredIds.begin(), answeredIds.end());
        std::vector<Prompt> prompts;
        for (prompt_rows::Loaded& one : *loaded) {
            if ((theme && one.prompt.theme != theme->id) || (filter.depth && one.prompt.depth != *filter.depth)) {
                continue;
            }
            // A retired prompt is kept for the answers it has, and only then.
            if (one.prompt.retired && !answered.contains(one.row.id)) {
                continue;
            }
            prompts.push_back(std::move(one.prompt));
        }
        return prompts;
    });
}

Result<PromptWithAnswers> Prompts::show(const QString& id) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    return guarded([&]() -> Result<PromptWithAnswers> {
        auto found = prompt_rows::find(m_journal, **library, id);
        if (!found) {
            return found.error();
        }
        PromptWithAnswers result;
        result.prompt = found->prompt;
        auto answers =
            visibleAnswers(m_journal, storage::AnswerStore(internals(m_journal).database()).forPrompt(found->row.id),
                           found->prompt.id, result, true);
        if (!answers) {
            return answers.error();
        }
        return result;
    });
}

Result<std::vector<Answer>> Prompts::readableAnswers() {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    return guarded([&]() -> Result<std::vector<Answer>> {
        auto prompts = prompt_rows::loadLive(m_journal, **library);
        if (!prompts) {
            return prompts.error();
        }
        QHash<qint64, std::vector<storage::AnswerRow>> byPrompt;
        for (storage::AnswerRow& row : storage::AnswerStore(internals(m_journal).database()).allRows()) {
            if (!row.deletedAt) {
                byPrompt[row.promptId].push_back(std::move(row));
            }
        }
        std::vector<Answer> answers;
        for (const prompt_rows::Loaded& one : *prompts) {
            const auto rows = byPrompt.constFind(one.row.id);
            if (rows == byPrompt.constEnd()) {
                continue;
            }
            PromptWithAnswers visible;
            if (auto opened = visibleAnswers(m_journal, *rows, one.prompt.id, visible); !opened) {
                return opened.error();
            }
            for (Answer& a : visible.answers) {
                answers.push_back(std::move(a));
            }
        }
        return answers;
    });
}

Result<Prompt> Prompts::add(const CustomPromptInput& input) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    auto theme = prompt_rows::findTheme(**library, input.theme);
    if (!theme) {
        return theme.error();
    }
    auto checked = checkedText(input.text);
    if (!checked) {
        return checked.error();
    }
    const QString text = *checked;
    return guarded([&]() -> Result<Prompt> {
        storage::PromptRow row;
        row.uuid = newUuid();
        row.key = row.uuid;
        row.theme = theme->id;
        row.depth = toString(input.depth.value_or(Depth::Deeper));
        row.builtin = false;
        row.authorId = internals(m_journal).partnerRowId(acting->id);
        row.created = row.updated = Clock::nowMs();
        row.device = internals(m_journal).deviceId();
        row.text = prompt_codec::sealPromptText(m_journal, row, text);
        WriteTransaction transaction(m_journal);
        storage::PromptStore(internals(m_journal).database()).insert(row);
        transaction.sign(QStringLiteral("prompt"), row.id);
        transaction.record(Change{ChangeKind::Prompt, ChangeAction::Added, row.key, acting->id});
        transaction.commit();
        Prompt p;
        p.id = row.key;
        p.theme = row.theme;
        p.depth = input.depth.value_or(Depth::Deeper);
        p.text = text;
        p.custom = true;
        p.authorId = acting->id;
        p.authorName = acting->name;
        return p;
    });
}

Result<PromptWithAnswers> Prompts::answer(const QString& id, const QString& text) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    if (text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Prompts", "An answer needs some text."));
    }
    if (text.toUtf8().size() > kMaxAnswerBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Prompts", "An answer is at most 1 MiB."));
    }
    auto written = guarded([&]() -> Result<void> {
        auto found = prompt_rows::find(m_journal, **library, id);
        if (!found) {
            return found.error();
        }
        storage::AnswerStore store(internals(m_journal).database());
        const qint64 me = internals(m_journal).partnerRowId(acting->id);
        const qint64 now = Clock::nowMs();
        WriteTransaction transaction(m_journal);
        ChangeAction action = ChangeAction::Updated;
        if (auto existing = store.find(found->row.id, me)) {
            // Answering again replaces the answer; the row (and its uuid) stays.
            existing->updated = now;
            existing->device = internals(m_journal).deviceId();
            existing->deletedAt.reset();
            existing->body = prompt_codec::sealAnswer(m_journal, *existing, text);
            existing->importedBy.reset(); // its author writes it: theirs, and signed by them
            store.update(*existing);
            transaction.sign(QStringLiteral("answer"), existing->id);
        } else {
            storage::AnswerRow row;
            row.uuid = newUuid();
            row.promptId = found->row.id;
            row.authorId = me;
            row.created = row.updated = now;
            row.device = internals(m_journal).deviceId();
            row.body = prompt_codec::sealAnswer(m_journal, row, text);
            store.insert(row);
            transaction.sign(QStringLiteral("answer"), row.id);
            action = ChangeAction::Added;
        }
        transaction.record(Change{ChangeKind::Answer, action, found->row.key, acting->id});
        transaction.commit();
        return {};
    });
    if (!written) {
        return written.error();
    }
    return show(id);
}

} // namespace twofold::core
