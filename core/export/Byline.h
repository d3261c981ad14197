#pragma once

#include <QString>

namespace twofold::core {

// How the exports and the CLI's text name a piece of writing: its author,
// or "Sam · imported by Alex" while it is kept as imported in its author's
// name (CLI.md imported_by). English, like the rest of the exports.
inline QString byline(const QString& author, const QString& importedBy) {
    return importedBy.isEmpty() ? author : QStringLiteral("%1 · imported by %2").arg(author, importedBy);
}

} // namespace twofold::core
