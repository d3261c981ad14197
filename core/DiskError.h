#pragma once

#include <QString>

#include <optional>

namespace twofold::core {

// The sentence for an operating-system error that is about the disk rather
// than about the data — a full disk above all — so that people read "The disk
// is full; nothing was changed." and not "input/output error" or "cannot be
// opened". Used by storage (SQLite's own errno), exports and the open checks.
// Empty for errors that are not about the disk.
std::optional<QString> diskSentence(int systemErrno);

// The sentence for a full disk, the same everywhere.
QString diskFullSentence();

} // namespace twofold::core
