#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include <pango/pango.h>

namespace twofold::core::pdf {

// A few threads that lay out chapters, each with its own Pango font map and
// context: Pango objects never cross threads, so layout runs on both cores
// without locks. Only cairo recording surfaces (thread-safe) come back.
class LayoutPool {
public:
    explicit LayoutPool(int threads);
    ~LayoutPool(); // finishes queued work, then joins
    LayoutPool(const LayoutPool&) = delete;
    LayoutPool& operator=(const LayoutPool&) = delete;

    using Task = std::function<void(PangoContext* context)>;
    std::future<void> submit(Task task);

    // Threads that suit this machine: one per core, at most two (layout
    // of one chapter while the exporting thread writes the previous one).
    static int defaultThreads();

private:
    void run();

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::packaged_task<void(PangoContext*)>> m_queue;
    bool m_stopping = false;
    std::vector<std::thread> m_threads;
};

} // namespace twofold::core::pdf
