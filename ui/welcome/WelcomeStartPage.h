#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace twofold::ui {

class WelcomeWizard;

// Create a new journal in the default place, or open an existing file.
class WelcomeStartPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit WelcomeStartPage(WelcomeWizard* wizard);

    int nextId() const override;
    bool validatePage() override;
    bool isComplete() const override;

private:
    WelcomeWizard* m_wizard;
    QRadioButton* m_create = nullptr;
    QRadioButton* m_open = nullptr;
    QLineEdit* m_createPath = nullptr;
    QLineEdit* m_openPath = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
