#include "journal/Search.h"

#include "journal/Guard.h"
#include "journal/Journal.h"
#include "search/QueryTranslator.h"

#include <QCoreApplication>

#include <algorithm>

namespace twofold::core {

Search::Search(Journal& journal)
    : m_journal(journal) {
    // Plaintext must not outlive the keys: locking drops the index.
    m_lockListener = m_journal.addLockListener([this] { m_index.clear(); });
    m_feedListener = m_journal.changes().subscribe([this](const ChangeSet& changes) { follow(changes); });
}

Search::~Search() {
    m_journal.changes().unsubscribe(m_feedListener);
    m_journal.removeLockListener(m_lockListener);
}

std::vector<std::pair<QString, QString>> Search::groupsOf(const ChangeSet& changes) {
    std::vector<std::pair<QString, QString>> groups;
    const auto add = [&](const char* kind, const QString& ref) {
        std::pair<QString, QString> group{QString::fromLatin1(kind), ref};
        if (std::find(groups.begin(), groups.end(), group) == groups.end()) {
            groups.push_back(std::move(group));
        }
    };
    for (const Change& change : changes.changes) {
        switch (change.kind) {
        case ChangeKind::Entry:
            add("entry", change.id);
            break;
        case ChangeKind::CheckIn:
        case ChangeKind::CheckInPart:
        case ChangeKind::Agreement:
            // A part changes what the whole week shows: the other partner's
            // part appears once both have answered.
            add("checkin", change.id);
            break;
        case ChangeKind::Answer:
        case ChangeKind::Prompt:
            add("answer", change.id);
            break;
        case ChangeKind::Draft:
        case ChangeKind::ThemeChoice:
        case ChangeKind::Favourites:
        case ChangeKind::Partner:
        case ChangeKind::Keys:
            break; // nothing searchable
        }
    }
    return groups;
}

void Search::follow(const ChangeSet& changes) {
    if (m_index.state() == search::SearchState::Idle || !m_journal.isUnlocked()) {
        return;
    }
    if (changes.everything) {
        // Too many rows to follow one by one (an import): build afresh.
        (void)start();
        return;
    }
    for (const auto& [kind, ref] : groupsOf(changes)) {
        if (!m_index.update(m_journal, kind, ref)) {
            // The in-memory index could not take the change (out of memory):
            // rather than answer from a stale index, build it again.
            (void)start();
            return;
        }
    }
}

Result<void> Search::start() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return m_index.start(m_journal);
}

Result<std::vector<search::SearchHit>> Search::query(const QString& text, int limit) {
    // Say what is wrong with the query before waiting for any index.
    if (auto translated = search::translateQuery(text); !translated) {
        return translated.error();
    }
    if (limit < 1 || limit > kMaxLimit) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Search", "The number of results is from 1 to %1.").arg(kMaxLimit));
    }
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    if (m_index.state() == search::SearchState::Idle) {
        if (auto started = start(); !started) {
            return started.error();
        }
    }
    return m_index.query(m_journal, text, limit);
}

} // namespace twofold::core
