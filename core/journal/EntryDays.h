#pragma once

#include "Result.h"

#include <QDate>
#include <QString>

#include <vector>

namespace twofold::core {

class Journal;

struct EntryDay {
    QDate day;
    QString authorId;
};

// The days on which each partner wrote entries the acting partner may see
// (shared ones, and their own private ones), oldest first. Reads only what
// is in clear, so a calendar over years of writing costs one query.
Result<std::vector<EntryDay>> entryDays(Journal& journal);

} // namespace twofold::core
