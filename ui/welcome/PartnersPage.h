#pragma once

#include <QWizardPage>

class QLabel;

namespace twofold::ui {

class PartnerFields;
class WelcomeWizard;

// Both partners' names, colours and passphrases; creates the journal when
// the person moves on.
class PartnersPage final : public QWizardPage {
    Q_OBJECT
public:
    explicit PartnersPage(WelcomeWizard* wizard);

    int nextId() const override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void refresh();

    WelcomeWizard* m_wizard;
    PartnerFields* m_first = nullptr;
    PartnerFields* m_second = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
