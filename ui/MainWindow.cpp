#include "MainWindow.h"

#include "IdleWatcher.h"
#include "Session.h"
#include "editor/EditorPage.h"
#include "export/ExportDialog.h"
#include "imports/ImportDialog.h"
#include "journal/Journal.h"
#include "search/SearchPage.h"
#include "settings/PassphraseDialog.h"
#include "settings/SettingsDialog.h"
#include "timeline/JournalPage.h"
#include "today/TodayPage.h"
#include "unlock/UnlockPage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/PartnerChip.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QListView>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace twofold::ui {

MainWindow::MainWindow(std::unique_ptr<core::Journal> journal, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<Session>(std::move(journal))) {
    setObjectName(QStringLiteral("mainWindow"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_error = new ErrorBanner(central);
    layout->addWidget(m_error);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_unlock = new UnlockPage(*m_session, m_stack);
    m_pages = new QStackedWidget(m_stack);
    m_today = new TodayPage(*m_session, m_pages);
    m_journal = new JournalPage(*m_session, m_pages);
    m_editor = new EditorPage(*m_session, m_pages);
    m_search = new SearchPage(*m_session, m_pages);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_journal);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_search);
    m_stack->addWidget(m_unlock);
    m_stack->addWidget(m_pages);

    m_idle = new IdleWatcher(this);
    m_idle->setMinutes(SettingsDialog::autoLockMinutes());
    m_idle->pause();
    connect(m_idle, &IdleWatcher::idle, this, [this] {
        // A modal dialog may have work running on the journal (a passphrase
        // change); locking under it would pull the keys away mid-way.
        if (QApplication::activeModalWidget()) {
            m_idle->restart();
            return;
        }
        if (m_session->isUnlocked()) {
            lockNow();
        }
    });

    buildActions();

    connect(m_session.get(), &Session::unlocked, this, &MainWindow::onUnlocked);
    connect(m_session.get(), &Session::keysChangedElsewhere, this, [this] {
        if (m_session->isUnlocked()) {
            lockNow();
            m_unlock->showNotice(tr("The journal's keys were changed elsewhere (another window, or twofold-cli). "
                                    "Unlock again to go on; your draft is safe."));
        }
    });
    connect(m_today, &TodayPage::writeToday, this, &MainWindow::newEntry);
    connect(m_today, &TodayPage::continueDraft, this, [this](const core::Draft& draft) {
        m_editor->openDraft(draft);
        showPage(m_editor);
    });
    connect(m_today, &TodayPage::openEntry, this, &MainWindow::openEntry);
    connect(m_journal, &JournalPage::openEntry, this, &MainWindow::openEntry);
    connect(m_search, &SearchPage::openEntry, this, &MainWindow::openEntry);
    connect(m_editor, &EditorPage::saved, this, [this] {
        m_error->hide();
        showJournal();
    });
    connect(m_editor, &EditorPage::closed, this, &MainWindow::showToday);
    for (QObject* source : std::initializer_list<QObject*>{m_today, m_journal, m_editor}) {
        connect(source, SIGNAL(errorOccurred(QString)), this, SLOT(showError(QString)));
    }

    resize(1100, 760);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    m_stack->setCurrentWidget(m_unlock);
    updateTitle();
}

MainWindow::~MainWindow() {
    // Pages hold references to the session; delete them first.
    delete takeCentralWidget();
}

