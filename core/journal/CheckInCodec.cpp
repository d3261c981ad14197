#include "journal/CheckInCodec.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace twofold::core::checkin_codec {

namespace {

const QString kShared = QStringLiteral("shared");

Result<QJsonObject> openObject(Journal& journal, const QByteArray& sealed, const crypto::SealContext& context) {
    auto bytes = internals(journal).vault().open(Visibility::Shared, sealed, context);
    if (!bytes) {
        return bytes.error();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes);
    if (!doc.isObject()) {
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("CheckInCodec", "The check-in of %1 holds damaged %2.")
                             .arg(context.period, context.column));
    }
    return doc.object();
}

} // namespace

crypto::SealContext partContext(const storage::CheckInPartRow& row, const QString& authorUuid, const QString& week,
                                const char* column) {
    return crypto::SealContext{
        QStringLiteral("checkin_part"), QString::fromLatin1(column), row.uuid, authorUuid, kShared, week, QString()};
}

crypto::SealContext agreementsContext(const storage::CheckInRow& row, const QString& authorUuid) {
    return crypto::SealContext{
        QStringLiteral("checkin"), QStringLiteral("agreements"), row.uuid, authorUuid, kShared, row.week, QString()};
}

void sealPart(Journal& journal, const QString& week, const CheckInAnswer& answer, storage::CheckInPartRow& row) {
    const QString author = internals(journal).partnerIdForRow(row.authorId);
    const Vault& vault = internals(journal).vault();
    if (answer.ratings.isEmpty()) {
        row.ratings = QByteArray();
    } else {
        QJsonObject ratings;
        for (auto it = answer.ratings.cbegin(); it != answer.ratings.cend(); ++it) {
            ratings.insert(it.key(), it.value());
        }
        row.ratings = vault.seal(Visibility::Shared, QJsonDocument(ratings).toJson(QJsonDocument::Compact),
                                 partContext(row, author, week, "ratings"));
    }
    if (answer.fields.isEmpty()) {
        row.fields = QByteArray();
    } else {
        QJsonObject fields;
        for (auto it = answer.fields.cbegin(); it != answer.fields.cend(); ++it) {
            fields.insert(it.key(), it.value());
        }
        row.fields = vault.seal(Visibility::Shared, QJsonDocument(fields).toJson(QJsonDocument::Compact),
                                partContext(row, author, week, "fields"));
    }
}

Result<QMap<QString, int>> openRatings(Journal& journal, const QString& week, const storage::CheckInPartRow& row) {
    QMap<QString, int> ratings;
    if (row.ratings.isNull()) {
        return ratings;
    }
    const QString author = internals(journal).partnerIdForRow(row.authorId);
    auto object = openObject(journal, row.ratings, partContext(row, author, week, "ratings"));
    if (!object) {
        return object.error();
    }
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        ratings.insert(it.key(), it.value().toInt());
    }
    return ratings;
}

Result<CheckInPart> openPart(Journal& journal, const QString& week, const storage::CheckInPartRow& row) {
    CheckInPart part;
    part.id = row.uuid;
    part.authorId = internals(journal).partnerIdForRow(row.authorId);
    if (part.authorId.isEmpty()) {
        return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                                  "CheckInCodec", "A part of the check-in of %1 has an unknown author.")
                                                  .arg(week));
    }
    if (const auto author = journal.findPartner(part.authorId)) {
        part.authorName = author->name;
    }
    if (row.importedBy) {
        part.importedById = internals(journal).partnerIdForRow(*row.importedBy);
        if (const auto importer = journal.findPartner(part.importedById)) {
            part.importedByName = importer->name;
        }
    }
    if (row.submittedAt) {
        part.submitted = QDateTime::fromMSecsSinceEpoch(*row.submittedAt, Qt::UTC);
    }
    part.updated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    auto ratings = openRatings(journal, week, row);
    if (!ratings) {
        return ratings.error();
    }
    part.ratings = *ratings;
    if (!row.fields.isNull()) {
        auto fields = openObject(journal, row.fields, partContext(row, part.authorId, week, "fields"));
        if (!fields) {
            return fields.error();
        }
        for (auto it = fields->constBegin(); it != fields->constEnd(); ++it) {
            part.fields.insert(it.key(), it.value().toString());
        }
    }
    return part;
}

