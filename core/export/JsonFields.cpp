#include "export/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <cmath>

namespace twofold::core::json_fields {

namespace {

Error invalid(const QString& where, const QString& key, const QString& what) {
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: \"%2\" %3.").arg(where, key, what));
}

bool absent(const QJsonValue& value) {
    return value.isUndefined() || value.isNull();
}

} // namespace

Error notAnObject(const QString& where) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("JsonFields", "%1 is not a JSON object.").arg(where));
}

Result<QString> requiredString(const QJsonObject& item, const QString& key, const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return invalid(where, key, QStringLiteral("is missing"));
    }
    if (!value.isString()) {
        return invalid(where, key, QStringLiteral("must be a string"));
    }
    return value.toString();
}

Result<std::optional<QString>> optionalString(const QJsonObject& item, const QString& key, const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return std::optional<QString>();
    }
    if (!value.isString()) {
        return invalid(where, key, QStringLiteral("must be a string or null"));
    }
    return std::optional<QString>(value.toString());
}

Result<QDate> requiredDay(const QJsonObject& item, const QString& key, const QString& where) {
    auto text = requiredString(item, key, where);
    if (!text) {
        return text.error();
    }
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate day = QDate::fromString(*text, Qt::ISODate);
    if (!shape.match(*text).hasMatch() || !day.isValid()) {
        return invalid(where, key, QStringLiteral("must be an existing day written YYYY-MM-DD, not '%1'").arg(*text));
    }
    return day;
}

Result<std::optional<QDateTime>> optionalTime(const QJsonObject& item, const QString& key, const QString& where) {
    auto text = optionalString(item, key, where);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return std::optional<QDateTime>();
    }
    // A date and a time are both required: "2026-11-25T21:10:48.123Z".
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}"));
    const QDateTime time = QDateTime::fromString(**text, Qt::ISODateWithMs);
    if (!shape.match(**text).hasMatch() || !time.isValid()) {
        return invalid(where, key, QStringLiteral("must be an ISO 8601 date and time, not '%1'").arg(**text));
    }
    return std::optional<QDateTime>(time.toUTC());
}

Result<std::optional<int>> optionalInt(const QJsonObject& item, const QString& key, int min, int max,
                                       const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return std::optional<int>();
    }
    const double number = value.toDouble(std::nan(""));
    if (!value.isDouble() || std::floor(number) != number || number < min || number > max) {
        return invalid(where, key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
    }
    return std::optional<int>(static_cast<int>(number));
}

Result<std::optional<bool>> optionalBool(const QJsonObject& item, const QString& key, const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return std::optional<bool>();
    }
    if (!value.isBool()) {
        return invalid(where, key, QStringLiteral("must be true or false"));
    }
    return std::optional<bool>(value.toBool());
}

Result<std::optional<QStringList>> optionalStringList(const QJsonObject& item, const QString& key,
                                                      const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return std::optional<QStringList>();
    }
    if (!value.isArray()) {
        return invalid(where, key, QStringLiteral("must be a list of strings"));
    }
    QStringList list;
    for (const QJsonValue& element : value.toArray()) {
        if (!element.isString()) {
            return invalid(where, key, QStringLiteral("must be a list of strings"));
        }
        list.append(element.toString());
    }
    return std::optional<QStringList>(list);
}

Result<std::optional<QString>> optionalUuid(const QJsonObject& item, const QString& key, const QString& where) {
    auto text = optionalString(item, key, where);
    if (!text) {
        return text.error();
    }
    if (!*text) {
        return std::optional<QString>();
    }
    const QUuid uuid = QUuid::fromString(**text);
    if (uuid.isNull()) {
        return invalid(where, key, QStringLiteral("must be a UUID, not '%1'").arg(**text));
    }
    return std::optional<QString>(uuid.toString(QUuid::WithoutBraces));
}

Result<std::optional<QJsonObject>> optionalObject(const QJsonObject& item, const QString& key, const QString& where) {
    const QJsonValue value = item.value(key);
    if (absent(value)) {
        return std::optional<QJsonObject>();
    }
    if (!value.isObject()) {
        return invalid(where, key, QStringLiteral("must be a JSON object"));
    }
    return std::optional<QJsonObject>(value.toObject());
}

} // namespace twofold::core::json_fields
