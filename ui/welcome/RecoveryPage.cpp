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

RecoveryPage::RecoveryPage(WelcomeWizard* wizard, int position)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_position(position) {
    setObjectName(QStringLiteral("kit%1").arg(position));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_none = new QLabel(this);
    m_none->setWordWrap(true);
    layout->addWidget(m_none);

    m_kit = new QWidget(this);
    auto* kit = new QVBoxLayout(m_kit);
    kit->setContentsMargins(0, 0, 0, 0);
    kit->setSpacing(12);
    m_code = new QLabel(m_kit);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_code->setFont(mono);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setObjectName(QStringLiteral("recoveryCode"));
    kit->addWidget(m_code);
    auto* actions = new QHBoxLayout;
    auto* print = new QPushButton(tr("Print…"), m_kit);
    print->setAccessibleName(tr("Print your recovery code"));
    auto* pdf = new QPushButton(tr("Save as PDF…"), m_kit);
    pdf->setObjectName(QStringLiteral("savePdf"));
    pdf->setAccessibleName(tr("Save your recovery code as a PDF"));
    actions->addWidget(print);
    actions->addWidget(pdf);
    actions->addStretch();
    kit->addLayout(actions);
    m_status = new QLabel(m_kit);
    m_status->setWordWrap(true);
    kit->addWidget(m_status);
    m_confirm = new QLineEdit(m_kit);
    m_confirm->setObjectName(QStringLiteral("recoveryConfirm"));
    m_confirm->setPlaceholderText(tr("Type groups 2 and 5 of your code to confirm"));
    m_confirm->setAccessibleName(tr("Groups 2 and 5 of your recovery code"));
    m_confirm->setMaximumWidth(420);
    kit->addWidget(m_confirm);
    m_stored = new QCheckBox(tr("I've stored my recovery code somewhere safe"), m_kit);
    m_stored->setObjectName(QStringLiteral("codesStored"));
    kit->addWidget(m_stored);
    layout->addWidget(m_kit);
    layout->addStretch();

    connect(m_stored, &QCheckBox::toggled, this, &RecoveryPage::completeChanged);
    connect(m_confirm, &QLineEdit::textChanged, this, &RecoveryPage::completeChanged);
    connect(print, &QPushButton::clicked, this, [this] { RecoveryKit(name(), code()).print(this); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/twofold-recovery-code-%1.pdf").arg(name().toLower());
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save your recovery code"), start, tr("PDF document (*.pdf)"));
        if (path.isEmpty()) {
            return;
        }
        m_status->setText(RecoveryKit(name(), code()).saveAsPdf(path)
                              ? tr("Saved to %1.").arg(path)
                              : tr("The PDF could not be written to %1.").arg(path));
    });
}

QString RecoveryPage::name() const {
    return m_wizard->turn(m_position).name;
}

QString RecoveryPage::code() const {
    return m_wizard->recoveryCodes().value(name());
}

void RecoveryPage::initializePage() {
    // The journal exists now: cancelling would lose a code nobody has kept.
    m_wizard->setOption(QWizard::NoCancelButton, true);
    setTitle(tr("%1's recovery kit").arg(name()));
    const bool any = !code().isEmpty();
    m_kit->setVisible(any);
    m_none->setVisible(!any);
    m_code->setText(code());
    m_code->setAccessibleName(tr("%1's recovery code").arg(name()));
    m_confirm->clear();
    m_stored->setChecked(false);
    m_status->clear();
    QStringList notes;
    if (any) {
        setSubTitle(tr("If you ever forget your passphrase, this code is the only way back in. It's shown this "
                       "once and never stored: print it or save it, and keep it somewhere only you know."));
    } else {
        setSubTitle(QString());
        notes << tr("You didn't set a passphrase, so there's no recovery code to keep. You can add a passphrase "
                    "at any time from your menu.");
    }
    if (m_position == 0) {
        // The last page: what happens next, for both.
        setFinalPage(true);
        notes << tr("Prompts about desire and sex stay folded away for now. Each of you can open them later, on "
                    "your own; they appear once you both have.");
    }
    m_none->setText(notes.join(QStringLiteral("\n\n")));
    m_none->setVisible(!notes.isEmpty());
}

int RecoveryPage::nextId() const {
    return m_position == 1 ? WelcomeWizard::HandToFirstPage : -1;
}

QString RecoveryPage::confirmationGroups(const QString& code) {
    return core::RecoveryConfirmation::expectedGroups(code);
}

bool RecoveryPage::isComplete() const {
    if (code().isEmpty()) {
        return true;
    }
    return core::RecoveryConfirmation::confirms(code(), m_confirm->text()) && m_stored->isChecked();
}

} // namespace twofold::ui
