#include "export/JsonCodec.h"

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

} // namespace twofold::core::json
