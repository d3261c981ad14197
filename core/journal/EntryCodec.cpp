#include "journal/EntryCodec.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace twofold::core::entry_codec {

crypto::SealContext contextFor(const storage::EntryRow& row, const QString& authorUuid, const char* column) {
    return crypto::SealContext{
        QStringLiteral("entry"), QString::fromLatin1(column), row.uuid, authorUuid, row.visibility, row.day, QString()};
}

void sealInto(Journal& journal, const Entry& entry, storage::EntryRow& row) {
    row.uuid = entry.id;
    row.authorId = internals(journal).partnerRowId(entry.authorId);
    row.day = entry.day.toString(Qt::ISODate);
    row.visibility = toString(entry.visibility);
    const Vault& vault = internals(journal).vault();
    const Visibility v = entry.visibility;
    // Title, mood and tags are sealed even when empty, so the file does not
    // tell which entries have none (v1 files may still hold NULL there).
    row.title = vault.sealText(v, entry.title, contextFor(row, entry.authorId, "title"));
    row.body = vault.sealText(v, entry.text, contextFor(row, entry.authorId, "body"));
    row.mood = vault.sealText(v, entry.mood ? QString::number(*entry.mood) : QString(),
                              contextFor(row, entry.authorId, "mood"));
    row.tags = vault.seal(v, QJsonDocument(QJsonArray::fromStringList(entry.tags)).toJson(QJsonDocument::Compact),
                          contextFor(row, entry.authorId, "tags"));
}

Result<Entry> open(Journal& journal, const storage::EntryRow& row) {
    Entry e;
    e.id = row.uuid;
    e.authorId = internals(journal).partnerIdForRow(row.authorId);
    if (const auto author = journal.findPartner(e.authorId)) {
        e.authorName = author->name;
    }
    if (row.importedBy) {
        e.importedById = internals(journal).partnerIdForRow(*row.importedBy);
        if (const auto importer = journal.findPartner(e.importedById)) {
            e.importedByName = importer->name;
        }
    }
    e.day = QDate::fromString(row.day, Qt::ISODate);
    const auto visibility = visibilityFromString(row.visibility);
    if (!visibility || !e.day.isValid() || e.authorId.isEmpty()) {
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("EntryCodec", "Entry %1 has damaged fields in clear.").arg(row.uuid));
    }
    e.visibility = *visibility;
    e.created = QDateTime::fromMSecsSinceEpoch(row.created, Qt::UTC);
    e.updated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    if (row.deletedAt) {
        e.deleted = QDateTime::fromMSecsSinceEpoch(*row.deletedAt, Qt::UTC);
    }
    const Vault& vault = internals(journal).vault();
    auto body = vault.openText(e.visibility, row.body, contextFor(row, e.authorId, "body"));
    if (!body) {
        return body.error();
    }
    e.text = *body;
    if (!row.title.isNull()) {
        auto title = vault.openText(e.visibility, row.title, contextFor(row, e.authorId, "title"));
        if (!title) {
            return title.error();
        }
        e.title = *title;
    }
    if (!row.mood.isNull()) {
        auto mood = vault.openText(e.visibility, row.mood, contextFor(row, e.authorId, "mood"));
        if (!mood) {
            return mood.error();
        }
        if (!mood->isEmpty()) { // empty: sealed "no mood"
            e.mood = mood->toInt();
        }
    }
    if (!row.tags.isNull()) {
        auto tags = vault.open(e.visibility, row.tags, contextFor(row, e.authorId, "tags"));
        if (!tags) {
            return tags.error();
        }
        for (const auto& tag : QJsonDocument::fromJson(*tags).array()) {
            e.tags.append(tag.toString());
        }
    }
    return e;
}

Result<std::optional<int>> openMood(Journal& journal, const storage::EntryRow& row) {
    if (row.mood.isNull()) {
        return std::optional<int>();
    }
    const auto visibility = visibilityFromString(row.visibility);
    const QString author = internals(journal).partnerIdForRow(row.authorId);
    if (!visibility || author.isEmpty()) {
        return makeError(
            ErrorCode::Tampered,
            QCoreApplication::translate("EntryCodec", "Entry %1 has damaged fields in clear.").arg(row.uuid));
    }
    auto mood = internals(journal).vault().openText(*visibility, row.mood, contextFor(row, author, "mood"));
    if (!mood) {
        return mood.error();
    }
    return mood->isEmpty() ? std::optional<int>() : std::optional<int>(mood->toInt());
}

} // namespace twofold::core::entry_codec

namespace twofold::core {

namespace {

void appendEntryValues(Journal& journal, const storage::EntryRow& row, std::vector<SealedValue>& out) {
    const auto acting = journal.actingPartner();
    {
        const QString authorId = internals(journal).partnerIdForRow(row.authorId);
        const bool mine = acting && acting->id == authorId;
        if (row.visibility != QLatin1String("shared") && !mine) {
            return;
        }
        const auto author = journal.findPartner(authorId);
        const QString label =
            QStringLiteral("entry %1 by %2 (%3)").arg(row.day, author ? author->name : QStringLiteral("?"), row.uuid);
        const Visibility visibility =
            row.visibility == QLatin1String("shared") ? Visibility::Shared : Visibility::Private;
        const std::pair<const char*, const QByteArray*> columns[] = {
            {"title", &row.title}, {"body", &row.body}, {"mood", &row.mood}, {"tags", &row.tags}};
        for (const auto& [column, blob] : columns) {
            if (blob->isNull()) {
                continue;
            }
            out.push_back(SealedValue{QStringLiteral("entry"), QString::fromLatin1(column), row.id, visibility,
                                      entry_codec::contextFor(row, authorId, column), *blob, label});
        }
    }
}

} // namespace

void collectEntrySealedValues(Journal& journal, std::vector<SealedValue>& out) {
    for (const storage::EntryRow& row : storage::EntryStore(internals(journal).database()).allRows()) {
        appendEntryValues(journal, row, out);
    }
}

void collectEntryRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out) {
    if (const auto row = storage::EntryStore(internals(journal).database()).byId(rowId)) {
        appendEntryValues(journal, *row, out);
    }
}

} // namespace twofold::core
