#include "settings/PassphraseDialog.h"

#include "Session.h"
#include "journal/Journal.h"
#include "welcome/PassphraseStrength.h"
#include "welcome/RecoveryKit.h"
#include "widgets/OpenDialogs.h"
#include "widgets/SecretField.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace twofold::ui {

PassphraseDialog::PassphraseDialog(Session& session, core::crypto::KdfLimits kdf, const QString& reason,
                                   QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_kdf(kdf) {
    setObjectName(QStringLiteral("passphraseDialog"));
    setWindowTitle(tr("Your passphrase"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    // Page 1: the new passphrase.
    auto* ask = new QWidget(m_pages);
    auto* askLayout = new QVBoxLayout(ask);
    auto* intro = new QLabel(reason, ask);
    intro->setWordWrap(true);
    askLayout->addWidget(intro);
    auto* form = new QFormLayout;
    // Whoever sits at an unlocked window shows they know the passphrase
    // before replacing it; after a recovery-code unlock it is presumed
    // forgotten (issue 16).
    const auto me = session.acting();
    m_current = new QLineEdit(ask);
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setObjectName(QStringLiteral("currentPassphrase"));
    m_current->setAccessibleName(tr("Current passphrase"));
    if (me && me->isProtected && !session.journal().unlockedWithRecoveryCode()) {
        form->addRow(tr("Current passphrase"), m_current);
    } else {
        m_current->hide();
    }
    m_passphrase = new QLineEdit(ask);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("New passphrase"));
    m_repeat = new QLineEdit(ask);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("New passphrase again"));
    form->addRow(tr("New passphrase"), m_passphrase);
    form->addRow(tr("Again"), m_repeat);
    askLayout->addLayout(form);
    m_strength = new QLabel(ask);
    m_strength->setWordWrap(true);
    askLayout->addWidget(m_strength);
    m_error = new QLabel(ask);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("passphraseError"));
    askLayout->addWidget(m_error);
    auto* askButtons = new QHBoxLayout;
    askButtons->addStretch();
    // After a recovery-code unlock there is no "later": without a new
    // passphrase the window locks again.
    auto* later =
        new QPushButton(session.journal().unlockedWithRecoveryCode() ? tr("Cancel and lock") : tr("Later"), ask);
    m_set = new QPushButton(tr("Set passphrase"), ask);
    m_set->setDefault(true);
    askButtons->addWidget(later);
    askButtons->addWidget(m_set);
    askLayout->addLayout(askButtons);
    m_pages->addWidget(ask);

    // Page 2: the new recovery code, shown once.
    auto* show = new QWidget(m_pages);
    auto* showLayout = new QVBoxLayout(show);
    auto* codeIntro = new QLabel(tr("Your new recovery code. It replaces the old one, is shown this once and is "
                                    "never stored: print it or save it as a PDF and keep it somewhere safe."),
                                 show);
    codeIntro->setWordWrap(true);
    showLayout->addWidget(codeIntro);
    m_codeLabel = new QLabel(show);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.3);
    m_codeLabel->setFont(mono);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setAccessibleName(tr("New recovery code"));
    showLayout->addWidget(m_codeLabel);
    m_notice = new QLabel(show);
    m_notice->setWordWrap(true);
    showLayout->addWidget(m_notice);
    auto* kitButtons = new QHBoxLayout;
    auto* print = new QPushButton(tr("Print…"), show);
    auto* pdf = new QPushButton(tr("Save as PDF…"), show);
    kitButtons->addWidget(print);
    kitButtons->addWidget(pdf);
    kitButtons->addStretch();
    showLayout->addLayout(kitButtons);
    m_stored = new QCheckBox(tr("I have stored the recovery code somewhere safe"), show);
    showLayout->addWidget(m_stored);
    auto* doneRow = new QHBoxLayout;
    doneRow->addStretch();
    m_done = new QPushButton(tr("Done"), show);
    m_done->setEnabled(false);
    doneRow->addWidget(m_done);
    showLayout->addLayout(doneRow);
    m_pages->addWidget(show);

    connect(m_passphrase, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_strength->setText(describeStrength(estimateStrength(text))); });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_set, &QPushButton::clicked, this, &PassphraseDialog::start);
    connect(m_repeat, &QLineEdit::returnPressed, this, &PassphraseDialog::start);
    connect(m_stored, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(print, &QPushButton::clicked, this, [this] { kit().print(this); });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the recovery code"),
                                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                             QStringLiteral("/twofold-recovery-code.pdf"),
                                         tr("PDF document (*.pdf)"));
        if (!path.isEmpty() && !kit().saveAsPdf(path)) {
            m_notice->setText(tr("The PDF could not be written to %1.").arg(path));
        }
    });
    connect(&m_watcher, &QFutureWatcher<core::Result<core::SecretChange>>::finished, this, &PassphraseDialog::finished);
}

PassphraseDialog::~PassphraseDialog() {
    m_watcher.waitForFinished();
}

RecoveryKit PassphraseDialog::kit() const {
    const auto me = m_session.acting();
    return {me ? me->name : QString(), m_code};
}

void PassphraseDialog::reject() {
    // Closing while the worker changes the secrets would leave the person
    // without the new recovery code; the worker finishes first.
    if (m_watcher.isRunning() || (m_pages->currentIndex() == 1 && !m_stored->isChecked())) {
        return;
    }
    QDialog::reject();
}

void PassphraseDialog::start() {
    if (m_watcher.isRunning()) {
        return;
    }
    if (!m_current->isHidden() && m_current->text().isEmpty()) {
        m_error->setText(tr("Type your current passphrase first."));
        return;
    }
    if (m_passphrase->text().isEmpty()) {
        m_error->setText(tr("Type the new passphrase."));
        return;
    }
    if (m_passphrase->text() != m_repeat->text()) {
        m_error->setText(tr("The two passphrases are not the same."));
        return;
    }
    m_error->setText(tr("Setting the passphrase…"));
    m_set->setEnabled(false);
    m_current->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_repeat->setEnabled(false);
    core::Journal* journal = &m_session.journal();
    // In wiped memory until the worker is done. The current passphrase is
    // taken out of its field (a wrong one is typed again); the new one stays
    // in its two fields until it is set, so a mistyped current passphrase
    // does not mean typing the new one twice more.
    auto secret = std::make_shared<const core::crypto::SecretBytes>(copySecret(*m_passphrase));
    auto current = std::make_shared<const core::crypto::SecretBytes>(takeSecret(*m_current));
    const core::crypto::KdfLimits kdf = m_kdf;
    // The dialog is modal: nothing else uses the journal meanwhile, and
    // locking waits until the change is done.
    open_dialogs::markBusy(this, true);
    m_watcher.setFuture(QtConcurrent::run([journal, current, secret, kdf] {
        return core::Secrets(*journal, kdf).changePassphrase(current->view(), secret->view());
    }));
}

void PassphraseDialog::finished() {
    open_dialogs::markBusy(this, false);
    const auto result = m_watcher.result();
    m_set->setEnabled(true);
    m_current->setEnabled(true);
    m_passphrase->setEnabled(true);
    m_repeat->setEnabled(true);
    if (!result) {
        m_error->setText(result.error().message);
        (m_current->isHidden() ? m_passphrase : m_current)->setFocus();
        return;
    }
    wipeField(*m_current);
    wipeField(*m_passphrase);
    wipeField(*m_repeat);
    m_code = result->recoveryCode;
    m_codeLabel->setText(m_code);
    m_notice->setText(result->notice);
    m_pages->setCurrentIndex(1);
    Q_EMIT changed();
}

} // namespace twofold::ui
