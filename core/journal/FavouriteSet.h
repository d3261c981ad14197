#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

namespace twofold::core {

class Journal;

// One partner's favourite prompts as stored: read and written whole, sealed
// with that partner's private-content key. Shared by the Favourites use
// case and the JSON import, which writes inside its own transaction. Only
// the unlocked partner's own set can be read or written.
namespace favourite_set {

// The acting partner's stored set (ids as written, live or not); empty when
// they have none yet. Throws storage::SqlError.
Result<QSet<QString>> read(Journal& journal);
// Replaces the acting partner's set. Call inside a write transaction.
// Throws storage::SqlError.
void write(Journal& journal, const QSet<QString>& ids);

} // namespace favourite_set
} // namespace twofold::core
