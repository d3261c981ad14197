#include "export/PromptImport.h"

#include "export/JsonFields.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "journal/PromptRows.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QUuid>

namespace twofold::core {

namespace {

using namespace json_fields;

qint64 ms(const QDateTime& time) {
    return time.toMSecsSinceEpoch();
}

} // namespace

Result<CustomPromptImport::Item> CustomPromptImport::parseItem(const QJsonValue& value, int index) {
    const QString where = QCoreApplication::translate("PromptImport", "Prompt %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto id = optionalUuid(o, QStringLiteral("id"), where);
    auto themeName = requiredString(o, QStringLiteral("theme"), where);
    auto depthName = optionalString(o, QStringLiteral("depth"), where);
    auto text = requiredString(o, QStringLiteral("text"), where);
    auto custom = optionalBool(o, QStringLiteral("custom"), where);
    auto authorName = optionalString(o, QStringLiteral("author"), where);
    auto created = optionalTime(o, QStringLiteral("created"), where);
    auto updated = optionalTime(o, QStringLiteral("updated"), where);
    for (const Error* error : {id ? nullptr : &id.error(), themeName ? nullptr : &themeName.error(),
                               depthName ? nullptr : &depthName.error(), text ? nullptr : &text.error(),
                               custom ? nullptr : &custom.error(), authorName ? nullptr : &authorName.error(),
                               created ? nullptr : &created.error(), updated ? nullptr : &updated.error()}) {
        if (error) {
            return *error;
        }
    }
    if (*custom && !**custom) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "PromptImport", "%1 is a built-in prompt; the list holds the couple's own prompts only.")
                             .arg(where));
    }
    auto theme = prompt_rows::findTheme(m_library, *themeName);
    if (!theme) {
        return makeError(theme.error().code, QStringLiteral("%1: %2").arg(where, theme.error().message));
    }
    Item item;
    Prompt& p = item.prompt;
    p.custom = true;
    p.theme = theme->id;
    p.text = text->trimmed();
    if (p.text.isEmpty() || p.text.size() > Prompts::kMaxPromptChars) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("PromptImport", "%1: \"text\" must be 1 to %2 characters.")
                             .arg(where)
                             .arg(Prompts::kMaxPromptChars));
    }
    if (*depthName) {
        const auto depth = depthFromString(**depthName);
        if (!depth) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("PromptImport", "%1: \"depth\" must be light, deeper or deepest.")
                    .arg(where));
        }
        p.depth = *depth;
    }
    Partner author = m_context.importer;
    if (*authorName) {
        auto found = m_context.author(**authorName, where);
        if (!found) {
            return found.error();
        }
        author = *found;
    }
    p.authorId = author.id;
    p.authorName = author.name;
    p.id = id->value_or(
        derivedId(QStringLiteral("prompt"), {author.name.toCaseFolded(), p.theme, toString(p.depth), p.text}));
    item.created = created->value_or(m_context.importTime);
    item.updated = updated->value_or(item.created);
    return item;
}

Result<void> CustomPromptImport::parse(const QJsonArray& items) {
    for (int i = 0; i < items.size(); ++i) {
        auto item = parseItem(items.at(i), i);
        if (!item) {
            return item.error();
        }
        if (m_ids.contains(item->prompt.id)) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("PromptImport",
                                            "Prompt %1 has the id %2, which an earlier prompt of the file already has.")
                    .arg(i + 1)
                    .arg(item->prompt.id));
        }
        m_ids.insert(item->prompt.id);
        m_items.push_back(std::move(*item));
    }
    return {};
}

Result<void> CustomPromptImport::plan() {
    Journal& journal = m_context.journal;
    storage::PromptStore store(internals(journal).database());
    for (Item& item : m_items) {
        const auto row = store.byKey(item.prompt.id);
        if (!row) {
            item.action = Action::Add;
            continue;
        }
        if (row->builtin || !row->authorId ||
            internals(journal).partnerIdForRow(*row->authorId) != item.prompt.authorId) {
            return makeError(
                ErrorCode::Forbidden,
                QCoreApplication::translate("PromptImport",
                                            "Prompt %1 cannot be imported: this journal already has another prompt "
                                            "with that id.")
                    .arg(item.prompt.id));
        }
        auto text = prompt_codec::openPromptText(journal, *row);
        if (!text) {
            return text.error();
        }
        const bool same = *text == item.prompt.text && row->theme == item.prompt.theme &&
                          row->depth == toString(item.prompt.depth) && !row->deletedAt;
        item.action = same ? Action::Unchanged : Action::Skip;
    }
    return {};
}

