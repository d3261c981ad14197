#pragma once

#include <QWizardPage>

class QLabel;

namespace twofold::ui {

class WelcomeWizard;

// Between two private turns: "Pass the keyboard to Sam. Alex, look away for
// a moment." Nothing of the last turn is on screen.
class HandOverPage final : public QWizardPage {
    Q_OBJECT
public:
    // `to`: the position (0 or 1) of the partner whose turn comes next.
    HandOverPage(WelcomeWizard* wizard, int to);

    void initializePage() override;
    int nextId() const override;

private:
    WelcomeWizard* m_wizard;
    int m_to;
    QLabel* m_text = nullptr;
};

} // namespace twofold::ui
