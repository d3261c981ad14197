#pragma once

#include "crypto/KeyWrap.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QStackedWidget;

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

class EditorPage;
class ErrorBanner;
class IdleWatcher;
class JournalPage;
class PartnerChip;
class SearchPage;
class Session;
class TodayPage;
class UnlockPage;

// The window: "who's here" while locked; Today, the journal and the editor
// once a partner is unlocked. The title and a chip in the toolbar's corner
// always say who is unlocked; idle time locks it again.
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
    ErrorBanner* errorBanner() const { return m_error; }
    PartnerChip* partnerChip() const { return m_chip; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    QWidget* currentPage() const;
    // The Argon2 cost of new passphrases (tests use the minimum).
    void setKdfLimits(core::crypto::KdfLimits kdf) { m_kdf = kdf; }

public Q_SLOTS:
    void showToday();
    void showJournal();
    void newEntry();
    void showSearch();
    void openEntry(const QString& entryId);
    void lockNow();
    void showSettings();
    void exportBook();
    void changePassphrase(const QString& reason = {});
    void showError(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildActions();
    void onUnlocked();
    void updateTitle();
    void showPage(QWidget* page);

    std::unique_ptr<Session> m_session;
    QStackedWidget* m_stack = nullptr;
    QStackedWidget* m_pages = nullptr;
    UnlockPage* m_unlock = nullptr;
    TodayPage* m_today = nullptr;
    JournalPage* m_journal = nullptr;
    EditorPage* m_editor = nullptr;
    SearchPage* m_search = nullptr;
    ErrorBanner* m_error = nullptr;
    PartnerChip* m_chip = nullptr;
    IdleWatcher* m_idle = nullptr;
    QList<QAction*> m_unlockedActions;
    core::crypto::KdfLimits m_kdf = core::crypto::KdfLimits::moderate();
};

} // namespace twofold::ui
