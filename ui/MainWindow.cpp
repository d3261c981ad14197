#include "MainWindow.h"

#include "IdleWatcher.h"
#include "Session.h"
#include "Words.h"
#include "backups/BackupWords.h"
#include "backups/DailyBackup.h"
#include "backups/RestoreDialog.h"
#include "checkin/CheckInPage.h"
#include "editor/EditorPage.h"
#include "export/ExportDialog.h"
#include "imports/ImportDialog.h"
#include "journal/CheckIns.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "navigation/HeaderBar.h"
#include "navigation/ShortcutsDialog.h"
#include "navigation/Sidebar.h"
#include "prompts/PromptsPage.h"
#include "prompts/ThemesDialog.h"
#include "reminders/Reminders.h"
#include "search/SearchPage.h"
#include "settings/PassphraseDialog.h"
#include "settings/SettingsDialog.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "today/TodayPage.h"
#include "trends/TrendsPage.h"
#include "unlock/ScreenLockWatcher.h"
#include "unlock/UnlockPage.h"
#include "widgets/ErrorBanner.h"
#include "widgets/OpenDialogs.h"
#include "widgets/PartnerChip.h"
#include "widgets/UndoBar.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// The installed theme's icon when there is one, else the copy rendered
// from the package's SVG at build time.
QIcon appIcon() {
    QIcon bundled;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        bundled.addFile(QStringLiteral(":/icons/twofold-%1.png").arg(size), QSize(size, size));
    }
    return QIcon::fromTheme(QStringLiteral(TWOFOLD_APP_ID), bundled);
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<core::Journal> journal, QWidget* parent)
    : QMainWindow(parent)
    , m_session(std::make_unique<Session>(std::move(journal))) {
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());
    m_stack = new QStackedWidget(this);
    setCentralWidget(m_stack);

    // Locked, the window is "who's here" alone: no places, no menus.
    m_unlock = new UnlockPage(*m_session, m_stack);
    m_stack->addWidget(m_unlock);

    // Unlocked: the sidebar of places beside the header and the page.
    m_shell = new QWidget(m_stack);
    auto* shell = new QHBoxLayout(m_shell);
    shell->setContentsMargins(0, 0, 0, 0);
    shell->setSpacing(0);
    m_sidebar = new Sidebar(m_shell);
    shell->addWidget(m_sidebar);
    auto* rule = new QFrame(m_shell);
    rule->setFrameShape(QFrame::VLine);
    rule->setForegroundRole(QPalette::Midlight);
    shell->addWidget(rule);
    auto* column = new QVBoxLayout;
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    m_header = new HeaderBar(m_shell);
    column->addWidget(m_header);
    m_error = new ErrorBanner(m_shell);
    column->addWidget(m_error);
    m_pages = new QStackedWidget(m_shell);
    column->addWidget(m_pages, 1);
    m_undo = new UndoBar(m_shell);
    column->addWidget(m_undo);
    shell->addLayout(column, 1);
    m_stack->addWidget(m_shell);

    m_today = new TodayPage(*m_session, m_pages);
    m_journal = new JournalPage(*m_session, m_pages);
    m_editor = new EditorPage(*m_session, m_pages);
    m_search = new SearchPage(*m_session, m_pages, m_header->searchField());
    m_prompts = new PromptsPage(*m_session, m_pages);
    m_pages->addWidget(m_prompts);
    m_checkIn = new CheckInPage(*m_session, m_pages);
    m_pages->addWidget(m_checkIn);
    m_trends = new TrendsPage(*m_session, m_pages);
    m_pages->addWidget(m_trends);
    m_pages->addWidget(m_today);
    m_pages->addWidget(m_journal);
    m_pages->addWidget(m_editor);
    m_pages->addWidget(m_search);

    m_reminders = new Reminders(this);
    m_reminders->setAlreadyDone([this](ReminderKind kind, QDate day) { return reminderAlreadyDone(kind, day); });
    connect(m_reminders, &Reminders::openRequested, this, &MainWindow::openForReminder);
    m_reminders->apply(ReminderSettings::load());

    m_idle = new IdleWatcher(this);
    m_idle->setMinutes(SettingsDialog::autoLockMinutes());
    m_idle->pause();
    connect(m_idle, &IdleWatcher::idle, this, [this] { lockWhenFree(LockReason::Idle); });
    m_screenLock = new ScreenLockWatcher(this);
    connect(m_screenLock, &ScreenLockWatcher::screenLocked, this, [this] { lockWhenFree(LockReason::ScreenLocked); });
    m_pendingLock = new QTimer(this);
    m_pendingLock->setInterval(250);
    connect(m_pendingLock, &QTimer::timeout, this, [this] { lockWhenFree(m_pendingReason); });

    buildActions();

    connect(m_session.get(), &Session::unlocked, this, &MainWindow::onUnlocked);
    connect(m_unlock, &UnlockPage::recoveryCodeAccepted, this, &MainWindow::replaceForgottenPassphrase);
    connect(&m_session->dailyBackup(), &DailyBackup::failed, this,
            [this](const QString& sentence) { m_error->showMessage(backupwords::dailyFailed(sentence)); });
    connect(m_session.get(), &Session::keysChangedElsewhere, this, [this] { lockFor(LockReason::KeysChanged); });
    connect(m_sidebar, &Sidebar::placeChosen, this, &MainWindow::showPlace);
    connect(m_header->newEntryButton(), &QPushButton::clicked, this, &MainWindow::newEntry);
    // Typing in the header's field shows the results; the search page runs
    // the query itself.
    connect(m_header->searchField(), &QLineEdit::textEdited, this, [this] {
        if (m_pages->currentWidget() != m_search) {
            go({m_search, m_here.place});
        }
    });
    connect(m_today, &TodayPage::writeToday, this, &MainWindow::newEntry);
    connect(m_today, &TodayPage::continueDraft, this, [this](const core::Draft& draft) {
        m_editor->saveDraftNow();
        m_editor->openDraft(draft);
        go({m_editor, m_here.place});
    });
    connect(m_today, &TodayPage::openEntry, this, &MainWindow::openEntry);
    connect(m_today, &TodayPage::writeAbout, this, [this](const QString& prompt) {
        m_editor->saveDraftNow();
        m_editor->newEntryAbout(prompt);
        go({m_editor, m_here.place});
    });
    connect(m_today, &TodayPage::openCheckIn, this, &MainWindow::showCheckIn);
    connect(m_today, &TodayPage::answerPrompt, this, [this](const QString& promptId) {
        showPrompts();
        m_prompts->openPrompt(promptId);
    });
    connect(m_session.get(), &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        if (m_session->isUnlocked() &&
            (changes.touches(core::ChangeKind::Answer) || changes.touches(core::ChangeKind::ThemeChoice))) {
            updatePromptBadge();
        }
        if (m_session->isUnlocked() &&
            (changes.touches(core::ChangeKind::CheckInPart) || changes.touches(core::ChangeKind::CheckIn))) {
            updateCheckInBadge();
        }
        // A new name or colour (from Settings, or the other partner's own
        // elsewhere): the title, the chip and the pages that show names.
        if (m_session->isUnlocked() && changes.touches(core::ChangeKind::Partner) && !changes.everything) {
            updateTitle();
            m_today->refresh();
            m_journal->refresh();
        }
    });
    connect(m_session.get(), &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        if (m_session->isUnlocked() &&
            (changes.touches(core::ChangeKind::CheckInPart) || changes.touches(core::ChangeKind::Entry) ||
             changes.touches(core::ChangeKind::Partner))) {
            m_trends->markStale();
            if (m_pages->currentWidget() == m_trends) {
                m_trends->refresh();
            }
        }
    });
    connect(m_trends, &TrendsPage::openCheckIn, this, &MainWindow::showCheckIn);
    connect(m_trends, &TrendsPage::openWeek, this, [this](const QString& week) { openCheckInWeek(week); });
    connect(m_today, &TodayPage::seeAllOf, this, [this](const QString& partnerId) {
        showJournal();
        m_journal->showOnlyAuthor(partnerId);
    });
    connect(m_journal, &JournalPage::openEntry, this, &MainWindow::openEntry);
    connect(m_search, &SearchPage::openEntry, this, &MainWindow::openEntry);
    connect(m_search, &SearchPage::openPrompt, this, [this](const QString& promptId) {
        // Results stay behind for Back, as they do for an entry.
        go({m_prompts, Place::Prompts}, true, true);
        m_prompts->openPrompt(promptId);
    });
    // Results stay behind for Back, as they do for an entry.
    connect(m_search, &SearchPage::openCheckIn, this,
            [this](const QString& week) { openCheckInWeek(week, /*fromResults=*/true); });
    // Saving, or discarding, returns to where the writing started.
    connect(m_editor, &EditorPage::saved, this, [this] {
        m_error->hide();
        if (!goBack()) {
            showJournal();
        }
    });
    connect(m_editor, &EditorPage::closed, this, [this] {
        if (!goBack()) {
            showToday();
        }
    });
    connect(m_editor, &EditorPage::backRequested, this, [this] {
        if (!goBack()) {
            showToday();
        }
    });
    connect(m_editor, &EditorPage::discarded, this, [this](const core::Draft& draft) {
        m_undo->offer(tr("Draft discarded."), [this, draft] {
            // The words come back as a sealed draft, and on screen.
            if (auto restored = core::Drafts(m_session->journal()).save(draft); !restored) {
                showError(restored.error().message);
                return;
            }
            m_editor->saveDraftNow();
            m_editor->openDraft(draft);
            go({m_editor, m_here.place});
        });
    });
    connect(m_editor, &EditorPage::stepRequested, this, [this](int step) {
        const QString next = neighbourOf(m_editor->entryId().value_or(QString()), step);
        if (!next.isEmpty()) {
            openEntry(next);
        }
    });
    connect(m_journal, &JournalPage::movedToTrash, this, [this](const QString& id, const QString& title) {
        m_undo->offer(title.isEmpty() ? tr("Moved to trash.") : tr("“%1” moved to trash.").arg(title), [this, id] {
            if (auto restored = core::Entries(m_session->journal()).restore(id); !restored) {
                showError(restored.error().message);
            }
        });
    });
    for (QObject* source :
         std::initializer_list<QObject*>{m_today, m_journal, m_editor, m_prompts, m_checkIn, m_trends}) {
        connect(source, SIGNAL(errorOccurred(QString)), this, SLOT(showError(QString)));
    }

    resize(1100, 760);
    setMinimumSize(760, 520);
    restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    m_stack->setCurrentWidget(m_unlock);
    updateTitle();
}

