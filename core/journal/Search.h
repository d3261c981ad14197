#pragma once

#include "Result.h"
#include "search/SearchIndex.h"

#include <QString>

#include <chrono>
#include <vector>

namespace twofold::core {

class Journal;

// Full-text search over what the acting partner may read: their entries
// (shared and own private, not in the trash), and — as those kinds exist —
// prompt answers and check-in fields. The index is built in the background
// from decrypted content, kept only in memory, and dropped when the journal
// locks (also on unlock as someone else; start() again after unlocking).
//
// Must not outlive the Journal. The index reflects the journal as it was
// when start() was called; start() again to pick up later writing.
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

private:
    Journal& m_journal;
    search::SearchIndex m_index;
    int m_lockListener = 0;
};

} // namespace twofold::core
