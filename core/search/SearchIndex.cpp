#include "search/SearchIndex.h"

#include "journal/Guard.h"
#include "journal/Journal.h"
#include "search/DocumentProviders.h"
#include "search/DocumentQueue.h"
#include "search/QueryTranslator.h"
#include "search/TextSegmenter.h"
#include "storage/SearchIndexStore.h"
#include "storage/SqlError.h"

#include <QCoreApplication>

namespace twofold::core::search {

// What the worker and the owner share for one build. The worker owns the
// clone; the atomics are read by progress() while it runs.
struct SearchIndex::Build {
    std::unique_ptr<Journal> journal;
    std::atomic<bool> cancelled{false};
    std::atomic<int> indexed{0};
    std::atomic<int> total{0};
    std::atomic<int> unreadable{0};
};

SearchIndex::SearchIndex() = default;

SearchIndex::~SearchIndex() {
    clear();
}

Result<void> SearchIndex::start(const Journal& journal) {
    clear();
    auto clone = journal.cloneUnlocked();
    if (!clone) {
        return clone.error();
    }
    auto build = std::make_shared<Build>();
    build->journal = std::move(*clone);
    {
        const std::lock_guard guard(m_mutex);
        m_build = build;
        m_state = SearchState::Building;
        m_failure.reset();
        m_pending.clear();
    }
    m_worker = std::thread([this, build] { run(build); });
    return {};
}

void SearchIndex::run(std::shared_ptr<Build> build) {
    std::unique_ptr<storage::SearchIndexStore> store;
    std::optional<Error> failure;
    std::optional<Error> producerFailure;
    DocumentQueue queue;
    // Opening (decryption) in one thread, indexing in this one.
    std::thread producer([&] {
        try {
            Journal& journal = *build->journal;
            int total = 0;
            for (const DocumentProvider& provider : documentProviders()) {
                total += provider.count(journal);
            }
            build->total = total;
            const DocumentSink sink = [&](SearchDocument&& doc) {
                return !build->cancelled.load(std::memory_order_relaxed) && queue.push(std::move(doc));
            };
            for (const DocumentProvider& provider : documentProviders()) {
                build->unreadable += provider.produce(journal, sink);
                if (build->cancelled) {
                    break;
                }
            }
        } catch (const storage::SqlError& error) {
            producerFailure = errorFromSql(error);
        } catch (const std::bad_alloc&) {
            producerFailure = makeError(
                ErrorCode::Io, QCoreApplication::translate("SearchIndex", "There was not enough memory to build the "
                                                                          "search index."));
        }
        queue.close();
    });
    try {
        store = std::make_unique<storage::SearchIndexStore>();
        // One transaction for the whole load and one prepared insert reused
        // for every document.
        store->begin();
        std::vector<SearchDocument> batch;
        while (!build->cancelled && queue.pop(batch)) {
            for (const SearchDocument& doc : batch) {
                store->insert(doc);
            }
            build->indexed.fetch_add(static_cast<int>(batch.size()), std::memory_order_relaxed);
        }
    } catch (const storage::SqlError& error) {
        failure = errorFromSql(error);
    } catch (const std::bad_alloc&) {
        failure = makeError(
            ErrorCode::Io,
            QCoreApplication::translate("SearchIndex", "There was not enough memory to build the search index."));
    }
    queue.abort();
    producer.join();
    if (!failure) {
        failure = producerFailure;
    }
    if (!failure && !build->cancelled) {
        try {
            build->total = build->indexed.load();
            store->indexGroups();
            store->commit();
            store->optimize();
        } catch (const storage::SqlError& error) {
            failure = errorFromSql(error);
        } catch (const std::bad_alloc&) {
            failure = makeError(
                ErrorCode::Io,
                QCoreApplication::translate("SearchIndex", "There was not enough memory to build the search index."));
        }
    }
    // The clone's keys are wiped as soon as the build no longer needs them.
    build->journal.reset();
    const std::lock_guard guard(m_mutex);
    if (build->cancelled || m_build != build) {
        store.reset();
    } else if (failure) {
        store.reset();
        m_state = SearchState::Failed;
        m_failure = failure;
    } else {
        m_store = std::move(store);
        m_state = SearchState::Ready;
    }
    m_changed.notify_all();
}

void SearchIndex::stopWorker() {
    std::shared_ptr<Build> build;
    {
        const std::lock_guard guard(m_mutex);
        build = m_build;
    }
    if (build) {
        build->cancelled = true;
    }
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void SearchIndex::clear() {
    stopWorker();
    std::unique_ptr<storage::SearchIndexStore> dropped;
    {
        const std::lock_guard guard(m_mutex);
        dropped = std::move(m_store);
        m_build.reset();
        m_pending.clear();
        m_state = SearchState::Idle;
        m_failure.reset();
        m_changed.notify_all();
    }
    // Closing the in-memory database frees every page of plaintext.
    dropped.reset();
}

SearchState SearchIndex::state() const {
    const std::lock_guard guard(m_mutex);
    return m_state;
}

SearchProgress SearchIndex::progress() const {
    const std::lock_guard guard(m_mutex);
    if (!m_build) {
        return {};
    }
    return SearchProgress{m_build->indexed.load(), m_build->total.load(), m_build->unreadable.load()};
}

std::optional<Error> SearchIndex::failure() const {
    const std::lock_guard guard(m_mutex);
    return m_failure;
}

bool SearchIndex::waitUntilReady(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    const auto done = [this] {
        return m_state != SearchState::Building;
    };
    if (timeout.count() < 0) {
        m_changed.wait(lock, done);
    } else {
        m_changed.wait_for(lock, timeout, done);
    }
    return m_state == SearchState::Ready;
}

Result<void> SearchIndex::update(Journal& journal, const QString& kind, const QString& ref) {
    const std::lock_guard guard(m_mutex);
    if (m_state == SearchState::Building) {
        m_pending.emplace(kind, ref);
        return {};
    }
    if (!m_store) {
        return {};
    }
    try {
        applyPendingLocked(journal);
        reindexLocked(journal, kind, ref);
        return {};
    } catch (const storage::SqlError& error) {
        return errorFromSql(error);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "SearchIndex", "There was not enough memory to update the search index."));
    }
}

