#pragma once

#include <QList>
#include <QWizardPage>

class QCheckBox;
class QGridLayout;
class QLabel;

namespace twofold::ui {

class WelcomeWizard;

// The sensitive prompt themes (about sex and desire), each partner's choice
// off until they opt in. A theme's prompts are offered only when both say
// yes; everything else starts at yes and can be changed later.
class ThemesPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit ThemesPage(WelcomeWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    struct Choice {
        QString themeId;
        int partner = 0;
        QCheckBox* box = nullptr;
    };

    WelcomeWizard* m_wizard;
    QGridLayout* m_grid = nullptr;
    QLabel* m_error = nullptr;
    QList<Choice> m_choices;
    bool m_applied = false;
};

} // namespace twofold::ui
