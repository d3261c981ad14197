#include "welcome/PartnerTurnPage.h"

#include "journal/Journal.h"
#include "welcome/PartnerFields.h"
#include "welcome/WelcomeWizard.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <vector>

namespace twofold::ui {

PartnerTurnPage::PartnerTurnPage(WelcomeWizard* wizard, int position)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_position(position) {
    setObjectName(QStringLiteral("turn%1").arg(position));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_fields = new PartnerFields(position, QColor(core::Journal::defaultColour(position)), this);
    layout->addWidget(m_fields);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("protectionNote"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_note);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(position == 0 ? QStringLiteral("firstTurnError") : QStringLiteral("partnersError"));
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_fields, &PartnerFields::changed, this, [this] {
        m_error->clear();
        m_note->setText(m_fields->hasPassphrase()
                            ? tr("Only you will know it. If it's ever forgotten, your own recovery code gets you "
                                 "back in; you'll see it in a moment, on your own.")
                            : tr("Without a passphrase, anyone who gets hold of the file can read what you write, "
                                 "even what you keep to yourself. You can add one later."));
        Q_EMIT completeChanged();
    });
    if (position == 1) {
        // After this turn the journal exists: there is no way back to it.
        setCommitPage(true);
        setButtonText(QWizard::CommitButton, tr("Create our journal"));
    }
}

void PartnerTurnPage::initializePage() {
    if (m_position == 0) {
        setTitle(tr("One of you first"));
        setSubTitle(tr("Your name, the colour that marks what you write, and a passphrase only you know. Your "
                       "partner, look away for a moment."));
    } else {
        setTitle(tr("Your turn"));
        setSubTitle(tr("%1 has done their part. Now your name, your colour and your own passphrase.")
                        .arg(m_wizard->turn(0).name));
        m_fields->setTakenColour(m_wizard->turn(0).colour);
    }
    Q_EMIT m_fields->changed();
    m_fields->focusName();
}

bool PartnerTurnPage::isComplete() const {
    return !m_fields->name().isEmpty();
}

int PartnerTurnPage::nextId() const {
    return m_position == 0 ? WelcomeWizard::HandToSecondPage : WelcomeWizard::SecondKitPage;
}

bool PartnerTurnPage::validatePage() {
    if (const QString problem = m_fields->problem(); !problem.isEmpty()) {
        m_error->setText(problem);
        return false;
    }
    if (m_position == 1 && m_fields->name().compare(m_wizard->turn(0).name, Qt::CaseInsensitive) == 0) {
        m_error->setText(
            tr("%1 already has that name. Choose one your partner can tell apart.").arg(m_wizard->turn(0).name));
        return false;
    }
    m_wizard->setTurn(m_position, {m_fields->name(), m_fields->colour()});
    return m_position == 0 || m_wizard->hasJournal() || createJournal();
}

bool PartnerTurnPage::createJournal() {
    auto* first = qobject_cast<PartnerTurnPage*>(m_wizard->page(WelcomeWizard::FirstTurnPage));
    // The passphrases go to the worker in wiped memory, seen through views
    // that own nothing, and are wiped when it is done.
    struct Typed {
        QString name;
        QString colour;
        std::shared_ptr<const core::crypto::SecretBytes> passphrase;
    };
    std::vector<Typed> typed;
    for (const PartnerFields* fields : {first->fields(), m_fields}) {
        auto passphrase = fields->passphrase();
        typed.push_back(
            Typed{fields->name(), fields->colour().name(),
                  passphrase ? std::make_shared<const core::crypto::SecretBytes>(std::move(*passphrase)) : nullptr});
    }
    const core::crypto::KdfLimits kdf = m_wizard->kdf();
    const QString path = m_wizard->journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Argon2 for two passphrases takes a moment: keep the window painting.
    auto result = std::make_shared<std::optional<core::Result<core::CreatedJournal>>>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    m_error->setText(tr("Creating your journal…"));
    setEnabled(false);
    m_wizard->setCreating(true);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    watcher.setFuture(QtConcurrent::run([result, path, typed, kdf] {
        core::JournalSetup setup;
        setup.kdf = kdf;
        for (const Typed& partner : typed) {
            setup.partners.push_back(core::PartnerSetup{
                partner.name, partner.colour,
                partner.passphrase ? std::optional<QByteArray>(partner.passphrase->view()) : std::nullopt});
        }
        result->emplace(core::Journal::create(path, setup));
    }));
    loop.exec();
    m_wizard->setCreating(false);
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    auto& created = **result;
    if (!created) {
        m_error->setText(created.error().message);
        return false;
    }
    m_error->clear();
    // The journal holds the passphrases now; the fields need not.
    first->fields()->clearPassphrase();
    m_fields->clearPassphrase();
    m_wizard->setJournal(std::move(created->journal), created->recoveryCodes);
    return true;
}

} // namespace twofold::ui
