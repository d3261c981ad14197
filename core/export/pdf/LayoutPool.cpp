#include "export/pdf/LayoutPool.h"

#include "export/pdf/Flow.h"

#include <algorithm>

namespace twofold::core::pdf {

LayoutPool::LayoutPool(int threads) {
    for (int i = 0; i < std::max(1, threads); ++i) {
        m_threads.emplace_back([this] { run(); });
    }
}

LayoutPool::~LayoutPool() {
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    for (std::thread& thread : m_threads) {
        thread.join();
    }
}

int LayoutPool::defaultThreads() {
    return std::clamp(static_cast<int>(std::thread::hardware_concurrency()), 1, 2);
}

std::future<void> LayoutPool::submit(Task task) {
    std::packaged_task<void(PangoContext*)> packaged(std::move(task));
    std::future<void> done = packaged.get_future();
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(packaged));
    }
    m_wake.notify_one();
    return done;
}

void LayoutPool::run() {
    // This thread's own font map: fontconfig and cairo are thread-safe,
    // a Pango font map is not.
    PangoFontMap* fontMap = pango_cairo_font_map_new();
    {
        ContextPtr context = makePdfContext(fontMap);
        for (;;) {
            std::packaged_task<void(PangoContext*)> task;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_queue.empty()) {
                    break;
                }
                task = std::move(m_queue.front());
                m_queue.pop_front();
            }
            task(context.get());
        }
    }
    g_object_unref(fontMap);
}

} // namespace twofold::core::pdf
