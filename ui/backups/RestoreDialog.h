#pragma once

#include "journal/BackupCatalog.h"
#include "journal/RollingBackups.h"

#include <QDialog>
#include <QFutureWatcher>

#include <vector>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace twofold::ui {

class Session;

// "Restore from a backup": the journal's copies (date, kind, entry count),
// newest first; a confirm step that says the journal as it is now is backed
// up first; progress; then what happened. Restoring locks the window — the
// keys in the restored journal may differ — so each partner unlocks again.
class RestoreDialog final : public QDialog {
    Q_OBJECT
public:
    explicit RestoreDialog(Session& session, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // For tests and the window: the copies listed, and choosing one.
    const std::vector<core::BackupCopy>& copies() const { return m_copies; }
    void choose(int row);
    QPushButton* continueButton() const { return m_continue; }
    QPushButton* restoreButton() const { return m_restore; }
    QString confirmText() const;
    QString resultText() const;
    bool restored() const { return m_restored; }
    bool isRestoring() const { return m_worker.isRunning(); }

    // Not while the copy is going in: it finishes either way, and the
    // dialog says how it went.
    void reject() override;

Q_SIGNALS:
    // Just before the journal is replaced: the window saves what is being
    // written and locks (MainWindow connects this to its lock).
    void aboutToRestore();

private:
    void load();
    void confirm();
    void runRestore();
    void restoreFinished();

    Session& m_session;
    std::vector<core::BackupCopy> m_copies;
    int m_chosen = -1;
    bool m_restored = false;
    QStackedWidget* m_pages;
    QTreeWidget* m_list;
    QLabel* m_listNote;
    QLabel* m_confirm;
    QLabel* m_result;
    QPushButton* m_continue;
    QPushButton* m_restore;
    // The restore runs on a worker with its own connection, so the window
    // keeps painting (about a second at 15,000 entries).
    QFutureWatcher<core::Result<core::RestoreOutcome>> m_worker;
    core::BackupCopy m_running;
};

} // namespace twofold::ui