int SearchIndex::pendingUpdates() const {
    const std::lock_guard guard(m_mutex);
    return static_cast<int>(m_pending.size());
}

void SearchIndex::applyPendingLocked(Journal& journal) {
    while (!m_pending.empty()) {
        const auto [kind, ref] = *m_pending.begin();
        reindexLocked(journal, kind, ref);
        m_pending.erase(m_pending.begin());
    }
}

void SearchIndex::reindexLocked(Journal& journal, const QString& kind, const QString& ref) {
    const DocumentProvider* provider = providerFor(kind);
    if (!provider) {
        return;
    }
    // Read first, then write: a group that cannot be opened keeps its old
    // documents rather than vanishing from search.
    std::vector<SearchDocument> documents;
    const bool opened = provider->produceGroup(journal, ref, [&](SearchDocument&& doc) {
        documents.push_back(std::move(doc));
        return true;
    });
    if (!opened) {
        return;
    }
    m_store->begin();
    try {
        m_store->retire(kind, ref);
        for (const SearchDocument& doc : documents) {
            m_store->insert(doc);
        }
        m_store->commit();
    } catch (...) {
        m_store->rollback();
        throw;
    }
}

Result<std::vector<SearchHit>> SearchIndex::query(Journal& journal, const QString& text, int limit) {
    auto match = translateQuery(text);
    if (!match) {
        return match.error();
    }
    if (limit < 1) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("SearchIndex", "The number of results must be at least 1."));
    }
    waitUntilReady();
    const std::lock_guard guard(m_mutex);
    if (m_state == SearchState::Failed && m_failure) {
        return *m_failure;
    }
    if (!m_store) {
        return makeError(
            ErrorCode::Locked,
            QCoreApplication::translate("SearchIndex", "The search index is not built; unlock the journal first."));
    }
    try {
        applyPendingLocked(journal);
        std::vector<storage::SearchHitRow> rows = m_store->query(*match, limit);
        // The index holds no text: open each hit's group again (a handful of
        // values) and cut the snippet from that.
        std::vector<std::vector<SearchDocument>> groups;
        groups.reserve(rows.size());
        std::vector<const storage::SearchDocumentRow*> texts;
        texts.reserve(rows.size());
        for (const storage::SearchHitRow& row : rows) {
            groups.emplace_back();
            const DocumentProvider* provider = providerFor(row.kind);
            if (provider) {
                provider->produceGroup(journal, row.ref, [&](SearchDocument&& doc) {
                    if (doc.slot == row.slot) {
                        groups.back().push_back(std::move(doc));
                    }
                    return true;
                });
            }
            texts.push_back(groups.back().empty() ? nullptr : &groups.back().front());
        }
        m_store->snippets(*match, rows, texts);
        std::vector<SearchHit> hits;
        hits.reserve(rows.size());
        for (size_t i = 0; i < rows.size(); ++i) {
            storage::SearchHitRow& row = rows[i];
            SearchHit hit;
            hit.kind = row.kind;
            hit.id = row.ref;
            hit.date = QDate::fromString(row.day, Qt::ISODate);
            hit.author = row.author;
            hit.snippet = removeSegmentation(row.snippet).simplified();
            // Opened again just now through the reading use case, which
            // checked the signature; a hit that could not be opened again
            // cannot be shown as anyone's for sure.
            const SearchDocument* opened = groups[i].empty() ? nullptr : &groups[i].front();
            hit.importedBy = opened ? opened->importedBy : QString();
            hit.authorship = opened ? opened->authorship.value_or(Authorship::Unverified) : Authorship::Unverified;
            hits.push_back(std::move(hit));
        }
        // Wipe the decrypted texts as far as Qt's strings allow.
        for (auto& group : groups) {
            for (SearchDocument& doc : group) {
                doc.title.fill(QChar(0));
                doc.body.fill(QChar(0));
                doc.tags.fill(QChar(0));
            }
        }
        return hits;
    } catch (const storage::SqlError& error) {
        // The translator only emits valid FTS5; should FTS5 still refuse an
        // expression, the person gets a sentence rather than SQL.
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SearchIndex", "This search cannot be run: %1").arg(error.message()));
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("SearchIndex", "There was not enough memory to search."));
    }
}

} // namespace twofold::core::search
