#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Small helpers shared by the readers of the content files (prompt themes,
// translations, the check-in guide), so every file is judged by the same
// rules and every problem reads the same way.
namespace twofold::core::content_json {

// "The content file trust.json is malformed: <problem>."
Error bad(const QString& file, const QString& problem);

// Parses a JSON object.
Result<QJsonObject> readObject(const QByteArray& json, const QString& file);
// Parses a JSON object and checks its `format` and `version` (a version
// newer than `maxVersion` is refused rather than guessed at).
Result<QJsonObject> readDocument(const QByteArray& json, const QString& file, const QString& format, int maxVersion);

// Reads a non-empty string field into `out`; false when missing or empty.
bool text(const QJsonObject& object, const QString& key, QString& out);

} // namespace twofold::core::content_json
