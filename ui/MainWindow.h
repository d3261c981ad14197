#pragma once

#include "crypto/KeyWrap.h"
#include "navigation/Place.h"
#include "reminders/ReminderSchedule.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QAction;
class QStackedWidget;

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

class EditorPage;
class ErrorBanner;
class HeaderBar;
class IdleWatcher;
class JournalPage;
class PartnerChip;
class PromptsPage;
class Reminders;
class ScreenLockWatcher;
class CheckInPage;
class TrendsPage;
class SearchPage;
class Session;
class Sidebar;
class UndoBar;
class TodayPage;
class UnlockPage;

// The window: "who's here" while locked, on its own, with no way around it;
// once a partner is unlocked, the places in a sidebar (Today, the journal,
// the trash), a header with search, "New entry", the partner's menu and the
// app menu, and the page of the current place. Esc and Alt+Left go back to
// where the person came from. The title and the partner chip always say who
// is here; idle time locks it again.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(std::unique_ptr<core::Journal> journal, QWidget* parent = nullptr);
    ~MainWindow() override;

    Session& session() { return *m_session; }
    UnlockPage* unlockPage() const { return m_unlock; }
    TodayPage* todayPage() const { return m_today; }
    JournalPage* journalPage() const { return m_journal; }
    EditorPage* editorPage() const { return m_editor; }
    SearchPage* searchPage() const { return m_search; }
    PromptsPage* promptsPage() const { return m_prompts; }
    CheckInPage* checkInPage() const { return m_checkIn; }
    TrendsPage* trendsPage() const { return m_trends; }
    ErrorBanner* errorBanner() const { return m_error; }
    PartnerChip* partnerChip() const;
    Sidebar* sidebar() const { return m_sidebar; }
    HeaderBar* header() const { return m_header; }
    UndoBar* undoBar() const { return m_undo; }
    // Every action of the window, by group, as the shortcuts window lists them.
    QList<QAction*> actionsOf(const QString& group) const { return m_groups.value(group); }
    QStringList actionGroups() const { return m_groupOrder; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    ScreenLockWatcher* screenLockWatcher() const { return m_screenLock; }
    Reminders* reminders() const { return m_reminders; }
    QWidget* currentPage() const;
    // The Argon2 cost of new passphrases (tests use the minimum).
    void setKdfLimits(core::crypto::KdfLimits kdf) { m_kdf = kdf; }

public Q_SLOTS:
    // "Restore from a backup…" (the app menu; Settings' backup part too).
    void restoreFromBackup();
    void showToday();
    void showJournal();
    void showTrash();
    void showPrompts();
    void showCheckIn();
    void showTrends();
    void showPlace(Place place);
    // Back to the page before this one (Esc, Alt+Left); false when there
    // is nowhere to go back to.
    bool goBack();
    void newEntry();
    void showSearch();
    void openEntry(const QString& entryId);
    void lockNow();
    void showSettings();
    void exportBook();
    void importEntries();
    void showShortcuts();
    void showAbout();
    void changePassphrase(const QString& reason = {});
    void showError(const QString& message);
    // A reminder was clicked: the window comes forward at its place.
    void openForReminder(twofold::ui::ReminderKind kind);

Q_SIGNALS:
    // Settings' "Open another journal…": the application opens that file
    // (in its own window, one per journal) and this one closes.
    void anotherJournalChosen(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // Where the person is: a page, and the place it belongs to.
    struct Stop {
        QWidget* page = nullptr;
        Place place = Place::Today;
    };

    enum class LockReason { Asked, Idle, ScreenLocked, KeysChanged };
    void lockFor(LockReason reason);
    // Idle time and the screen lock: the open dialogs are closed, then the
    // window locks; while a dialog's work holds the keys, once it is done.
    void lockWhenFree(LockReason reason);
    void buildActions();
    QAction* addWindowAction(const QString& group, const QString& text, const QList<QKeySequence>& keys);
    void onUnlocked();
    // After a recovery-code unlock: a new passphrase, or locked again.
    void replaceForgottenPassphrase();
    void updateTitle();
    void showPage(QWidget* page);
    // `fromResults`: opened from search results, which stay for Back.
    void go(Stop stop, bool remember = true, bool fromResults = false);
    // "Your turn" on Prompts when the prompt of the day waits for the
    // acting partner's answer (the other has given theirs).
    void updatePromptBadge();
    // "Your turn" on Check-in when the other partner has done their part.
    void updateCheckInBadge();
    // One week's check-in from Trends or a search hit: this week's page, or
    // an earlier week read-only. `fromResults`: search results stay for Back.
    void openCheckInWeek(const QString& week, bool fromResults = false);
    // Whether the acting partner has already done what a reminder is for.
    bool reminderAlreadyDone(ReminderKind kind, QDate day);
    // The entry `step` rows from `entryId` in the journal's order; empty
    // when there is none.
    QString neighbourOf(const QString& entryId, int step);

    std::unique_ptr<Session> m_session;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_pages = nullptr;
    UnlockPage* m_unlock = nullptr;
    TodayPage* m_today = nullptr;
    JournalPage* m_journal = nullptr;
    EditorPage* m_editor = nullptr;
    SearchPage* m_search = nullptr;
    PromptsPage* m_prompts = nullptr;
    CheckInPage* m_checkIn = nullptr;
    TrendsPage* m_trends = nullptr;
    ErrorBanner* m_error = nullptr;
    Sidebar* m_sidebar = nullptr;
    HeaderBar* m_header = nullptr;
    UndoBar* m_undo = nullptr;
    QWidget* m_shell = nullptr;
    Stop m_here;
    QList<Stop> m_history;
    QMap<QString, QList<QAction*>> m_groups;
    QStringList m_groupOrder;
    IdleWatcher* m_idle = nullptr;
    ScreenLockWatcher* m_screenLock = nullptr;
    QTimer* m_pendingLock = nullptr; // waits for a busy dialog
    LockReason m_pendingReason = LockReason::Idle;
    Reminders* m_reminders = nullptr;
    QList<QAction*> m_unlockedActions;
    core::crypto::KdfLimits m_kdf = core::crypto::KdfLimits::moderate();
};

} // namespace twofold::ui
