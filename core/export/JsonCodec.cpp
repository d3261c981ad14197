#include "export/JsonCodec.h"

#include "journal/Journal.h"

#include <QJsonArray>

namespace twofold::core::json {

QString isoTime(const QDateTime& utc) {
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue isoTimeOrNull(const std::optional<QDateTime>& utc) {
    return utc ? QJsonValue(isoTime(*utc)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const Entry& entry) {
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("date"), entry.day.toString(Qt::ISODate)},
        {QStringLiteral("author"), entry.authorName},
        {QStringLiteral("visibility"), toString(entry.visibility)},
        {QStringLiteral("title"), entry.title.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.title)},
        {QStringLiteral("text"), entry.text},
        {QStringLiteral("mood"), entry.mood ? QJsonValue(*entry.mood) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(entry.tags)},
        {QStringLiteral("created"), isoTime(entry.created)},
        {QStringLiteral("updated"), isoTime(entry.updated)},
        {QStringLiteral("imported_by"),
         entry.importedByName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.importedByName)},
    };
}

QJsonObject toJson(const Partner& partner) {
    return QJsonObject{
        {QStringLiteral("name"), partner.name},
        {QStringLiteral("protected"), partner.isProtected},
    };
}

QJsonObject toExportJson(const Partner& partner) {
    QJsonObject object = toJson(partner);
    object.insert(QStringLiteral("id"), partner.id);
    return object;
}

QJsonObject toExportJson(const Entry& entry) {
    QJsonObject object = toJson(entry);
    object.insert(QStringLiteral("deleted"), isoTimeOrNull(entry.deleted));
    return object;
}

namespace {

QJsonValue textOrNull(const std::optional<QString>& text) {
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}

QJsonObject partToJson(const CheckInPart& part) {
    QJsonObject ratings;
    for (const QString& key : checkInRatingKeys()) {
        const auto it = part.ratings.constFind(key);
        ratings.insert(key, it != part.ratings.constEnd() ? QJsonValue(it.value()) : QJsonValue(QJsonValue::Null));
    }
    QJsonObject fields;
    for (const QString& key : checkInFieldKeys()) {
        const auto it = part.fields.constFind(key);
        fields.insert(key, it != part.fields.constEnd() ? QJsonValue(it.value()) : QJsonValue(QJsonValue::Null));
    }
    return QJsonObject{
        {QStringLiteral("ratings"), ratings},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("submitted"), isoTimeOrNull(part.submitted)},
        {QStringLiteral("imported_by"),
         part.importedByName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(part.importedByName)},
    };
}

} // namespace

QJsonObject toJson(const CheckIn& checkIn, const Journal& journal, bool withId) {
    QJsonObject parts;
    for (const CheckInPart& part : checkIn.parts) {
        parts.insert(part.authorName, partToJson(part));
    }
    QJsonArray answeredBy;
    for (const QString& id : checkIn.submittedBy) {
        if (const auto partner = journal.findPartner(id)) {
            answeredBy.append(partner->name);
        }
    }
    QJsonObject object{
        {QStringLiteral("week"), checkIn.week},
        {QStringLiteral("parts"), parts},
        {QStringLiteral("agreements"), textOrNull(checkIn.agreements)},
        {QStringLiteral("previous_agreements"), textOrNull(checkIn.previousAgreements)},
        {QStringLiteral("revealed"), checkIn.revealed},
        {QStringLiteral("answered_by"), answeredBy},
        {QStringLiteral("agreements_by"),
         checkIn.agreementsByName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(checkIn.agreementsByName)},
    };
    if (withId) {
        object.insert(QStringLiteral("id"), checkIn.id);
    }
    return object;
}

QJsonObject toExportJson(const CheckIn& checkIn, const Journal& journal) {
    QJsonObject object = toJson(checkIn, journal, true);
    object.insert(QStringLiteral("created"), isoTime(checkIn.created));
    object.insert(QStringLiteral("updated"), isoTime(checkIn.updated));
    QJsonObject parts = object.value(QStringLiteral("parts")).toObject();
    for (const CheckInPart& part : checkIn.parts) {
        QJsonObject p = parts.value(part.authorName).toObject();
        p.insert(QStringLiteral("updated"), isoTime(part.updated));
        parts.insert(part.authorName, p);
    }
    object.insert(QStringLiteral("parts"), parts);
    return object;
}

} // namespace twofold::core::json
