#include "journal/Search.h"

#include "journal/Guard.h"
#include "journal/Journal.h"
#include "search/QueryTranslator.h"

namespace twofold::core {

Search::Search(Journal& journal)
    : m_journal(journal) {
    // Plaintext must not outlive the keys: locking drops the index.
    m_lockListener = m_journal.addLockListener([this] { m_index.clear(); });
}

Search::~Search() {
    m_journal.removeLockListener(m_lockListener);
}

Result<void> Search::start() {
    if (!m_journal.isUnlocked()) {
        return lockedError();
    }
    return m_index.start(m_journal);
}

Result<std::vector<search::SearchHit>> Search::query(const QString& text, int limit) {
    // Say what is wrong with the query before waiting for any index.
    if (auto translated = search::translateQuery(text); !translated) {
        return translated.error();
    }
    if (limit < 1 || limit > kMaxLimit) {
        return makeError(ErrorCode::InvalidArgument,
                         QStringLiteral("The number of results is from 1 to %1.").arg(kMaxLimit));
    }
    if (!m_journal.isUnlocked()) {
        return lockedError();
    }
    if (m_index.state() == search::SearchState::Idle) {
        if (auto started = start(); !started) {
            return started.error();
        }
    }
    return m_index.query(text, limit);
}

} // namespace twofold::core
