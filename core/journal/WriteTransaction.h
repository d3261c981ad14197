#pragma once

#include "journal/ChangeFeed.h"
#include "storage/Statement.h"

#include <vector>

namespace twofold::core {

class Journal;

// A use case's transaction: all-or-nothing like storage::Transaction (BEGIN
// IMMEDIATE, rolled back by the destructor unless committed), and it carries
// what the use case changed to the journal's change feed — after the commit
// succeeded, never before and never after a rollback.
class WriteTransaction {
public:
    explicit WriteTransaction(Journal& journal);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction&) = delete;
    WriteTransaction& operator=(const WriteTransaction&) = delete;

    // Notes a change; reported when commit() succeeds.
    void record(Change change);
    // Notes a row the acting partner wrote: it is signed (RowSignatures)
    // just before the commit, after every write of the transaction. Code
    // without the transaction at hand (an import's lists) notes rows through
    // JournalInternals::signAtCommit.
    void sign(const QString& table, qint64 rowId);
    // Notes that too many rows changed to list (an import): every view
    // re-reads what it shows.
    void recordEverything() { m_everything = true; }
    // Commits (throws storage::SqlError, and then reports nothing), then
    // publishes the recorded changes.
    void commit();

private:
    Journal& m_journal;
    storage::Transaction m_transaction;
    std::vector<Change> m_changes;
    bool m_everything = false;
};

} // namespace twofold::core