ImportCounts CustomPromptImport::apply() {
    Journal& journal = m_context.journal;
    storage::PromptStore store(internals(journal).database());
    ImportCounts counts;
    for (const Item& item : m_items) {
        if (item.action != Action::Add) {
            ++(item.action == Action::Unchanged ? counts.unchanged : counts.skipped);
            continue;
        }
        storage::PromptRow row;
        row.uuid = item.prompt.id;
        row.key = item.prompt.id;
        row.theme = item.prompt.theme;
        row.depth = toString(item.prompt.depth);
        row.builtin = false;
        row.authorId = internals(journal).partnerRowId(item.prompt.authorId);
        row.created = ms(item.created);
        row.updated = ms(item.updated);
        row.device = internals(journal).deviceId();
        row.text = prompt_codec::sealPromptText(journal, row, item.prompt.text);
        row.importedBy = m_context.importedByFor(item.prompt.authorId);
        store.insert(row);
        internals(journal).signAtCommit(QStringLiteral("prompt"), row.id);
        ++counts.added;
    }
    return counts;
}

Result<AnswerImport::Item> AnswerImport::parseItem(const QJsonValue& value, int index) {
    const QString where = QCoreApplication::translate("PromptImport", "Answer %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto id = optionalUuid(o, QStringLiteral("id"), where);
    auto prompt = requiredString(o, QStringLiteral("prompt"), where);
    auto authorName = requiredString(o, QStringLiteral("author"), where);
    auto text = requiredString(o, QStringLiteral("text"), where);
    auto created = optionalTime(o, QStringLiteral("created"), where);
    auto answered = optionalTime(o, QStringLiteral("answered"), where);
    for (const Error* error : {id ? nullptr : &id.error(), prompt ? nullptr : &prompt.error(),
                               authorName ? nullptr : &authorName.error(), text ? nullptr : &text.error(),
                               created ? nullptr : &created.error(), answered ? nullptr : &answered.error()}) {
        if (error) {
            return *error;
        }
    }
    auto author = m_context.author(*authorName, where);
    if (!author) {
        return author.error();
    }
    if (text->trimmed().isEmpty() || text->toUtf8().size() > Prompts::kMaxAnswerBytes) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("PromptImport", "%1: \"text\" must be some text of at most 1 MiB.").arg(where));
    }
    Item item;
    item.promptId = prompt->trimmed();
    // A built-in prompt's stable id, a prompt of the file, or (checked
    // against the journal later) one of the couple's own prompts by UUID.
    bool builtin = false;
    for (const Prompt& p : m_library.prompts()) {
        builtin = builtin || p.id == item.promptId;
    }
    m_needsBuiltins = m_needsBuiltins || builtin;
    if (!builtin && !m_prompts.ids().contains(item.promptId) && QUuid::fromString(item.promptId).isNull()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("PromptImport", "%1 is to the prompt \"%2\", which Twofold does not know.")
                .arg(where, item.promptId));
    }
    item.author = *author;
    item.text = *text;
    item.hasAnswered = answered->has_value();
    item.answered = answered->value_or(m_context.importTime);
    item.created = created->value_or(item.answered);
    item.id = id->value_or(derivedId(QStringLiteral("answer"), {item.promptId, author->name.toCaseFolded()}));
    return item;
}

Result<void> AnswerImport::parse(const QJsonArray& items) {
    QSet<QString> ids;
    QSet<QString> slots;
    for (int i = 0; i < items.size(); ++i) {
        auto item = parseItem(items.at(i), i);
        if (!item) {
            return item.error();
        }
        const QString slot = item->promptId + QLatin1Char('\n') + item->author.id;
        if (ids.contains(item->id) || slots.contains(slot)) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("PromptImport",
                                            "Answer %1 repeats the id, or the prompt and author, of an earlier answer.")
                    .arg(i + 1));
        }
        ids.insert(item->id);
        slots.insert(slot);
        m_items.push_back(std::move(*item));
    }
    return {};
}

