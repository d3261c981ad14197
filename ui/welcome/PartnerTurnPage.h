#pragma once

#include <QWizardPage>

class QLabel;

namespace twofold::ui {

class PartnerFields;
class WelcomeWizard;

// One partner's own turn: their name, colour and passphrase, with nobody
// else's on screen. The second turn creates the journal (Argon2 for both
// passphrases, off the event loop); from there on there is no going back.
class PartnerTurnPage final : public QWizardPage {
    Q_OBJECT
public:
    PartnerTurnPage(WelcomeWizard* wizard, int position);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    PartnerFields* fields() const { return m_fields; }

private:
    bool createJournal();

    WelcomeWizard* m_wizard;
    int m_position;
    PartnerFields* m_fields = nullptr;
    QLabel* m_note = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace twofold::ui
