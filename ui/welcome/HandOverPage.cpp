#include "welcome/HandOverPage.h"

#include "welcome/WelcomeWizard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace twofold::ui {

HandOverPage::HandOverPage(WelcomeWizard* wizard, int to)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_to(to) {
    setObjectName(QStringLiteral("handOver%1").arg(to));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("handOverText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_text->setFont(big);
    layout->addWidget(m_text);
    layout->addStretch(2);
}

void HandOverPage::initializePage() {
    const QString from = m_wizard->turn(1 - m_to).name;
    if (m_to == 1) {
        setTitle(tr("Now your partner's turn"));
        m_text->setText(tr("Pass the keyboard to your partner. %1, look away for a moment.").arg(from));
        setButtonText(QWizard::NextButton, tr("I'm here — go on"));
    } else {
        const QString to = m_wizard->turn(0).name;
        setTitle(tr("Back to %1").arg(to));
        m_text->setText(tr("Pass the keyboard back to %1. %2, look away for a moment.").arg(to, from));
        setButtonText(QWizard::NextButton, tr("I'm %1 — go on").arg(to));
    }
}

int HandOverPage::nextId() const {
    return m_to == 1 ? WelcomeWizard::SecondTurnPage : WelcomeWizard::FirstKitPage;
}

} // namespace twofold::ui
