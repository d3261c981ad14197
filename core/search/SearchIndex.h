#pragma once

#include "Result.h"
#include "domain/Authorship.h"

#include <QDate>
#include <QString>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <thread>
#include <utility>
#include <vector>

namespace twofold::core {
class Journal;
namespace storage {
class SearchIndexStore;
}
} // namespace twofold::core

namespace twofold::core::search {

// One search result.
struct SearchHit {
    QString kind;   // "entry", "answer" or "checkin"
    QString id;     // entry id; prompt id for an answer; week YYYY-Www for a check-in
    QDate date;     // the entry's day, the answer's day, the check-in week's Monday
    QString author; // partner name
    // About a dozen words around the best match, on one line, each matched
    // term between « and » (SearchIndexStore::kMatchOpen/kMatchClose), with
    // … where the text was cut.
    QString snippet;
    // Who imported the writing in its author's name, if anyone (CLI.md
    // imported_by), and whether its signature checks: a hit is never shown
    // as its author's when it is not (issue 16).
    QString importedBy;
    Authorship authorship = Authorship::Verified;
};

struct SearchProgress {
    int indexed = 0;    // documents indexed so far
    int total = 0;      // documents to index: an estimate while building, exact when ready
    int unreadable = 0; // documents left out because they failed to open
};

enum class SearchState { Idle, Building, Ready, Failed };

// The in-memory full-text index of what one unlocked partner may read,
// built in a worker thread from a clone of the journal (its own connection
// and its own copy of the keys), so opening the journal is never blocked.
// The index and every plaintext in it live only in this object's memory and
// are dropped by clear() (on lock) and by the destructor.
//
// Thread-safe: the owner's thread starts, queries and clears; the worker
// only builds and then hands the finished index over.
class SearchIndex {
public:
    SearchIndex();
    ~SearchIndex();
    SearchIndex(const SearchIndex&) = delete;
    SearchIndex& operator=(const SearchIndex&) = delete;

    // Drops any earlier index and starts building one for the journal's
    // current partner. Fails with Locked when the journal is locked.
    Result<void> start(const Journal& journal);
    // Stops a build in progress and drops everything indexed (lock).
    void clear();

    SearchState state() const;
    SearchProgress progress() const;
    // Why the last build failed (state() == Failed).
    std::optional<Error> failure() const;
    // Waits until the build finished (or failed, or was cleared); true when
    // the index is ready. A negative timeout waits as long as it takes.
    bool waitUntilReady(std::chrono::milliseconds timeout = std::chrono::milliseconds(-1));

    // Brings one group of documents up to date after a change — one entry,
    // one week's check-in, one prompt's answers: kind and ref as a hit names
    // them — by indexing what `journal`'s acting partner may read of it now.
    // Document by document, never a rebuild. While a build runs, the group
    // waits and is brought up to date when the build is ready (at the next
    // update or query). A no-op when no index was started.
    Result<void> update(Journal& journal, const QString& kind, const QString& ref);
    // Groups waiting for a build to finish.
    int pendingUpdates() const;

    // Best matches first, at most `limit`, each with a snippet cut from the
    // text decrypted from `journal` for the few hits returned (the index
    // holds no text). Malformed queries fail with InvalidArgument. Waits for
    // a build in progress; fails with Locked when no index was started (or
    // it was cleared).
    Result<std::vector<SearchHit>> query(Journal& journal, const QString& text, int limit);

private:
    struct Build;
    void run(std::shared_ptr<Build> build);
    void stopWorker();
    // With m_mutex held and m_store ready. Throws storage::SqlError.
    void applyPendingLocked(Journal& journal);
    void reindexLocked(Journal& journal, const QString& kind, const QString& ref);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_worker;
    std::shared_ptr<Build> m_build; // the current build's shared state
    std::unique_ptr<storage::SearchIndexStore> m_store;
    SearchState m_state = SearchState::Idle;
    std::optional<Error> m_failure;
    std::set<std::pair<QString, QString>> m_pending; // (kind, ref) changed during a build
};

} // namespace twofold::core::search
