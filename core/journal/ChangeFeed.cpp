#include "journal/ChangeFeed.h"

#include <algorithm>

namespace twofold::core {

bool ChangeSet::touches(ChangeKind kind) const {
    return everything ||
           std::any_of(changes.begin(), changes.end(), [kind](const Change& c) { return c.kind == kind; });
}

int ChangeFeed::subscribe(Listener listener) {
    const int id = m_nextId++;
    m_listeners.emplace_back(id, std::move(listener));
    return id;
}

void ChangeFeed::unsubscribe(int id) {
    std::erase_if(m_listeners, [id](const auto& entry) { return entry.first == id; });
}

void ChangeFeed::publish(const ChangeSet& changes) {
    if (changes.changes.empty() && !changes.everything) {
        return;
    }
    // A copy, so that a listener that unsubscribes another one (a view
    // closing) does not invalidate the loop.
    const auto listeners = m_listeners;
    for (const auto& [id, listener] : listeners) {
        listener(changes);
    }
}

} // namespace twofold::core
