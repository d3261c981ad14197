#include "journal/WriteTransaction.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"

namespace twofold::core {

WriteTransaction::WriteTransaction(Journal& journal)
    : m_journal(journal)
    , m_transaction(internals(journal).database()) {}

void WriteTransaction::record(Change change) {
    m_changes.push_back(std::move(change));
}

void WriteTransaction::commit() {
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
