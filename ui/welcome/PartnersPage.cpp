#include "welcome/PartnersPage.h"

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

namespace twofold::ui {

PartnersPage::PartnersPage(WelcomeWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Who writes here?"));
    setSubTitle(tr("Each of you gets a name, a colour and, ideally, a passphrase of your own."));
    auto* layout = new QVBoxLayout(this);
    m_first = new PartnerFields(0, QColor(core::Journal::defaultColour(0)), this);
    m_second = new PartnerFields(1, QColor(core::Journal::defaultColour(1)), this);
    layout->addWidget(m_first);
    layout->addWidget(m_second);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("protectionNote"));
    layout->addWidget(m_note);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("partnersError"));
    layout->addWidget(m_error);
    layout->addStretch();
    connect(m_first, &PartnerFields::changed, this, &PartnersPage::refresh);
    connect(m_second, &PartnerFields::changed, this, &PartnersPage::refresh);
    refresh();
}

void PartnersPage::refresh() {
    const bool both = m_first->passphrase() && m_second->passphrase();
    const bool none = !m_first->passphrase() && !m_second->passphrase();
    if (both) {
        m_note->setText(tr("With two passphrases, the file is unreadable without one of them, and each of you "
                           "keeps private writing private."));
    } else if (none) {
        m_note->setText(tr("Without passphrases, anyone who gets hold of the file can read everything in it."));
    } else {
        m_note->setText(tr("Shared writing is protected only when both of you set a passphrase; private writing "
                           "of a partner without one can be read by anyone holding the file."));
    }
    m_error->clear();
    Q_EMIT completeChanged();
}

int PartnersPage::nextId() const {
    return WelcomeWizard::RecoveryPage;
}

bool PartnersPage::isComplete() const {
    return !m_first->name().isEmpty() && !m_second->name().isEmpty();
}

bool PartnersPage::validatePage() {
    if (m_wizard->hasJournal()) {
        return true;
    }
    for (const PartnerFields* fields : {m_first, m_second}) {
        if (const QString problem = fields->problem(); !problem.isEmpty()) {
            m_error->setText(problem);
            return false;
        }
    }
    if (m_first->name().compare(m_second->name(), Qt::CaseInsensitive) == 0) {
        m_error->setText(tr("The two partners need different names."));
        return false;
    }
    core::JournalSetup setup;
    setup.kdf = m_wizard->kdf();
    for (const PartnerFields* fields : {m_first, m_second}) {
        setup.partners.push_back(core::PartnerSetup{fields->name(), fields->colour().name(), fields->passphrase()});
    }
    const QString path = m_wizard->journalPath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Argon2 for two passphrases takes a moment: keep the window painting.
    auto result = std::make_shared<std::optional<core::Result<core::CreatedJournal>>>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    m_error->setText(tr("Creating your journal…"));
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    watcher.setFuture(
        QtConcurrent::run([result, path, setup] { result->emplace(core::Journal::create(path, setup)); }));
    loop.exec();
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    auto& created = **result;
    if (!created) {
        m_error->setText(created.error().message);
        return false;
    }
    m_error->clear();
    QMap<QString, QByteArray> passphrases;
    for (size_t i = 0; i < setup.partners.size(); ++i) {
        passphrases.insert(created->journal->partners()[i].id, setup.partners[i].passphrase.value_or(QByteArray()));
    }
    m_wizard->setPassphrases(std::move(passphrases));
    m_wizard->setJournal(std::move(created->journal), created->recoveryCodes);
    return true;
}

} // namespace twofold::ui
