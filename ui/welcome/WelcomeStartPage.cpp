#include "welcome/WelcomeStartPage.h"

#include "journal/Journal.h"
#include "welcome/WelcomeWizard.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold::ui {

WelcomeStartPage::WelcomeStartPage(WelcomeWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Twofold"));
    setSubTitle(tr("A private journal for the two of you: what each day was like, a check-in once a week, and "
                   "prompts for the conversations that matter."));
    auto* outer = new QVBoxLayout(this);
    outer->setSpacing(12);
    auto* privacy = new QLabel(tr("What you write stays in one file on this computer, sealed with passphrases "
                                  "only the two of you know."),
                               this);
    privacy->setObjectName(QStringLiteral("privacyLine"));
    privacy->setWordWrap(true);
    outer->addWidget(privacy);
    outer->addSpacing(8);

    // The file system waits behind a disclosure: most couples never need it.
    auto* disclosure = new QToolButton(this);
    disclosure->setObjectName(QStringLiteral("whereItsKept"));
    disclosure->setText(tr("Where it's kept, or open another journal"));
    disclosure->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    disclosure->setArrowType(Qt::RightArrow);
    disclosure->setCheckable(true);
    disclosure->setAutoRaise(true);
    outer->addWidget(disclosure);
    auto* details = new QWidget(this);
    details->setObjectName(QStringLiteral("startDetails"));
    details->hide();
    outer->addWidget(details);
    auto* layout = new QGridLayout(details);
    layout->setContentsMargins(24, 0, 0, 0);
    layout->setColumnStretch(1, 1);
    connect(disclosure, &QToolButton::toggled, this, [disclosure, details](bool open) {
        disclosure->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        details->setVisible(open);
    });

    m_create = new QRadioButton(tr("Create our journal here"), details);
    m_create->setObjectName(QStringLiteral("createJournal"));
    m_create->setChecked(true);
    layout->addWidget(m_create, 0, 0, 1, 3);
    m_createPath = new QLineEdit(m_wizard->journalPath(), details);
    m_createPath->setObjectName(QStringLiteral("createPath"));
    m_createPath->setAccessibleName(tr("Where the new journal is stored"));
    layout->addWidget(m_createPath, 1, 1);
    auto* createBrowse = new QPushButton(tr("Change…"), details);
    createBrowse->setAccessibleName(tr("Choose where to store the new journal"));
    layout->addWidget(createBrowse, 1, 2);
    layout->setRowMinimumHeight(2, 12);

    m_open = new QRadioButton(tr("Open a journal we already have"), details);
    m_open->setObjectName(QStringLiteral("openJournal"));
    layout->addWidget(m_open, 3, 0, 1, 3);
    m_openPath = new QLineEdit(details);
    m_openPath->setObjectName(QStringLiteral("openPath"));
    m_openPath->setPlaceholderText(tr("A .twofold file"));
    m_openPath->setAccessibleName(tr("The journal file to open"));
    layout->addWidget(m_openPath, 4, 1);
    auto* openBrowse = new QPushButton(tr("Browse…"), details);
    openBrowse->setAccessibleName(tr("Browse for a journal file"));
    layout->addWidget(openBrowse, 4, 2);
    layout->setColumnMinimumWidth(0, 24);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("startError"));
    outer->addWidget(m_error);
    outer->addStretch(1);
    setButtonText(QWizard::NextButton, tr("Create our journal"));
    setButtonText(QWizard::FinishButton, tr("Open this journal"));

    auto refresh = [this] {
        m_createPath->setEnabled(m_create->isChecked());
        m_openPath->setEnabled(m_open->isChecked());
        m_error->clear();
        // QWizard reads "is this the last page" only on page changes and
        // setFinalPage(): opening a file finishes here, creating goes on.
        setFinalPage(m_open->isChecked());
        Q_EMIT completeChanged();
    };
    connect(m_create, &QRadioButton::toggled, this, refresh);
    connect(m_createPath, &QLineEdit::textChanged, this, refresh);
    connect(m_openPath, &QLineEdit::textChanged, this, refresh);
    connect(createBrowse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("New journal"), m_createPath->text(),
                                                          tr("Twofold journal (*.twofold)"));
        if (!path.isEmpty()) {
            m_create->setChecked(true);
            m_createPath->setText(path);
        }
    });
    connect(openBrowse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Open journal"), QString(), tr("Twofold journal (*.twofold)"));
        if (!path.isEmpty()) {
            m_open->setChecked(true);
            m_openPath->setText(path);
        }
    });
    refresh();
}

int WelcomeStartPage::nextId() const {
    return m_open->isChecked() ? -1 : WelcomeWizard::FirstTurnPage;
}

bool WelcomeStartPage::isComplete() const {
    return m_open->isChecked() ? !m_openPath->text().trimmed().isEmpty() : !m_createPath->text().trimmed().isEmpty();
}

bool WelcomeStartPage::validatePage() {
    if (m_create->isChecked()) {
        const QString path = m_createPath->text().trimmed();
        if (QFileInfo::exists(path)) {
            m_error->setText(tr("There is already a file at %1. Open it instead, or choose another place.").arg(path));
            return false;
        }
        m_wizard->setJournalPath(path);
        return true;
    }
    auto opened = core::Journal::open(m_openPath->text().trimmed());
    if (!opened) {
        m_error->setText(opened.error().message);
        return false;
    }
    m_wizard->setJournalPath(m_openPath->text().trimmed());
    m_wizard->setJournal(std::move(*opened), {});
    return true;
}

} // namespace twofold::ui
