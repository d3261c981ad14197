#include "welcome/WelcomeWizard.h"

#include "journal/Journal.h"
#include "welcome/HandOverPage.h"
#include "welcome/PartnerTurnPage.h"
#include "welcome/RecoveryPage.h"
#include "welcome/WelcomeStartPage.h"

namespace twofold::ui {

WelcomeWizard::WelcomeWizard(const QString& defaultPath, core::crypto::KdfLimits kdf, QWidget* parent)
    : QWizard(parent)
    , m_path(defaultPath)
    , m_kdf(kdf) {
    setObjectName(QStringLiteral("welcomeWizard"));
    setWindowTitle(tr("Welcome to Twofold"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // Once the journal exists there is no going back to create it again.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(StartPage, new WelcomeStartPage(this));
    setPage(FirstTurnPage, new PartnerTurnPage(this, 0));
    setPage(HandToSecondPage, new HandOverPage(this, 1));
    setPage(SecondTurnPage, new PartnerTurnPage(this, 1));
    setPage(SecondKitPage, new RecoveryPage(this, 1));
    setPage(HandToFirstPage, new HandOverPage(this, 0));
    setPage(FirstKitPage, new RecoveryPage(this, 0));
    setStartId(StartPage);
    resize(680, 560);
}

WelcomeWizard::~WelcomeWizard() = default;

void WelcomeWizard::reject() {
    if (!m_creating) {
        QWizard::reject();
    }
}

void WelcomeWizard::done(int result) {
    if (!m_creating) {
        QWizard::done(result);
    }
}

std::unique_ptr<core::Journal> WelcomeWizard::takeJournal() {
    return std::move(m_journal);
}

void WelcomeWizard::setJournal(std::unique_ptr<core::Journal> journal, QMap<QString, QString> recoveryCodes) {
    m_journal = std::move(journal);
    m_codes = std::move(recoveryCodes);
}

} // namespace twofold::ui
