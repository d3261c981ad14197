#pragma once

#include "journal/Journal.h"

namespace twofold::core {

// What the use cases inside core need of a Journal beyond its public face:
// the database connection, the keys, the rows behind partners, and the
// change feed's publishing end. Only core (and its tests) include this
// header; tools/check-layers refuses it in ui/, cli/, app/ and tools/.
class JournalInternals {
public:
    explicit JournalInternals(Journal& journal)
        : m_journal(journal) {}

    storage::Database& database() const { return m_journal.database(); }
    Vault& vault() const { return m_journal.vault(); }
    // This installation's id, recorded with what it writes.
    QString deviceId() const { return m_journal.deviceId(); }
    // A partner's row id in the file, and back (0 / empty when unknown).
    qint64 partnerRowId(const QString& partnerId) const { return m_journal.partnerRowId(partnerId); }
    QString partnerIdForRow(qint64 rowId) const { return m_journal.partnerIdForRow(rowId); }
    // Reloads partners from the file (after passphrase changes).
    void reloadPartners() const { m_journal.reloadPartners(); }
    // Notes a row the acting partner wrote in the open WriteTransaction: it
    // is signed right before that commits (journal/RowSignatures.h); a
    // rollback forgets it.
    void signAtCommit(const QString& table, qint64 rowId) const { m_journal.m_toSign.emplace_back(table, rowId); }
    std::vector<std::pair<QString, qint64>>& toSign() const { return m_journal.m_toSign; }
    // Called by WriteTransaction after a commit: publishes on the feed.
    void changesCommitted(const ChangeSet& changes) const { m_journal.changesCommitted(changes); }

private:
    Journal& m_journal;
};

inline JournalInternals internals(Journal& journal) {
    return JournalInternals(journal);
}

} // namespace twofold::core