MainWindow::~MainWindow() {
    // Pages hold references to the session; delete them first.
    delete takeCentralWidget();
}

PartnerChip* MainWindow::partnerChip() const {
    return m_header->partnerChip();
}

QAction* MainWindow::addWindowAction(const QString& group, const QString& text, const QList<QKeySequence>& keys) {
    auto* action = new QAction(text, this);
    action->setShortcuts(keys);
    // The window's shortcuts work wherever the focus is in it.
    action->setShortcutContext(Qt::WindowShortcut);
    if (!keys.isEmpty()) {
        action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(QChar(0x2026)),
                                                         keys.front().toString(QKeySequence::NativeText)));
    }
    addAction(action);
    if (!m_groups.contains(group)) {
        m_groupOrder.append(group);
    }
    m_groups[group].append(action);
    return action;
}

void MainWindow::buildActions() {
    const QString places = tr("Places");
    const QString writing = tr("Writing");
    const QString window = tr("Window");
    auto unlocked = [this](QAction* action) {
        m_unlockedActions.append(action);
        return action;
    };
    connect(unlocked(addWindowAction(places, tr("Today"), {QKeySequence(tr("Ctrl+T")), QKeySequence(tr("Ctrl+1"))})),
            &QAction::triggered, this, &MainWindow::showToday);
    connect(unlocked(addWindowAction(places, tr("Journal"), {QKeySequence(tr("Ctrl+J")), QKeySequence(tr("Ctrl+2"))})),
            &QAction::triggered, this, &MainWindow::showJournal);
    connect(unlocked(addWindowAction(places, tr("Check-in"), {QKeySequence(tr("Ctrl+3"))})), &QAction::triggered, this,
            &MainWindow::showCheckIn);
    connect(unlocked(addWindowAction(places, tr("Prompts"), {QKeySequence(tr("Ctrl+4"))})), &QAction::triggered, this,
            &MainWindow::showPrompts);
    connect(unlocked(addWindowAction(places, tr("Trends"), {QKeySequence(tr("Ctrl+5"))})), &QAction::triggered, this,
            &MainWindow::showTrends);
    connect(unlocked(addWindowAction(places, tr("Trash"), {QKeySequence(tr("Ctrl+Shift+T"))})), &QAction::triggered,
            this, &MainWindow::showTrash);
    connect(unlocked(addWindowAction(places, tr("Search"), {QKeySequence::Find})), &QAction::triggered, this,
            &MainWindow::showSearch);
    connect(unlocked(addWindowAction(places, tr("Back"), {QKeySequence::Back, QKeySequence(Qt::Key_Escape)})),
            &QAction::triggered, this, [this] { goBack(); });
    connect(unlocked(addWindowAction(writing, tr("New entry"), {QKeySequence::New})), &QAction::triggered, this,
            &MainWindow::newEntry);
    // The pages' own: listed here so the shortcuts window shows them.
    for (QAction* action : m_editor->actions()) {
        m_groups[writing].append(action);
    }
    const QString journal = tr("Journal");
    m_groupOrder.append(journal);
    for (QAction* action : m_journal->view()->actions()) {
        m_groups[journal].append(action);
    }

    // The partner's menu, on the chip.
    auto* partnerMenu = new QMenu(this);
    partnerMenu->setObjectName(QStringLiteral("partnerMenu"));
    QAction* passphrase = unlocked(addWindowAction(window, tr("Change passphrase…"), {}));
    connect(passphrase, &QAction::triggered, this, [this] { changePassphrase(); });
    partnerMenu->addAction(passphrase);
    QAction* themes = unlocked(addWindowAction(window, tr("Your themes…"), {}));
    connect(themes, &QAction::triggered, this, [this] {
        ThemesDialog dialog(*m_session, this);
        dialog.exec();
        if (m_session->isUnlocked()) { // not when locking closed the dialog
            m_prompts->refresh();
            m_today->refresh();
        }
    });
    partnerMenu->addAction(themes);
    partnerMenu->addSeparator();
    QAction* lock = unlocked(addWindowAction(window, tr("Lock"), {QKeySequence(tr("Ctrl+L"))}));
    connect(lock, &QAction::triggered, this, &MainWindow::lockNow);
    partnerMenu->addAction(lock);
    m_header->partnerChip()->setMenu(partnerMenu);

    // The app menu (F10).
    auto* appMenu = new QMenu(this);
    appMenu->setObjectName(QStringLiteral("appMenuList"));
    QAction* exportAction = unlocked(addWindowAction(window, tr("Export…"), {QKeySequence(tr("Ctrl+E"))}));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportBook);
    appMenu->addAction(exportAction);
    QAction* import = unlocked(addWindowAction(window, tr("Import…"), {}));
    connect(import, &QAction::triggered, this, &MainWindow::importEntries);
    appMenu->addAction(import);
    QAction* restore = unlocked(addWindowAction(window, tr("Restore from a backup…"), {}));
    connect(restore, &QAction::triggered, this, &MainWindow::restoreFromBackup);
    appMenu->addAction(restore);
    appMenu->addSeparator();
    // No settings while locked: "who's here" is the only thing to do then.
    QAction* settings = unlocked(addWindowAction(window, tr("Settings"), {QKeySequence(tr("Ctrl+,"))}));
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    appMenu->addAction(settings);
    QAction* shortcuts =
        addWindowAction(window, tr("Keyboard shortcuts"),
                        {QKeySequence(tr("Ctrl+?")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Slash)});
    connect(shortcuts, &QAction::triggered, this, &MainWindow::showShortcuts);
    appMenu->addAction(shortcuts);
    QAction* about = addWindowAction(window, tr("About Twofold"), {});
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    appMenu->addAction(about);
    m_header->menuButton()->setMenu(appMenu);
    QAction* openMenu = unlocked(addWindowAction(window, tr("Open the main menu"), {QKeySequence(Qt::Key_F10)}));
    connect(openMenu, &QAction::triggered, m_header->menuButton(), &QToolButton::showMenu);

    for (QAction* a : std::as_const(m_unlockedActions)) {
        a->setEnabled(false);
    }
}

