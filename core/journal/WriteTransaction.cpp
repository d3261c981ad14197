#include "journal/WriteTransaction.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"

#include <algorithm>

namespace twofold::core {

WriteTransaction::WriteTransaction(Journal& journal)
    : m_journal(journal)
    , m_transaction(internals(journal).database()) {
    internals(journal).toSign().clear();
}

void WriteTransaction::record(Change change) {
    m_changes.push_back(std::move(change));
}

WriteTransaction::~WriteTransaction() {
    internals(m_journal).toSign().clear(); // rolled back, or already signed
}

void WriteTransaction::sign(const QString& table, qint64 rowId) {
    internals(m_journal).signAtCommit(table, rowId);
}

void WriteTransaction::commit() {
    std::vector<RowRef> rows;
    for (const auto& [table, rowId] : internals(m_journal).toSign()) {
        const RowRef ref{table, rowId};
        if (std::find(rows.begin(), rows.end(), ref) == rows.end()) {
            rows.push_back(ref);
        }
    }
    internals(m_journal).toSign().clear();
    signRows(m_journal, rows);
    m_transaction.commit();
    ChangeSet set;
    set.changes = std::move(m_changes);
    set.everything = m_everything;
    if (set.everything) {
        set.changes.clear();
    }
    m_changes.clear();
    internals(m_journal).changesCommitted(set);
}

} // namespace twofold::core
