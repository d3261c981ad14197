#pragma once

#include "Result.h"
#include "domain/Entry.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// What the editor holds while a person writes, before they save it as an
// entry. Everything is kept, even an empty text, so nothing typed is lost.
struct Draft {
    std::optional<QString> entryId; // the entry being edited; none: a new entry
    QDate day;
    QString title;
    QString text;
    std::optional<int> mood; // 1..5
    QStringList tags;
    Visibility visibility = Visibility::Shared;
    QDateTime updated; // UTC; set by save()
};

// The editor's continuous autosave. Each partner has at most one draft per
// entry (and one for a new entry); it is sealed with that partner's private
// key whatever the entry's visibility, because unsaved writing is nobody
// else's business. Only the acting partner's own drafts are ever visible.
class Drafts {
public:
    explicit Drafts(Journal& journal)
        : m_journal(journal) {}

    // Stores the draft in the acting partner's slot for its entry, replacing
    // what was there. Drafting an edit of someone else's entry is refused.
    Result<Draft> save(const Draft& draft);
    // The acting partner's draft for that entry (none: the new-entry draft).
    Result<std::optional<Draft>> find(const std::optional<QString>& entryId);
    // All of the acting partner's drafts, most recent first.
    Result<std::vector<Draft>> list();
    // Removes the acting partner's draft for that entry; no draft is fine.
    Result<void> discard(const std::optional<QString>& entryId);

private:
    Journal& m_journal;
};

} // namespace twofold::core
