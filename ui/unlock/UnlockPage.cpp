#include "unlock/UnlockPage.h"

#include "Session.h"
#include "Words.h"
#include "journal/Journal.h"
#include "widgets/Card.h"
#include "widgets/FollowPalette.h"
#include "widgets/Icons.h"
#include "widgets/SecretField.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace twofold::ui {

UnlockPage::UnlockPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("unlockPage"));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);

    // Why the window locked, and that nothing was lost: its own state,
    // above "who's here", until the next unlock.
    m_notice = new Card(QString(), this);
    m_notice->setObjectName(QStringLiteral("lockedNotice"));
    m_notice->setMinimumWidth(420);
    m_notice->setMaximumWidth(560);
    auto* noticeRow = new QHBoxLayout;
    noticeRow->setSpacing(12);
    m_noticeIcon = new QLabel(m_notice);
    m_noticeIcon->setFixedSize(32, 32);
    noticeRow->addWidget(m_noticeIcon, 0, Qt::AlignTop);
    m_noticeText = new QLabel(m_notice);
    m_noticeText->setWordWrap(true);
    m_noticeText->setObjectName(QStringLiteral("lockedNoticeText"));
    noticeRow->addWidget(m_noticeText, 1);
    m_notice->body()->addLayout(noticeRow);
    m_notice->hide();
    outer->addWidget(m_notice, 0, Qt::AlignHCenter);
    outer->addSpacing(16);
    followPalette(this, [this] {
        m_noticeIcon->setPixmap(lockIcon(palette().color(QPalette::WindowText)).pixmap(32, 32));
        restylePartners();
    });

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
    m_unlock->setProperty("primary", true);
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
        button->setObjectName(QStringLiteral("partnerButton"));
        button->setProperty("partnerId", partner.id);
        m_partners->addButton(button, index++);
        m_partnerRow->addWidget(button);
    }
    m_partnerRow->addStretch();
    restylePartners();
    const QString last = QSettings().value(QStringLiteral("unlock/lastPartner")).toString();
    selectPartner(last);
    if (!m_partners->checkedButton() && !m_partners->buttons().isEmpty()) {
        m_partners->buttons().first()->setChecked(true);
    }
    m_passphrase->clear();
    m_message->clear();
    updateForSelection();
}

void UnlockPage::restylePartners() {
    // The chosen partner is marked in the ink (a thick ring and semibold),
    // never in a partner's colour, which only says who (the dot).
    const QPalette& pal = palette();
    const QString style =
        QStringLiteral("QPushButton#partnerButton { border: 1px solid %1; border-radius: 10px; background: %2; "
                       "color: %3; padding: 0 16px; }"
                       "QPushButton#partnerButton:checked { border: 3px solid %4; font-weight: 600; }"
                       "QPushButton#partnerButton:focus { border: 2px solid %4; }"
                       "QPushButton#partnerButton:checked:focus { border: 3px solid %4; }")
            .arg(pal.color(QPalette::Mid).name(), pal.color(QPalette::Button).name(),
                 pal.color(QPalette::ButtonText).name(), pal.color(QPalette::Active, QPalette::Highlight).name());
    for (QAbstractButton* b : m_partners->buttons()) {
        b->setStyleSheet(style);
    }
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
        m_hint->setText(words::chooseWhoYouAre());
    } else if (needsSecret) {
        m_hint->setText(words::typeYourPassphrase(partner->name));
        m_passphrase->setFocus();
    } else {
        m_hint->setText(words::opensWithoutPassphrase(partner->name));
    }
}

void UnlockPage::unlock() {
    const QString id = selectedId();
    if (id.isEmpty() || m_watcher.isRunning()) {
        return;
    }
    // Wiped once the worker is done with it, whatever the outcome.
    auto secret = std::make_shared<const core::crypto::SecretBytes>(takeSecret(*m_passphrase));
    m_unlock->setEnabled(false);
    m_passphrase->setEnabled(false);
    m_message->setText(words::unlocking());
    core::Journal* journal = &m_session.journal();
    // The journal is used by this worker only; the page is disabled meanwhile.
    m_watcher.setFuture(QtConcurrent::run([journal, id, secret] { return journal->unlock(id, secret->view()); }));
}

void UnlockPage::finished() {
    const core::Result<void> result = m_watcher.result();
    if (result) {
        QSettings().setValue(QStringLiteral("unlock/lastPartner"), selectedId());
        m_passphrase->clear();
        m_message->clear();
        m_notice->hide();
        m_noticeText->clear();
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
        if (m_session.journal().unlockedWithRecoveryCode()) {
            Q_EMIT recoveryCodeAccepted();
            return;
        }
        m_session.markUnlocked();
        Q_EMIT unlocked();
        return;
    }
    const QString message =
        result.error().code == core::ErrorCode::WrongPassphrase ? words::wrongPassphrase() : result.error().message;
    m_message->setText(message);
    Q_EMIT unlockFailed(message);
    // A short pause makes guessing slow without ever locking anyone out.
    QTimer::singleShot(m_retryDelayMs, this, [this] {
        m_unlock->setEnabled(true);
        m_passphrase->setEnabled(true);
        m_passphrase->setFocus();
    });
}

void UnlockPage::showNotice(const QString& text) {
    m_noticeIcon->setPixmap(lockIcon(palette().color(QPalette::WindowText)).pixmap(32, 32));
    m_noticeText->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString UnlockPage::notice() const {
    return m_noticeText->text();
}

} // namespace twofold::ui
