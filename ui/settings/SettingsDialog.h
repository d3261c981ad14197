#pragma once

#include "appearance/Appearance.h"
#include "reminders/ReminderSettings.h"

#include <QColor>
#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace twofold::ui {

class BackupSettings;
class ColourSwatches;
class ReminderFields;
class Session;

// Settings, in sections: you (your name and colour, as Sam sees them),
// reminders, privacy (auto-lock, passphrase), backups, the journal file, and
// the look.
// OK applies everything at once; a name that cannot be taken keeps the dialog
// open with one sentence under the field. Without an unlocked partner (or
// with none given) the sections about a partner are left out.
class SettingsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(Session* session = nullptr, QWidget* parent = nullptr);

    static int autoLockMinutes();
    static void setAutoLockMinutes(int minutes);

    QSpinBox* autoLockField() const { return m_autoLock; }
    QPushButton* schemeButton(SchemeChoice choice) const;
    SchemeChoice chosenScheme() const;
    QLineEdit* nameField() const { return m_name; }
    ColourSwatches* colourField() const { return m_colour; }
    QLabel* profileProblem() const { return m_problem; }
    ReminderFields* reminderFields() const { return m_reminders; }
    BackupSettings* backupFields() const { return m_backups; }
    QPushButton* passphraseButton() const { return m_passphrase; }
    QPushButton* openJournalButton() const { return m_openJournal; }
    // Adds a section (a heading and its rows) after the built-in ones:
    // the backups part comes this way.
    void addSection(const QString& title, QWidget* rows);
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // After the dialog closed: the window opens the passphrase dialog.
    void changePassphraseRequested();
    // The person chose another journal file to work on.
    void openJournalRequested(const QString& path);
    // After the dialog closed: the window shows "Restore from a backup".
    void restoreRequested();

private:
    QWidget* buildSchemeChoice();
    void addProfileSection();
    void addJournalSection();
    bool applyProfile();

    Session* m_session;
    QVBoxLayout* m_sections = nullptr;
    QLineEdit* m_name = nullptr;
    ColourSwatches* m_colour = nullptr;
    QColor m_originalColour;
    bool m_colourTouched = false;
    QLabel* m_problem = nullptr;
    ReminderFields* m_reminders = nullptr;
    BackupSettings* m_backups = nullptr;
    QSpinBox* m_autoLock = nullptr;
    QPushButton* m_passphrase = nullptr;
    QPushButton* m_openJournal = nullptr;
    QButtonGroup* m_scheme = nullptr;
};

} // namespace twofold::ui
