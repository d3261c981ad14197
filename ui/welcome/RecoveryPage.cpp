#include "welcome/RecoveryPage.h"

#include "journal/RecoveryConfirmation.h"
#include "welcome/RecoveryKit.h"
#include "welcome/WelcomeWizard.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace twofold::ui {

RecoveryPage::RecoveryPage(WelcomeWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Your recovery codes"));
    auto* layout = new QVBoxLayout(this);
    m_codes = new QVBoxLayout;
    m_codes->setSpacing(12);
    layout->addLayout(m_codes);
    layout->addSpacing(12);

    m_actions = new QWidget(this);
    auto* actions = new QHBoxLayout(m_actions);
    actions->setContentsMargins(0, 0, 0, 0);
    auto* print = new QPushButton(tr("Print…"), m_actions);
    print->setAccessibleName(tr("Print the recovery codes"));
    auto* pdf = new QPushButton(tr("Save as PDF…"), m_actions);
    pdf->setObjectName(QStringLiteral("savePdf"));
    pdf->setAccessibleName(tr("Save the recovery codes as a PDF"));
    actions->addWidget(print);
    actions->addWidget(pdf);
    actions->addStretch();
    layout->addWidget(m_actions);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_stored = new QCheckBox(tr("I have stored the recovery codes somewhere safe"), this);
    m_stored->setObjectName(QStringLiteral("codesStored"));
    layout->addWidget(m_stored);
    layout->addStretch();

    connect(m_stored, &QCheckBox::toggled, this, &RecoveryPage::completeChanged);
    connect(print, &QPushButton::clicked, this, [this] { RecoveryKit(m_wizard->recoveryCodes()).print(this); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/twofold-recovery-codes.pdf");
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the recovery codes"), start, tr("PDF document (*.pdf)"));
        if (path.isEmpty()) {
            return;
        }
        m_status->setText(RecoveryKit(m_wizard->recoveryCodes()).saveAsPdf(path)
                              ? tr("Saved to %1.").arg(path)
                              : tr("The PDF could not be written to %1.").arg(path));
    });
}

void RecoveryPage::initializePage() {
    while (QLayoutItem* item = m_codes->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_confirmations.clear();
    const auto& codes = m_wizard->recoveryCodes();
    const bool any = !codes.isEmpty();
    m_actions->setVisible(any);
    m_stored->setVisible(any);
    if (!any) {
        setSubTitle(tr("Your journal is ready."));
        auto* label = new QLabel(tr("Neither of you set a passphrase, so there is no recovery code. You can add a "
                                    "passphrase at any time."),
                                 this);
        label->setWordWrap(true);
        m_codes->addWidget(label);
        return;
    }
    setSubTitle(tr("If a passphrase is ever forgotten, its recovery code is the only way back in. It is shown "
                   "this once and never stored: print it or save it as a PDF, and keep it somewhere safe."));
    m_stored->setText(codes.size() == 1 ? tr("I have stored the recovery code somewhere safe")
                                        : tr("I have stored the recovery codes somewhere safe"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    for (auto it = codes.cbegin(); it != codes.cend(); ++it) {
        auto* name = new QLabel(tr("%1's recovery code").arg(it.key()), this);
        QFont bold = name->font();
        bold.setWeight(QFont::DemiBold);
        name->setFont(bold);
        auto* code = new QLabel(it.value(), this);
        code->setFont(mono);
        code->setTextInteractionFlags(Qt::TextSelectableByMouse);
        code->setAccessibleName(name->text());
        code->setObjectName(QStringLiteral("recoveryCode"));
        auto* confirm = new QLineEdit(this);
        confirm->setObjectName(QStringLiteral("recoveryConfirm"));
        confirm->setPlaceholderText(tr("Type groups 2 and 5 of %1's code to confirm").arg(it.key()));
        confirm->setAccessibleName(tr("Groups 2 and 5 of %1's recovery code").arg(it.key()));
        confirm->setMaximumWidth(420);
        connect(confirm, &QLineEdit::textChanged, this, &RecoveryPage::completeChanged);
        m_confirmations.push_back({confirm, it.value()});
        m_codes->addWidget(name);
        m_codes->addWidget(code);
        m_codes->addWidget(confirm);
    }
}

int RecoveryPage::nextId() const {
    return WelcomeWizard::ThemesPage;
}

QString RecoveryPage::confirmationGroups(const QString& code) {
    return core::RecoveryConfirmation::expectedGroups(code);
}

bool RecoveryPage::isComplete() const {
    if (m_wizard->recoveryCodes().isEmpty()) {
        return true;
    }
    for (const Confirmation& c : m_confirmations) {
        if (!core::RecoveryConfirmation::confirms(c.code, c.field->text())) {
            return false;
        }
    }
    return m_stored->isChecked();
}

} // namespace twofold::ui
