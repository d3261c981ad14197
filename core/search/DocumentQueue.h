#pragma once

#include "search/DocumentProviders.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace twofold::core::search {

// Hands documents from the thread that opens them (decryption) to the
// thread that indexes them (FTS5), in batches, so the two halves of an
// index build run on two cores. Bounded, so a fast producer cannot pile
// up plaintext in memory.
class DocumentQueue {
public:
    explicit DocumentQueue(size_t batchSize = 64, size_t maxBatches = 16)
        : m_batchSize(batchSize)
        , m_maxBatches(maxBatches) {}

    // Producer side. False once the consumer gave up (abort()).
    bool push(SearchDocument&& doc) {
        m_filling.push_back(std::move(doc));
        if (m_filling.size() < m_batchSize) {
            return true;
        }
        return flush();
    }
    // The producer is done; the consumer drains what is left.
    void close() {
        flush();
        const std::lock_guard guard(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    // Consumer side. Waits for the next batch; false when the producer
    // closed the queue and everything was taken.
    bool pop(std::vector<SearchDocument>& batch) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_closed; });
        if (m_batches.empty()) {
            return false;
        }
        batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return true;
    }
    // The consumer stops taking documents (cancelled or failed): the
    // producer's next push returns false and what is queued is dropped.
    void abort() {
        const std::lock_guard guard(m_mutex);
        m_aborted = true;
        m_batches.clear();
        m_changed.notify_all();
    }

private:
    bool flush() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_batches.size() < m_maxBatches || m_aborted; });
        if (m_aborted) {
            m_filling.clear();
            return false;
        }
        if (!m_filling.empty()) {
            m_batches.push_back(std::move(m_filling));
            m_filling = {};
            m_filling.reserve(m_batchSize);
            m_changed.notify_all();
        }
        return true;
    }

    const size_t m_batchSize;
    const size_t m_maxBatches;
    std::vector<SearchDocument> m_filling; // the producer's own, no lock
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<SearchDocument>> m_batches;
    bool m_closed = false;
    bool m_aborted = false;
};

} // namespace twofold::core::search
