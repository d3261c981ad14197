#pragma once

#include "Result.h"

#include <QString>

namespace twofold::core {

// Checks the journal's folder and file as the operating system sees them,
// before SQLite is asked to open anything, so that each problem gets its own
// sentence rather than SQLite's "unable to open database file": a missing
// folder, a missing file, a read-only disk, a folder or file Twofold cannot
// write to (a journal is always opened for writing: WAL mode keeps its -wal
// and -shm files beside it). Reads nothing and writes nothing. Errors are
// ErrorCode::Missing or NotAJournal (the journal cannot be opened).
Result<void> checkJournalPlace(const QString& path);

} // namespace twofold::core
