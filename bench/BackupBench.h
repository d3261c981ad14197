#pragma once

#include <QString>

namespace twofold::bench {

// The daily backup of a generated journal as the window makes it at unlock
// (online backup API, integrity check of the copy, fsync), the catalog, and
// a restore of that copy, each the median of three. Returns 0, or 1 after
// printing why it could not.
int measureBackups(const QString& journalPath);

} // namespace twofold::bench
