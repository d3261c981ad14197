#pragma once

#include "Result.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace twofold::core::foreign_fields {

// The small shared vocabulary of the jrnl and Day One readers: a JSON object
// with an "entries" list, and the tags of one entry.

// The document's root object with an "entries" list; `what` names the
// expected format in the refusal ("a jrnl JSON export").
Result<QJsonObject> rootWithEntries(const QByteArray& json, const QString& what);

// An entry's "tags" (absent or null: none) and "starred" (absent, null or
// false: not starred, true: the tag "starred"). `stripSymbols` are removed
// from the start of each tag (jrnl writes "@work").
Result<QStringList> tagsOf(const QJsonObject& entry, const QString& where, const QString& stripSymbols = {});

} // namespace twofold::core::foreign_fields
