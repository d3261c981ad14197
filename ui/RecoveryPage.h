#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QVBoxLayout;

namespace twofold::ui {

class WelcomeWizard;

// The recovery codes, shown exactly once, with print / save-as-PDF and an
// "I have stored them" confirmation that must be ticked to finish.
class RecoveryPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit RecoveryPage(WelcomeWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    WelcomeWizard* m_wizard;
    QVBoxLayout* m_codes = nullptr;
    QWidget* m_actions = nullptr;
    QCheckBox* m_stored = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace twofold::ui
