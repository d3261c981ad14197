#pragma once

#include "domain/Entry.h"
#include "domain/Partner.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>

namespace twofold::core::json {

// ISO 8601 in UTC with milliseconds, e.g. "2026-11-25T21:10:48.123Z".
QString isoTime(const QDateTime& utc);
QJsonValue isoTimeOrNull(const std::optional<QDateTime>& utc);

// The entry object of CLI.md: id, date, author, visibility, title, text,
// mood, tags, created, updated (absent values are null).
QJsonObject toJson(const Entry& entry);
// partner: name, protected.
QJsonObject toJson(const Partner& partner);

// The export document's forms (docs/json-format.md): partner + id, entry +
// deleted.
QJsonObject toExportJson(const Partner& partner);
QJsonObject toExportJson(const Entry& entry);

} // namespace twofold::core::json
