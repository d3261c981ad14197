#include "welcome/WelcomeWizard.h"

#include "journal/Journal.h"
#include "welcome/PartnersPage.h"
#include "welcome/RecoveryPage.h"
#include "welcome/ThemesPage.h"
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
    setPage(PartnersPage, new class PartnersPage(this));
    setPage(RecoveryPage, new class RecoveryPage(this));
    setPage(ThemesPage, new class ThemesPage(this));
    setStartId(StartPage);
    resize(680, 560);
}

WelcomeWizard::~WelcomeWizard() {
    wipePassphrases();
}

void WelcomeWizard::wipePassphrases() {
    for (QByteArray& secret : m_passphrases) {
        secret.fill('\0');
    }
    m_passphrases.clear();
}

std::unique_ptr<core::Journal> WelcomeWizard::takeJournal() {
    return std::move(m_journal);
}

void WelcomeWizard::setJournal(std::unique_ptr<core::Journal> journal, QMap<QString, QString> recoveryCodes) {
    m_journal = std::move(journal);
    m_codes = std::move(recoveryCodes);
}

} // namespace twofold::ui
