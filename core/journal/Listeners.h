#pragma once

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace twofold::core {

// Callbacks registered under an id and called in the order they were added.
// A callback may remove itself or another one while being called: each call
// goes over a copy of the list. Not thread-safe, like the journal.
template <class... Args>
class Listeners {
public:
    using Callback = std::function<void(Args...)>;

    // Returns an id for remove().
    int add(Callback callback) {
        const int id = m_nextId++;
        m_callbacks.emplace_back(id, std::move(callback));
        return id;
    }
    void remove(int id) {
        std::erase_if(m_callbacks, [id](const auto& entry) { return entry.first == id; });
    }
    void call(Args... args) const {
        const auto callbacks = m_callbacks;
        for (const auto& [id, callback] : callbacks) {
            callback(args...);
        }
    }

private:
    std::vector<std::pair<int, Callback>> m_callbacks;
    int m_nextId = 1;
};

} // namespace twofold::core
