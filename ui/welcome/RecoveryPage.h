#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace twofold::ui {

class WelcomeWizard;

// One partner's recovery kit, on their own turn: their code, shown exactly
// once, with print / save-as-PDF of that one code. To go on, the partner
// types back two of its groups (so it was really written down) and ticks
// "I've stored it". A partner without a passphrase has no code; the page
// says so.
class RecoveryPage final : public QWizardPage {
    Q_OBJECT
public:
    RecoveryPage(WelcomeWizard* wizard, int position);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Groups 2 and 5 of a code, the ones typed back to confirm it (the
    // rule is core::RecoveryConfirmation's).
    static QString confirmationGroups(const QString& code);

private:
    QString name() const;
    QString code() const;

    WelcomeWizard* m_wizard;
    int m_position;
    QLabel* m_code = nullptr;
    QLineEdit* m_confirm = nullptr;
    QWidget* m_kit = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_none = nullptr;
};

} // namespace twofold::ui
