#pragma once

#include "Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace twofold::core {

class Journal;

// Everything the acting partner may see, as one JSON document
// (docs/json-format.md): partners, entries (shared ones, the acting partner's
// private ones, the trash included), …. Lossless: `import json` of the
// document into a journal with the same partner names gives the same items.
class JsonExport {
public:
    explicit JsonExport(Journal& journal)
        : m_journal(journal) {}

    Result<QJsonObject> document();
    // Writes the document to a new file (mode 0600); an existing file is
    // refused. Returns the document written.
    Result<QJsonObject> writeTo(const QString& path);

private:
    // One function per list of the document.
    QJsonArray partners();
    Result<QJsonArray> entries();
    Result<QJsonArray> checkIns();
    Result<QJsonArray> customPrompts();
    Result<QJsonArray> answers();
    Result<QJsonArray> themeChoices();
    // The acting partner's favourite prompts (none for a reader).
    Result<QJsonArray> favourites();

    Journal& m_journal;
};

} // namespace twofold::core
