#pragma once

#include "journal/Listeners.h"

#include <QString>

#include <functional>
#include <vector>

namespace twofold::core {

// What kind of row a change is about.
enum class ChangeKind {
    Entry,
    Draft,
    CheckIn,     // a week's check-in was opened
    CheckInPart, // one partner's part of a week
    Agreement,   // a week's agreements
    Prompt,      // a custom prompt (built-in prompts never change in the file)
    Answer,
    ThemeChoice,
    Favourites, // a partner's favourite prompts (id: the prompt, or empty)
    Partner,    // name, colour, passphrase
    Keys,       // the journal key or a partner's keys were replaced
};

enum class ChangeAction { Added, Updated, Trashed, Restored, Removed };

// One row that changed. Plain values, free of any view's notions, so a view
// can re-read what it shows and a later sync can record a change set here.
struct Change {
    ChangeKind kind;
    ChangeAction action;
    // The row's id as the rest of the core API names it: the entry's UUID,
    // the prompt's id (its key), the week (YYYY-Www) of a check-in, part or
    // agreement, the partner's UUID, the theme id of a theme choice; for a
    // draft, the entry it belongs to (empty: a new entry's draft).
    QString id;
    // The partner who wrote the row (UUID), where a row has an author.
    QString authorId;

    bool operator==(const Change&) const = default;
};

// The changes of one commit, in the order the use case made them; or the
// changes noticed in the file that another process (twofold-cli, later
// sync) made: `external` is then true (see Journal::pollExternalChanges).
struct ChangeSet {
    std::vector<Change> changes;
    bool external = false;
    // Too many rows changed to list them (an import, a burst of writing
    // elsewhere): `changes` is empty and every view re-reads what it shows.
    bool everything = false;

    // Whether rows of this kind may have changed (always, for `everything`).
    bool touches(ChangeKind kind) const;
};

// The journal's change feed: every use case that commits reports what it
// changed, after the commit and only then, to every subscriber, on the
// thread that used the journal (there is one: Journal is not thread-safe).
// A rolled-back transaction reports nothing.
class ChangeFeed {
public:
    using Listener = std::function<void(const ChangeSet&)>;

    // Returns an id for unsubscribe(). A listener must not outlive the
    // journal unsubscribed. It may call the journal's read use cases; it
    // must not subscribe or unsubscribe while being called.
    int subscribe(Listener listener);
    void unsubscribe(int id);

    // Delivers a change set to every subscriber (no-op when empty and not
    // external). Called by WriteTransaction after its commit, and by the
    // journal when it notices another process's writing.
    void publish(const ChangeSet& changes);

private:
    Listeners<const ChangeSet&> m_listeners;
};

} // namespace twofold::core
