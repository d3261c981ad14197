#include "unlock/UnlockPage.h"

#include "Session.h"
#include "journal/Journal.h"
#include "widgets/Icons.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace twofold::ui {

UnlockPage::UnlockPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("unlockPage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);

    auto* title = new QLabel(tr("Who's here?"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setWeight(QFont::DemiBold);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    outer->addWidget(title);

    m_hint = new QLabel(this);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    outer->addWidget(m_hint);
    outer->addSpacing(16);

    m_partnerRow = new QHBoxLayout;
    m_partnerRow->setSpacing(16);
    outer->addLayout(m_partnerRow);
    m_partners = new QButtonGroup(this);
    m_partners->setExclusive(true);
    connect(m_partners, &QButtonGroup::idClicked, this, [this] { updateForSelection(); });
    outer->addSpacing(16);

    auto* form = new QHBoxLayout;
    form->addStretch();
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Passphrase or recovery code"));
    m_passphrase->setAccessibleName(tr("Passphrase or recovery code"));
    m_passphrase->setMinimumSize(280, 34);
    form->addWidget(m_passphrase);
    m_unlock = new QPushButton(tr("Unlock"), this);
    m_unlock->setDefault(true);
    m_unlock->setMinimumSize(140, 34);
    m_unlock->setAccessibleName(tr("Unlock the journal"));
    form->addWidget(m_unlock);
    form->addStretch();
    outer->addLayout(form);

    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Unlock status"));
    outer->addWidget(m_message);
    outer->addStretch(3);

    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &UnlockPage::unlock);
    connect(&m_watcher, &QFutureWatcher<core::Result<void>>::finished, this, &UnlockPage::finished);
    reset();
}

UnlockPage::~UnlockPage() {
    // The worker uses the journal; never leave it running past the page.
    m_watcher.waitForFinished();
}

void UnlockPage::reset() {
    for (QAbstractButton* b : m_partners->buttons()) {
        m_partners->removeButton(b);
        delete b;
    }
    m_partnerRow->addStretch();
    while (m_partnerRow->count() > 0) {
        delete m_partnerRow->takeAt(0);
    }
    m_partnerRow->addStretch();
    int index = 0;
    for (const core::Partner& partner : m_session.journal().partners()) {
        auto* button = new QPushButton(dotIcon(QColor(partner.colour)), partner.name, this);
        button->setCheckable(true);
        button->setIconSize(QSize(20, 20));
        button->setMinimumSize(180, 64);
        QFont f = button->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        button->setFont(f);
        button->setAccessibleName(tr("I am %1").arg(partner.name));
        // The chosen partner must be obvious in light and dark palettes: a
        // border and a tint in their own colour.
        QColor tint(partner.colour);
        tint.setAlpha(60);
        const QPalette pal = palette();
        button->setStyleSheet(
            QStringLiteral("QPushButton { border: 1px solid %1; border-radius: 10px; background: %2; color: %3; }"
                           "QPushButton:checked { border: 3px solid %4; background: %5; font-weight: 600; }")
                .arg(pal.color(QPalette::Mid).name(), pal.color(QPalette::Button).name(),
                     pal.color(QPalette::ButtonText).name(), partner.colour, tint.name(QColor::HexArgb)));
        button->setProperty("partnerId", partner.id);
        m_partners->addButton(button, index++);
        m_partnerRow->addWidget(button);
    }
    m_partnerRow->addStretch();
    const QString last = QSettings().value(QStringLiteral("unlock/lastPartner")).toString();
    selectPartner(last);
    if (!m_partners->checkedButton() && !m_partners->buttons().isEmpty()) {
        m_partners->buttons().first()->setChecked(true);
    }
    m_passphrase->clear();
    m_message->clear();
    updateForSelection();
}

void UnlockPage::selectPartner(const QString& partnerId) {
    for (QAbstractButton* b : m_partners->buttons()) {
        if (b->property("partnerId").toString() == partnerId) {
            b->setChecked(true);
        }
    }
    updateForSelection();
}

bool UnlockPage::isBusy() const {
    return m_watcher.isRunning() || !m_unlock->isEnabled();
}

QString UnlockPage::selectedId() const {
    QAbstractButton* b = m_partners->checkedButton();
    return b ? b->property("partnerId").toString() : QString();
}

void UnlockPage::updateForSelection() {
    const auto partner = m_session.journal().findPartner(selectedId());
    const bool needsSecret = partner && partner->isProtected;
    m_passphrase->setVisible(needsSecret);
    if (!partner) {
        m_hint->setText(tr("Choose who you are."));
    } else if (needsSecret) {
        m_hint->setText(tr("Hello %1. Type your passphrase to open the journal.").arg(partner->name));
        m_passphrase->setFocus();
    } else {
        m_hint->setText(tr("Hello %1. You have no passphrase, so the journal opens straight away.").arg(partner->name));
    }
}

void UnlockPage::unlock() {
    const QString id = selectedId();
    if (id.isEmpty() || m_watcher.isRunning()) {
        return;
    }
    const QByteArray secret = m_passphrase->text().toUtf8();
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_message->setText(tr("Unlocking…"));
    core::Journal* journal = &m_session.journal();
    // The journal is used by this worker only; the page is disabled meanwhile.
    m_watcher.setFuture(QtConcurrent::run([journal, id, secret] { return journal->unlock(id, secret); }));
}

void UnlockPage::finished() {
    const core::Result<void> result = m_watcher.result();
    if (result) {
        QSettings().setValue(QStringLiteral("unlock/lastPartner"), selectedId());
        m_passphrase->clear();
        m_message->clear();
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
        m_session.markUnlocked();
        Q_EMIT unlocked();
        return;
    }
    const QString message = result.error().code == core::ErrorCode::WrongPassphrase
                                ? tr("That passphrase is not right. Check Caps Lock and try again.")
                                : result.error().message;
    m_message->setText(message);
    m_passphrase->selectAll();
    Q_EMIT unlockFailed(message);
    // A short pause makes guessing slow without ever locking anyone out.
    QTimer::singleShot(m_retryDelayMs, this, [this] {
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
        m_passphrase->setFocus();
    });
}

void UnlockPage::showNotice(const QString& text) {
    m_message->setText(text);
}

QString UnlockPage::notice() const {
    return m_message->text();
}

} // namespace twofold::ui