Result<void> AnswerImport::plan() {
    Journal& journal = m_context.journal;
    storage::PromptStore prompts(internals(journal).database());
    storage::AnswerStore answers(internals(journal).database());
    QHash<QString, std::pair<qint64, qint64>> slotOfId; // answer uuid → (prompt row, author row)
    for (const storage::AnswerRow& row : answers.allRows()) {
        slotOfId.insert(row.uuid, {row.promptId, row.authorId});
    }
    const qint64 importerRow = internals(journal).partnerRowId(m_context.importer.id);
    for (Item& item : m_items) {
        const auto prompt = prompts.byKey(item.promptId);
        if (!prompt && !m_prompts.ids().contains(item.promptId)) {
            return makeError(
                ErrorCode::NotFound,
                QCoreApplication::translate("PromptImport",
                                            "An answer by %1 is to the prompt %2, which is neither in this journal "
                                            "nor in the file.")
                    .arg(item.author.name, item.promptId));
        }
        const qint64 authorRow = internals(journal).partnerRowId(item.author.id);
        if (prompt) {
            item.existing = answers.find(prompt->id, authorRow);
        }
        const auto taken = slotOfId.constFind(item.id);
        if (taken != slotOfId.constEnd() && (!prompt || *taken != std::pair<qint64, qint64>(prompt->id, authorRow))) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate(
                                 "PromptImport", "Answer %1 cannot be imported: this journal already uses its id for "
                                                 "another answer.")
                                 .arg(item.id));
        }
        if (!item.existing || item.existing->deletedAt) {
            item.action = Action::Add;
            continue;
        }
        auto current = prompt_codec::openAnswer(journal, *item.existing);
        if (!current) {
            return current.error();
        }
        if (current->text == item.text) {
            // The author bringing back their own answer that the other
            // partner imported in their name makes it theirs.
            const bool mineImportedByOther = item.existing->importedBy && authorRow == importerRow;
            item.action = mineImportedByOther ? Action::Accept : Action::Unchanged;
        } else if (authorRow == importerRow && item.hasAnswered && ms(item.answered) > item.existing->updated) {
            item.action = Action::Update;
        } else {
            item.action = Action::Skip;
        }
    }
    return {};
}

ImportCounts AnswerImport::apply() {
    Journal& journal = m_context.journal;
    storage::PromptStore prompts(internals(journal).database());
    storage::AnswerStore answers(internals(journal).database());
    ImportCounts counts;
    for (Item& item : m_items) {
        if (item.action == Action::Unchanged || item.action == Action::Skip) {
            ++(item.action == Action::Unchanged ? counts.unchanged : counts.skipped);
            continue;
        }
        if (item.action == Action::Accept) {
            m_context.acceptAsAuthors(QStringLiteral("answer"), item.existing->id);
            ++counts.updated;
            continue;
        }
        storage::AnswerRow row;
        if (item.existing) {
            // A tombstoned answer or an older one of the importer's: the row
            // and its uuid stay, as when answering again.
            row = *item.existing;
            row.deletedAt.reset();
        } else {
            row.uuid = item.id;
            row.promptId = prompts.byKey(item.promptId)->id; // added by the prompts list if new
            row.authorId = internals(journal).partnerRowId(item.author.id);
            row.created = ms(item.created);
        }
        row.updated = ms(item.answered);
        row.device = internals(journal).deviceId();
        row.body = prompt_codec::sealAnswer(journal, row, item.text);
        row.importedBy = m_context.importedByFor(item.author.id);
        if (row.id == 0) {
            answers.insert(row);
            ++counts.added;
        } else {
            answers.update(row);
            ++(item.action == Action::Add ? counts.added : counts.updated);
        }
        internals(journal).signAtCommit(QStringLiteral("answer"), row.id);
    }
    return counts;
}

} // namespace twofold::core
