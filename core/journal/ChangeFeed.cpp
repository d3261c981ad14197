#include "journal/ChangeFeed.h"

#include <algorithm>

namespace twofold::core {

bool ChangeSet::touches(ChangeKind kind) const {
    return everything ||
           std::any_of(changes.begin(), changes.end(), [kind](const Change& c) { return c.kind == kind; });
}

int ChangeFeed::subscribe(Listener listener) {
    return m_listeners.add(std::move(listener));
}

void ChangeFeed::unsubscribe(int id) {
    m_listeners.remove(id);
}

void ChangeFeed::publish(const ChangeSet& changes) {
    if (changes.changes.empty() && !changes.everything) {
        return;
    }
    m_listeners.call(changes);
}

} // namespace twofold::core