void MainWindow::exportBook() {
    ExportDialog dialog(m_session->journal(), this);
    dialog.exec();
}

void MainWindow::importEntries() {
    ImportDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::restoreFromBackup() {
    RestoreDialog dialog(*m_session, this);
    connect(&dialog, &RestoreDialog::aboutToRestore, this, [this] { lockFor(LockReason::Asked); });
    dialog.exec();
}

void MainWindow::showShortcuts() {
    QList<ShortcutsDialog::Group> groups;
    for (const QString& group : std::as_const(m_groupOrder)) {
        groups.append({group, m_groups.value(group)});
    }
    ShortcutsDialog dialog(groups, this);
    dialog.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About Twofold"),
                       tr("<h3>Twofold %1</h3><p>A private journal for the two of you: daily reflections, a weekly "
                          "check-in and prompts to talk about.</p><p>What you write stays in one file on this "
                          "computer, sealed with your own keys.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

QWidget* MainWindow::currentPage() const {
    return m_stack->currentWidget() == m_unlock ? static_cast<QWidget*>(m_unlock) : m_pages->currentWidget();
}

void MainWindow::onUnlocked() {
    // Today's backup, on a worker thread: the window never waits for it.
    m_session->dailyBackup().start(m_session->journal());
    m_error->hide();
    for (QAction* a : m_unlockedActions) {
        a->setEnabled(true);
    }
    m_stack->setCurrentWidget(m_shell);
    m_today->refresh();
    m_journal->refresh();
    m_prompts->refresh();
    updatePromptBadge();
    updateCheckInBadge();
    m_history.clear();
    m_here = {};
    go({m_today, Place::Today});
    m_idle->setMinutes(SettingsDialog::autoLockMinutes());
    updateTitle();
}

void MainWindow::replaceForgottenPassphrase() {
    // The unlock page stays behind the dialog: nothing of the journal is
    // shown, and core refuses everything else, until the new passphrase is set.
    auto* dialog = new PassphraseDialog(*m_session, m_kdf, words::replaceRecoveryCode(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Walking away from it locks too (the keys are open behind it).
    m_idle->restart();
    connect(dialog, &QDialog::finished, this, [this] {
        if (m_session->journal().isUnlocked()) {
            m_session->markUnlocked();
            return;
        }
        m_idle->pause();
        m_session->lock();
        m_unlock->reset();
        m_unlock->showNotice(words::lockedWithoutNewPassphrase());
    });
    dialog->open();
}

void MainWindow::updateTitle() {
    const auto me = m_session->acting();
    if (me) {
        // Qt appends the application's display name: "Alex — Twofold".
        setWindowTitle(me->name);
        partnerChip()->showPartner(me->name, QColor(me->colour));
    } else {
        setWindowTitle(tr("Locked"));
        partnerChip()->showLocked();
    }
}

void MainWindow::go(Stop stop, bool remember, bool fromResults) {
    if (!m_session->isUnlocked()) {
        return;
    }
    QWidget* leaving = m_pages->currentWidget();
    if (leaving == m_editor && stop.page != m_editor) {
        m_editor->saveDraftNow();
    }
    // Search is left behind when the person goes to a place; results stay
    // when an entry is opened from them, for Back.
    if (leaving == m_search && stop.page != m_search && stop.page != m_editor && !fromResults) {
        m_search->clear();
    }
    const bool moving = leaving != stop.page || m_here.place != stop.place;
    if (remember && moving && m_here.page) {
        m_history.append(m_here);
        // Only the way back matters, not a whole afternoon of it.
        if (m_history.size() > 50) {
            m_history.removeFirst();
        }
    }
    m_journal->setShowingTrash(stop.page == m_journal && stop.place == Place::Trash);
    m_here = stop;
    m_sidebar->setCurrent(stop.place);
    m_pages->setCurrentWidget(stop.page);
}

void MainWindow::showPage(QWidget* page) {
    go({page, m_here.place});
}

bool MainWindow::goBack() {
    if (!m_session->isUnlocked() || m_history.isEmpty()) {
        return false;
    }
    go(m_history.takeLast(), false);
    if (m_pages->currentWidget() == m_search) {
        m_search->focusQuery();
    }
    return true;
}

void MainWindow::showPlace(Place place) {
    switch (place) {
    case Place::Today:
        showToday();
        return;
    case Place::Journal:
        showJournal();
        return;
    case Place::CheckIn:
        showCheckIn();
        return;
    case Place::Prompts:
        showPrompts();
        return;
    case Place::Trends:
        showTrends();
        return;
    case Place::Trash:
        showTrash();
        return;
    }
}

void MainWindow::showPrompts() {
    go({m_prompts, Place::Prompts});
    m_prompts->list()->setFocus();
}

void MainWindow::showCheckIn() {
    m_checkIn->refresh();
    go({m_checkIn, Place::CheckIn});
}

void MainWindow::openCheckInWeek(const QString& week, bool fromResults) {
    m_checkIn->refresh();
    go({m_checkIn, Place::CheckIn}, true, fromResults);
    // This week is the page itself; an earlier one opens read-only.
    if (week != core::IsoWeek::current().toString()) {
        m_checkIn->showWeek(week);
    }
}

void MainWindow::showTrends() {
    m_trends->refreshIfStale();
    go({m_trends, Place::Trends});
}

void MainWindow::updateCheckInBadge() {
    auto reminder = core::CheckIns(m_session->journal()).reminder();
    m_sidebar->setBadge(Place::CheckIn, reminder && *reminder == core::CheckIns::Reminder::PartnerWaiting
                                            ? tr("Your turn")
                                            : QString());
}

void MainWindow::updatePromptBadge() {
    QString badge;
    core::Prompts prompts(m_session->journal());
    const auto me = m_session->acting();
    if (auto today = prompts.today(); me && today && today->prompt) {
        if (auto shown = prompts.show(today->prompt->id); shown && !shown->revealed) {
            const bool mine =
                std::find(shown->answeredBy.begin(), shown->answeredBy.end(), me->name) != shown->answeredBy.end();
            if (!mine && !shown->answeredBy.empty()) {
                badge = tr("Your turn");
            }
        }
    }
    m_sidebar->setBadge(Place::Prompts, badge);
}

void MainWindow::showToday() {
    go({m_today, Place::Today});
}

void MainWindow::showJournal() {
    go({m_journal, Place::Journal});
    m_journal->view()->setFocus();
}

void MainWindow::showTrash() {
    go({m_journal, Place::Trash});
    m_journal->view()->setFocus();
}

void MainWindow::newEntry() {
    if (!m_session->isUnlocked()) {
        return;
    }
    m_editor->saveDraftNow();
    m_editor->newEntry();
    // A new entry leaves search behind (an opened result keeps it for Back).
    if (m_pages->currentWidget() == m_search) {
        m_search->clear();
    }
    go({m_editor, m_here.place});
}

void MainWindow::showSearch() {
    if (!m_session->isUnlocked()) {
        return;
    }
    go({m_search, m_here.place});
    m_search->focusQuery();
}

void MainWindow::openEntry(const QString& entryId) {
    m_editor->saveDraftNow();
    if (m_editor->openEntry(entryId)) {
        m_editor->setNeighbours(!neighbourOf(entryId, -1).isEmpty(), !neighbourOf(entryId, 1).isEmpty());
        go({m_editor, m_here.place});
    }
}

QString MainWindow::neighbourOf(const QString& entryId, int step) {
    // The journal's order (newest first, as its filters stand) decides
    // what is newer and older; pages further down load on the way.
    TimelineModel* model = m_journal->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(TimelineModel::IdRole).toString() != entryId) {
            continue;
        }
        const int next = row + step;
        if (next >= model->rowCount() && model->canFetchMore({})) {
            model->fetchMore({});
        }
        if (next < 0 || next >= model->rowCount()) {
            return {};
        }
        return model->index(next, 0).data(TimelineModel::IdRole).toString();
    }
    return {};
}

void MainWindow::lockNow() {
    lockFor(LockReason::Asked);
}

void MainWindow::lockWhenFree(LockReason reason) {
    if (open_dialogs::anyBusy()) {
        // A passphrase change or an export at work: it finishes, then the lock.
        m_pendingReason = reason;
        m_pendingLock->start();
        return;
    }
    m_pendingLock->stop();
    // Also the new-passphrase dialog after a recovery code, which locks as
    // it closes.
    open_dialogs::closeAll();
    if (m_session->isUnlocked()) {
        // After the dialogs' exec() loops have returned to this one.
        QTimer::singleShot(0, this, [this, reason] { lockFor(reason); });
    }
}

void MainWindow::lockFor(LockReason reason) {
    if (!m_session->isUnlocked()) {
        return;
    }
    // What is being written is sealed into the draft before the keys go.
    const bool draftStored = m_editor->saveDraftNow();
    auto drafts = core::Drafts(m_session->journal()).list();
    const bool draftWaiting = draftStored && drafts && !drafts->empty();
    m_editor->clear();
    m_today->clear();
    m_journal->clear();
    m_search->clear();
    m_prompts->clear();
    m_checkIn->clear();
    m_trends->clear();
    m_sidebar->setBadge(Place::Prompts, {});
    m_sidebar->setBadge(Place::CheckIn, {});
    m_session->lock();
    m_idle->pause();
    for (QAction* a : m_unlockedActions) {
        a->setEnabled(false);
    }
    m_history.clear();
    m_here = {};
    m_undo->withdraw();
    m_unlock->reset();
    // The locked screen says why it locked, and that the draft is safe.
    QStringList notice;
    switch (reason) {
    case LockReason::Asked:
        if (draftWaiting) {
            notice << words::lockedByYou();
        }
        break;
    case LockReason::Idle:
        notice << words::lockedAfterIdle(m_idle->minutes());
        break;
    case LockReason::ScreenLocked:
        notice << words::lockedWithTheScreen();
        break;
    case LockReason::KeysChanged:
        notice << words::lockedBecauseKeysChanged();
        break;
    }
    if (draftWaiting) {
        notice << words::draftIsSafe();
    }
    m_unlock->showNotice(notice.join(QLatin1Char(' ')));
    m_stack->setCurrentWidget(m_unlock);
    updateTitle();
}

void MainWindow::showSettings() {
    SettingsDialog dialog(m_session.get(), this);
    // Queued: the passphrase dialog and the other journal come once this
    // dialog has closed.
    connect(
        &dialog, &SettingsDialog::changePassphraseRequested, this, [this] { changePassphrase(); },
        Qt::QueuedConnection);
    connect(&dialog, &SettingsDialog::openJournalRequested, this, &MainWindow::anotherJournalChosen,
            Qt::QueuedConnection);
    connect(&dialog, &SettingsDialog::restoreRequested, this, &MainWindow::restoreFromBackup, Qt::QueuedConnection);
    if (dialog.exec() == QDialog::Accepted) {
        m_reminders->apply(ReminderSettings::load());
        if (m_session->isUnlocked()) {
            m_idle->setMinutes(SettingsDialog::autoLockMinutes());
        }
    }
}

bool MainWindow::reminderAlreadyDone(ReminderKind kind, QDate day) {
    // Locked, the window cannot know who is at the computer: remind anyway
    // (the notification names no one).
    const auto me = m_session->acting();
    if (!me) {
        return false;
    }
    switch (kind) {
    case ReminderKind::DailyReflection: {
        core::EntryFilter today;
        today.from = today.to = day;
        today.authorId = me->id;
        const auto written = core::Entries(m_session->journal()).count(today);
        return written && *written > 0;
    }
    case ReminderKind::WeeklyCheckIn: {
        // That week's part is in; a week not opened yet is not done.
        const auto week = core::CheckIns(m_session->journal()).get(core::IsoWeek::containing(day).toString());
        return week && week->submittedBy.contains(me->id);
    }
    }
    return false;
}

void MainWindow::openForReminder(ReminderKind kind) {
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    show();
    raise();
    activateWindow();
    if (!m_session->isUnlocked()) {
        return; // "Who's here?" first; the reminder's place is one click away
    }
    if (kind == ReminderKind::WeeklyCheckIn) {
        showCheckIn();
    } else {
        showToday();
    }
}

void MainWindow::changePassphrase(const QString& reason) {
    const auto me = m_session->acting();
    if (!me) {
        return;
    }
    const QString why = !reason.isEmpty() ? reason
                        : me->isProtected ? words::changePassphrase()
                                          : words::addPassphrase();
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
