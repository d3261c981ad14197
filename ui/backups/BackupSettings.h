#pragma once

#include "Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace twofold::ui {

class Session;

// The backup part of Settings: the folder (empty: beside the journal) and
// how many daily and weekly copies are kept. A widget the Settings dialog
// embeds; it loads the journal's policy when made and stores it on apply().
class BackupSettings final : public QWidget {
    Q_OBJECT
public:
    explicit BackupSettings(Session& session, QWidget* parent = nullptr);

    // Stores what the fields say (the journal must be unlocked). On a
    // refusal the sentence is shown under the fields and returned.
    core::Result<void> apply();
    // Reads the stored policy into the fields again.
    void load();

    QLineEdit* folderField() const { return m_folder; }
    QSpinBox* dailyField() const { return m_daily; }
    QSpinBox* weeklyField() const { return m_weekly; }
    QString problem() const;

Q_SIGNALS:
    // The person opens "Restore from a backup…" (the window shows the dialog).
    void restoreRequested();

private:
    void chooseFolder();

    Session& m_session;
    QLineEdit* m_folder;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QLabel* m_problem;
};

} // namespace twofold::ui