void MainWindow::buildActions() {
    auto* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this, bar](const QString& text, const QKeySequence& key, auto slot) {
        auto* action = new QAction(text, this);
        action->setShortcut(key);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, slot);
        bar->addAction(action);
        m_unlockedActions.append(action);
        return action;
    };
    add(tr("Today"), QKeySequence(tr("Ctrl+T")), &MainWindow::showToday);
    add(tr("Journal"), QKeySequence(tr("Ctrl+J")), &MainWindow::showJournal);
    add(tr("New entry"), QKeySequence::New, &MainWindow::newEntry);
    add(tr("Search"), QKeySequence::Find, &MainWindow::showSearch);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_chip = new PartnerChip(bar);
    bar->addWidget(m_chip);
    add(tr("Lock"), QKeySequence(tr("Ctrl+L")), &MainWindow::lockNow);
    auto* passphrase = new QAction(tr("Passphrase…"), this);
    passphrase->setToolTip(tr("Set or change your passphrase"));
    connect(passphrase, &QAction::triggered, this, [this] { changePassphrase(); });
    bar->addAction(passphrase);
    m_unlockedActions.append(passphrase);
    auto* exportAction = new QAction(tr("Export…"), this);
    exportAction->setToolTip(tr("The shared journal as a PDF book"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportBook);
    bar->addAction(exportAction);
    m_unlockedActions.append(exportAction);
    auto* import = new QAction(tr("Import…"), this);
    import->setToolTip(tr("Import entries from jrnl or Day One"));
    connect(import, &QAction::triggered, this, [this] {
        ImportDialog dialog(*m_session, this);
        dialog.exec();
    });
    bar->addAction(import);
    m_unlockedActions.append(import);
    auto* settings = new QAction(tr("Settings"), this);
    settings->setShortcut(QKeySequence::Preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    bar->addAction(settings);
    for (QAction* a : m_unlockedActions) {
        a->setEnabled(false);
    }
}

void MainWindow::exportBook() {
    ExportDialog dialog(m_session->journal(), this);
    dialog.exec();
}

QWidget* MainWindow::currentPage() const {
    return m_stack->currentWidget() == m_unlock ? static_cast<QWidget*>(m_unlock) : m_pages->currentWidget();
}

void MainWindow::onUnlocked() {
    m_error->hide();
    for (QAction* a : m_unlockedActions) {
        a->setEnabled(true);
    }
    m_stack->setCurrentWidget(m_pages);
    m_today->refresh();
    m_journal->refresh();
    showPage(m_today);
    m_idle->setMinutes(SettingsDialog::autoLockMinutes());
    updateTitle();
    if (m_session->journal().unlockedWithRecoveryCode()) {
        changePassphrase(tr("You opened the journal with your recovery code, which now has to be replaced. Choose "
                            "a new passphrase; you will get a new recovery code."));
    }
}

void MainWindow::updateTitle() {
    const auto me = m_session->acting();
    if (me) {
        // Qt appends the application's display name: "Alex — Twofold".
        setWindowTitle(me->name);
        m_chip->showPartner(me->name, QColor(me->colour));
    } else {
        setWindowTitle(tr("Locked"));
        m_chip->showLocked();
    }
}

void MainWindow::showPage(QWidget* page) {
    if (!m_session->isUnlocked()) {
        return;
    }
    if (m_pages->currentWidget() == m_editor && page != m_editor) {
        m_editor->saveDraftNow();
    }
    m_pages->setCurrentWidget(page);
}

void MainWindow::showToday() {
    showPage(m_today);
}

void MainWindow::showJournal() {
    showPage(m_journal);
    m_journal->view()->setFocus();
}

void MainWindow::newEntry() {
    if (!m_session->isUnlocked()) {
        return;
    }
    m_editor->saveDraftNow();
    m_editor->newEntry();
    showPage(m_editor);
}

void MainWindow::showSearch() {
    if (!m_session->isUnlocked()) {
        return;
    }
    showPage(m_search);
    m_search->focusQuery();
}

void MainWindow::openEntry(const QString& entryId) {
    m_editor->saveDraftNow();
    if (m_editor->openEntry(entryId)) {
        showPage(m_editor);
    }
}

void MainWindow::lockNow() {
    // What is being written is sealed into the draft before the keys go.
    m_editor->saveDraftNow();
    m_editor->clear();
    m_today->clear();
    m_journal->clear();
    m_search->clear();
    m_session->lock();
    m_idle->pause();
    for (QAction* a : m_unlockedActions) {
        a->setEnabled(false);
    }
    m_unlock->reset();
    m_stack->setCurrentWidget(m_unlock);
    updateTitle();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted && m_session->isUnlocked()) {
        m_idle->setMinutes(SettingsDialog::autoLockMinutes());
    }
}

void MainWindow::changePassphrase(const QString& reason) {
    const auto me = m_session->acting();
    if (!me) {
        return;
    }
    const QString why =
        !reason.isEmpty() ? reason
        : me->isProtected
            ? tr("Choose a new passphrase. The old one and your old recovery code stop opening the journal.")
            : tr("Add a passphrase so that nobody holding the file can read your private writing. Your keys are "
                 "renewed and your writing re-encrypted; this takes a moment.");
    auto* dialog = new PassphraseDialog(*m_session, m_kdf, why, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PassphraseDialog::changed, this, &MainWindow::updateTitle);
    // Window-modal and non-blocking, so the rest of the window keeps painting.
    dialog->open();
}

void MainWindow::showError(const QString& message) {
    m_error->showMessage(message);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_editor->saveDraftNow();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace twofold::ui
