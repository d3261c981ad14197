#pragma once

#include "domain/Partner.h"
#include "journal/ChangeFeed.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace twofold::core {
class Journal;
class Search;
} // namespace twofold::core

namespace twofold::ui {

class DailyBackup;

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
    // The once-a-day backup at unlock (the window starts it; its signals say
    // how it went).
    DailyBackup& dailyBackup() { return *m_dailyBackup; }
    // Wipes the keys and tells every view to drop what it shows.
    void lock();
    // How often, while unlocked, the journal is asked whether another
    // process (twofold-cli, later sync) wrote to it.
    static constexpr int kExternalPollMs = 700;
    // Asks at once (tests, and when the window is activated).
    void checkForExternalChanges();

Q_SIGNALS:
    void unlocked();
    void locked();
    // The keys this session holds were replaced by another process (a key
    // rotation elsewhere): what it holds no longer opens new writing, so the
    // window locks and asks to unlock again.
    void keysChangedElsewhere();
    // Every change to the journal, this window's own and another process's,
    // after it was committed: the core's change feed, on the GUI thread.
    void journalChanged(const twofold::core::ChangeSet& changes);
    // Shorthands of journalChanged for the views that care about one kind.
    void entriesChanged();
    void draftsChanged();

private:
    void onChanges(const core::ChangeSet& changes);

    std::unique_ptr<core::Journal> m_journal;
    // Declared after the journal: it must go first.
    std::unique_ptr<core::Search> m_search;
    QTimer m_externalPoll;
    int m_feedListener = 0;
    DailyBackup* m_dailyBackup; // a child
};

} // namespace twofold::ui
