#pragma once

#include <QWizardPage>

#include <vector>

class QCheckBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace twofold::ui {

class WelcomeWizard;

// The recovery codes, shown exactly once, with print / save-as-PDF. To go on,
// each code is confirmed by typing back two of its groups (so it was really
// written down) and "I have stored them" is ticked.
class RecoveryPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryPage(WelcomeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    // Groups 2 and 5 of a code, the ones typed back to confirm it (the
    // rule is core::RecoveryConfirmation's).
    static QString confirmationGroups(const QString& code);

private:
    struct Confirmation {
        QLineEdit* field = nullptr;
        QString code;
    };

    WelcomeWizard* m_wizard;
    std::vector<Confirmation> m_confirmations;
    QVBoxLayout* m_codes = nullptr;
    QWidget* m_actions = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace twofold::ui
