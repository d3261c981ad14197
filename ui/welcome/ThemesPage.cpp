#include "welcome/ThemesPage.h"

#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"
#include "welcome/WelcomeWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace twofold::ui {

ThemesPage::ThemesPage(WelcomeWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard) {
    setTitle(tr("Conversations about sex and desire"));
    setSubTitle(tr("Prompts on these themes stay folded away until both of you say yes. Each of you decides for "
                   "yourself; you can change your mind at any time."));
    auto* layout = new QVBoxLayout(this);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(24);
    m_grid->setVerticalSpacing(10);
    layout->addLayout(m_grid);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("themesError"));
    layout->addWidget(m_error);
    layout->addStretch();
}

void ThemesPage::initializePage() {
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choices.clear();
    core::Journal* journal = m_wizard->journal();
    auto library = core::PromptLibrary::builtin();
    if (!journal || !library) {
        m_error->setText(library ? QString() : library.error().message);
        return;
    }
    const auto& partners = journal->partners();
    for (size_t p = 0; p < partners.size(); ++p) {
        auto* name = new QLabel(partners[p].name, this);
        QFont bold = name->font();
        bold.setWeight(QFont::DemiBold);
        name->setFont(bold);
        m_grid->addWidget(name, 0, 1 + static_cast<int>(p), Qt::AlignCenter);
    }
    int row = 1;
    for (const core::Theme& theme : (*library)->themes()) {
        if (!theme.sensitive) {
            continue;
        }
        auto* label = new QLabel(
            QStringLiteral("<b>%1</b><br>%2").arg(theme.name.toHtmlEscaped(), theme.description.toHtmlEscaped()), this);
        label->setWordWrap(true);
        m_grid->addWidget(label, row, 0);
        for (size_t p = 0; p < partners.size(); ++p) {
            auto* box = new QCheckBox(tr("Yes"), this);
            box->setObjectName(QStringLiteral("theme-%1-%2").arg(theme.id).arg(p));
            box->setAccessibleName(tr("%1 says yes to %2").arg(partners[p].name, theme.name));
            m_grid->addWidget(box, row, 1 + static_cast<int>(p), Qt::AlignCenter);
            m_choices.append(Choice{theme.id, static_cast<int>(p), box});
        }
        ++row;
    }
    m_grid->setColumnStretch(0, 1);
}

bool ThemesPage::validatePage() {
    core::Journal* journal = m_wizard->journal();
    if (m_applied || !journal) {
        return true;
    }
    // Each partner's yes is recorded as that partner (their own sealed
    // choice), so each is unlocked in turn — off the event loop, as Argon2
    // takes a moment.
    QList<QPair<QString, QStringList>> work;
    const auto& partners = journal->partners();
    for (size_t p = 0; p < partners.size(); ++p) {
        QStringList yes;
        for (const Choice& c : m_choices) {
            if (c.partner == static_cast<int>(p) && c.box->isChecked()) {
                yes.append(c.themeId);
            }
        }
        if (!yes.isEmpty()) {
            work.append({partners[p].id, yes});
        }
    }
    if (work.isEmpty()) {
        m_wizard->wipePassphrases();
        m_applied = true;
        return true;
    }
    const auto secrets = m_wizard->passphrases();
    auto failure = std::make_shared<QString>();
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    setEnabled(false);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    watcher.setFuture(QtConcurrent::run([journal, work, secrets, failure] {
        for (const auto& [partnerId, themes] : work) {
            if (auto unlocked = journal->unlock(partnerId, secrets.value(partnerId)); !unlocked) {
                *failure = unlocked.error().message;
                break;
            }
            for (const QString& theme : themes) {
                if (auto chosen = core::Prompts(*journal).choose(theme, core::ThemeChoice::Yes); !chosen) {
                    *failure = chosen.error().message;
                    break;
                }
            }
        }
        journal->lock();
    }));
    loop.exec();
    QApplication::restoreOverrideCursor();
    setEnabled(true);
    if (!failure->isEmpty()) {
        m_error->setText(*failure);
        return false;
    }
    m_wizard->wipePassphrases();
    m_applied = true;
    return true;
}

} // namespace twofold::ui