QByteArray sealAgreements(Journal& journal, const storage::CheckInRow& row, const QString& authorUuid,
                          const QString& text) {
    return internals(journal).vault().sealText(Visibility::Shared, text, agreementsContext(row, authorUuid));
}

Result<std::optional<QString>> openAgreements(Journal& journal, const storage::CheckInRow& row) {
    if (row.agreements.isNull()) {
        return std::optional<QString>();
    }
    const QString author = row.agreementsBy ? internals(journal).partnerIdForRow(*row.agreementsBy) : QString();
    auto text = internals(journal).vault().openText(Visibility::Shared, row.agreements, agreementsContext(row, author));
    if (!text) {
        return text.error();
    }
    return std::optional<QString>(*text);
}

} // namespace twofold::core::checkin_codec

namespace twofold::core {

namespace {

void appendAgreementsValue(Journal& journal, const storage::CheckInRow& row, std::vector<SealedValue>& out) {
    if (row.agreements.isNull()) {
        return;
    }
    const QString author = row.agreementsBy ? internals(journal).partnerIdForRow(*row.agreementsBy) : QString();
    out.push_back(SealedValue{QStringLiteral("checkin"), QStringLiteral("agreements"), row.id, Visibility::Shared,
                              checkin_codec::agreementsContext(row, author), row.agreements,
                              QStringLiteral("agreements of the check-in of %1 (%2)").arg(row.week, row.uuid)});
}

void appendPartValues(Journal& journal, const storage::CheckInPartRow& row, const QString& week,
                      std::vector<SealedValue>& out) {
    const QString authorId = internals(journal).partnerIdForRow(row.authorId);
    const auto author = journal.findPartner(authorId);
    const QString label =
        QStringLiteral("check-in of %1 by %2 (%3)").arg(week, author ? author->name : QStringLiteral("?"), row.uuid);
    const std::pair<const char*, const QByteArray*> columns[] = {{"ratings", &row.ratings}, {"fields", &row.fields}};
    for (const auto& [column, blob] : columns) {
        if (blob->isNull()) {
            continue;
        }
        out.push_back(SealedValue{QStringLiteral("checkin_part"), QString::fromLatin1(column), row.id,
                                  Visibility::Shared, checkin_codec::partContext(row, authorId, week, column), *blob,
                                  label});
    }
}

} // namespace

void collectCheckInSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    // All check-in writing is shared, so every reader's keys open all of it,
    // tombstoned rows included.
    storage::CheckInStore store(internals(journal).database());
    QHash<qint64, QString> weeks;
    for (const storage::CheckInRow& row : store.allRows()) {
        weeks.insert(row.id, row.week);
        appendAgreementsValue(journal, row, out);
    }
    for (const storage::CheckInPartRow& row : store.allPartRows()) {
        appendPartValues(journal, row, weeks.value(row.checkInId), out);
    }
}

void collectCheckInRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out) {
    if (const auto row = storage::CheckInStore(internals(journal).database()).byId(rowId)) {
        appendAgreementsValue(journal, *row, out);
    }
}

void collectCheckInPartRowSealedValues(Journal& journal, qint64 rowId, std::vector<SealedValue>& out) {
    storage::CheckInStore store(internals(journal).database());
    const auto part = store.partById(rowId);
    if (!part) {
        return;
    }
    const auto checkIn = store.byId(part->checkInId);
    appendPartValues(journal, *part, checkIn ? checkIn->week : QString(), out);
}

} // namespace twofold::core
