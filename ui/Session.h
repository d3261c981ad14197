#pragma once

#include "domain/Partner.h"

#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace twofold::core {
class Journal;
class Search;
} // namespace twofold::core

namespace twofold::ui {

// The open journal the window works on, and who is unlocked. Pages read the
// journal through it and listen to its signals, so locking in one place
// empties every view.
class Session final : public QObject {
    Q_OBJECT
public:
    explicit Session(std::unique_ptr<core::Journal> journal, QObject* parent = nullptr);
    ~Session() override;

    core::Journal& journal() { return *m_journal; }
    // The search index of the unlocked partner (built in the background from
    // unlock on); null while locked.
    core::Search* search() { return m_search.get(); }
    bool isUnlocked() const;
    std::optional<core::Partner> acting() const;
    // The other partner of the acting one, if the journal has two.
    std::optional<core::Partner> partnerOfActing() const;
    QString colourOf(const QString& partnerId) const;

    // Called by the unlock screen once the journal is unlocked.
    void markUnlocked();
    // Wipes the keys and tells every view to drop what it shows.
    void lock();
    // Something changed the journal's entries (saved, trashed, restored).
    void notifyEntriesChanged();
    void notifyDraftsChanged();

Q_SIGNALS:
    void unlocked();
    void locked();
    void entriesChanged();
    void draftsChanged();

private:
    std::unique_ptr<core::Journal> m_journal;
    // Declared after the journal: it must go first.
    std::unique_ptr<core::Search> m_search;
};

} // namespace twofold::ui
