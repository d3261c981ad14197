#pragma once

#include "Result.h"
#include "journal/ChangeFeed.h"
#include "search/SearchIndex.h"

#include <QString>

#include <chrono>
#include <utility>
#include <vector>

namespace twofold::core {

class Journal;

// Full-text search over what the acting partner may read: their entries
// (shared and own private, not in the trash), and — as those kinds exist —
// prompt answers and check-in fields. The index is built in the background
// from decrypted content, kept only in memory, and dropped when the journal
// locks (also on unlock as someone else; start() again after unlocking).
//
// Must not outlive the Journal. Once built, the index follows the journal's
// change feed document by document — this process's writing at once,
// another process's once Journal::pollExternalChanges() notices it — and is
// built in full again only after a bulk change (an import).
class Search {
public:
    explicit Search(Journal& journal);
    ~Search();
    Search(const Search&) = delete;
    Search& operator=(const Search&) = delete;

    // Starts building the index in a worker thread and returns at once.
    // Locked when the journal is locked.
    Result<void> start();
    bool isReady() const { return m_index.state() == search::SearchState::Ready; }
    search::SearchProgress progress() const { return m_index.progress(); }
    // True when the index is ready within the timeout (negative: no limit).
    bool waitUntilReady(std::chrono::milliseconds timeout = std::chrono::milliseconds(-1)) {
        return m_index.waitUntilReady(timeout);
    }
    // Stops a build and drops the index.
    void cancel() { m_index.clear(); }

    // Best matches first, at most `limit` (1…1000). Starts the build when
    // none is running and waits for it. See QueryTranslator.h for the query
    // language; a malformed query fails with InvalidArgument.
    Result<std::vector<search::SearchHit>> query(const QString& text, int limit = kDefaultLimit);

    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 1000;

    // Groups (kind, ref) that one change set touches in the index.
    static std::vector<std::pair<QString, QString>> groupsOf(const ChangeSet& changes);

private:
    void follow(const ChangeSet& changes);

    Journal& m_journal;
    search::SearchIndex m_index;
    int m_lockListener = 0;
    int m_feedListener = 0;
};

} // namespace twofold::core
