#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace twofold::core::json_fields {

// Typed, strict reads of one field of an imported item. `where` names the
// item for people ("entry 3"); errors are InvalidArgument with one sentence
// that names the item and the field. "Optional" fields may be absent or null.

Result<QString> requiredString(const QJsonObject& item, const QString& key, const QString& where);
Result<std::optional<QString>> optionalString(const QJsonObject& item, const QString& key, const QString& where);
// A calendar day written YYYY-MM-DD that exists.
Result<QDate> requiredDay(const QJsonObject& item, const QString& key, const QString& where);
// An ISO 8601 date and time (as exported: UTC with milliseconds), in UTC.
Result<std::optional<QDateTime>> optionalTime(const QJsonObject& item, const QString& key, const QString& where);
// A whole number from min to max.
Result<std::optional<int>> optionalInt(const QJsonObject& item, const QString& key, int min, int max,
                                       const QString& where);
Result<std::optional<bool>> optionalBool(const QJsonObject& item, const QString& key, const QString& where);
Result<std::optional<QStringList>> optionalStringList(const QJsonObject& item, const QString& key,
                                                      const QString& where);
// A UUID, returned in the journal's form (lower case, without braces).
Result<std::optional<QString>> optionalUuid(const QJsonObject& item, const QString& key, const QString& where);

Result<std::optional<QJsonObject>> optionalObject(const QJsonObject& item, const QString& key, const QString& where);

// The error for an item that is not an object.
Error notAnObject(const QString& where);

} // namespace twofold::core::json_fields
