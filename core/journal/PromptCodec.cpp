#include "journal/PromptCodec.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "storage/PromptStore.h"

#include <QCoreApplication>

namespace twofold::core::prompt_codec {

namespace {

crypto::SealContext sharedContext(const char* table, const char* column, const QString& uuid, const QString& author,
                                  const QString& subject) {
    return crypto::SealContext{QString::fromLatin1(table),
                               QString::fromLatin1(column),
                               uuid,
                               author,
                               QStringLiteral("shared"),
                               QString(),
                               subject};
}

QString promptUuidOf(Journal& journal, const storage::AnswerRow& row) {
    return storage::PromptStore(internals(journal).database()).uuidOf(row.promptId);
}

QString partnerName(const Journal& journal, const QString& partnerId) {
    const auto partner = journal.findPartner(partnerId);
    return partner ? partner->name : QStringLiteral("?");
}

} // namespace

crypto::SealContext answerContext(const QString& answerUuid, const QString& authorUuid, const QString& promptUuid) {
    return sharedContext("answer", "body", answerUuid, authorUuid, QStringLiteral("prompt=") + promptUuid);
}

crypto::SealContext promptTextContext(const storage::PromptRow& row, const QString& authorUuid) {
    return sharedContext("prompt", "text", row.uuid, authorUuid,
                         QStringLiteral("theme=%1;depth=%2").arg(row.theme, row.depth));
}

crypto::SealContext choiceContext(const storage::ThemeChoiceRow& row, const QString& partnerUuid) {
    return sharedContext("theme_choice", "choice", row.uuid, partnerUuid, QStringLiteral("theme=") + row.theme);
}

QByteArray sealAnswer(Journal& journal, const storage::AnswerRow& row, const QString& text) {
    return internals(journal).vault().sealText(
        Visibility::Shared, text,
        answerContext(row.uuid, internals(journal).partnerIdForRow(row.authorId), promptUuidOf(journal, row)));
}

Result<Answer> openAnswer(Journal& journal, const storage::AnswerRow& row) {
    Answer a;
    a.id = row.uuid;
    a.created = QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    a.authorId = internals(journal).partnerIdForRow(row.authorId);
    if (a.authorId.isEmpty()) {
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("PromptCodec", "Answer %1 names no partner of this journal.").arg(row.uuid));
    }
    a.authorName = partnerName(journal, a.authorId);
    a.answered = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    if (row.importedBy) {
        a.importedById = internals(journal).partnerIdForRow(*row.importedBy);
        a.importedByName = partnerName(journal, a.importedById);
    }
    auto text = internals(journal).vault().openText(Visibility::Shared, row.body,
                                                    answerContext(row.uuid, a.authorId, promptUuidOf(journal, row)));
    if (!text) {
        return text.error();
    }
    a.text = *text;
    return a;
}

QByteArray sealPromptText(Journal& journal, const storage::PromptRow& row, const QString& text) {
    const QString author = row.authorId ? internals(journal).partnerIdForRow(*row.authorId) : QString();
    return internals(journal).vault().sealText(Visibility::Shared, text, promptTextContext(row, author));
}

Result<QString> openPromptText(Journal& journal, const storage::PromptRow& row) {
    const QString author = row.authorId ? internals(journal).partnerIdForRow(*row.authorId) : QString();
    return internals(journal).vault().openText(Visibility::Shared, row.text, promptTextContext(row, author));
}

QByteArray sealChoice(Journal& journal, const storage::ThemeChoiceRow& row, ThemeChoice choice) {
    return internals(journal).vault().sealText(Visibility::Shared, toString(choice),
                                               choiceContext(row, internals(journal).partnerIdForRow(row.partnerId)));
}

Result<ThemeChoice> openChoice(Journal& journal, const storage::ThemeChoiceRow& row) {
    auto text = internals(journal).vault().openText(
        Visibility::Shared, row.choice, choiceContext(row, internals(journal).partnerIdForRow(row.partnerId)));
    if (!text) {
        return text.error();
    }
    const auto choice = themeChoiceFromString(*text);
    if (!choice) {
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("PromptCodec", "The theme choice %1 is damaged.").arg(row.uuid));
    }
    return *choice;
}

} // namespace twofold::core::prompt_codec

namespace twofold::core {

// Everything in these tables is shared writing, so every reader's keys open
// all of it, tombstoned rows included.

void collectPromptSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    for (const storage::PromptRow& row : storage::PromptStore(internals(journal).database()).customRows()) {
        if (row.text.isNull()) {
            continue;
        }
        const QString author = row.authorId ? internals(journal).partnerIdForRow(*row.authorId) : QString();
        out.push_back(SealedValue{QStringLiteral("prompt"), QStringLiteral("text"), row.id, Visibility::Shared,
                                  prompt_codec::promptTextContext(row, author), row.text,
                                  QStringLiteral("custom prompt (%1)").arg(row.uuid)});
    }
}

namespace {

void appendAnswerValue(Journal& journal, const storage::AnswerRow& row, const QString& promptKey,
                       const QString& promptUuid, std::vector<SealedValue>& out) {
    const QString author = internals(journal).partnerIdForRow(row.authorId);
    out.push_back(SealedValue{QStringLiteral("answer"), QStringLiteral("body"), row.id, Visibility::Shared,
                              prompt_codec::answerContext(row.uuid, author, promptUuid), row.body,
                              QStringLiteral("answer to prompt %1 by %2 (%3)")
                                  .arg(promptKey, prompt_codec::partnerName(journal, author), row.uuid)});
}

} // namespace

void collectAnswerSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    QHash<qint64, QString> keys;
    QHash<qint64, QString> uuids;
    for (const storage::PromptRow& row : storage::PromptStore(internals(journal).database()).all()) {
        keys.insert(row.id, row.key);
        uuids.insert(row.id, row.uuid);
    }
    for (const storage::AnswerRow& row : storage::AnswerStore(internals(journal).database()).allRows()) {
        appendAnswerValue(journal, row, keys.value(row.promptId), uuids.value(row.promptId), out);
    }
}

void collectAnswerRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out) {
    const auto row = storage::AnswerStore(internals(journal).database()).byId(rowId);
    if (!row) {
        return;
    }
    const auto prompt = storage::PromptStore(internals(journal).database()).byId(row->promptId);
    appendAnswerValue(journal, *row, prompt ? prompt->key : QString(), prompt ? prompt->uuid : QString(), out);
}

void collectThemeChoiceSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    for (const storage::ThemeChoiceRow& row : storage::ThemeChoiceStore(internals(journal).database()).all()) {
        const QString partner = internals(journal).partnerIdForRow(row.partnerId);
        out.push_back(SealedValue{QStringLiteral("theme_choice"), QStringLiteral("choice"), row.id, Visibility::Shared,
                                  prompt_codec::choiceContext(row, partner), row.choice,
                                  QStringLiteral("theme choice for %1 by %2 (%3)")
                                      .arg(row.theme, prompt_codec::partnerName(journal, partner), row.uuid)});
    }
}

} // namespace twofold::core
