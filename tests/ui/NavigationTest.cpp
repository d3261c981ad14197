// Getting around the window with the keyboard alone and with the mouse: the
// places of the sidebar, the header, the menus, Esc and Alt+Left backing
// out, and nothing to get around while it is locked.
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "editor/EditorPage.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "navigation/HeaderBar.h"
#include "navigation/PlaceButton.h"
#include "navigation/ShortcutsDialog.h"
#include "navigation/Sidebar.h"
#include "search/SearchPage.h"
#include "settings/SettingsDialog.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "today/TodayPage.h"
#include "unlock/UnlockPage.h"
#include "widgets/PartnerChip.h"

#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace twofold;
using test::press;
using test::unlockAs;
using ui::Place;

namespace {

// Runs `inside` on the modal dialog `open` brings up, then closes it.
// Empty when no dialog came up.
template <class Dialog>
bool withDialog(const std::function<void()>& open, const std::function<void(Dialog&)>& inside) {
    bool seen = false;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            seen = true;
            inside(*dialog);
            dialog->reject();
        }
    });
    open();
    QCoreApplication::processEvents();
    return seen;
}

struct UnlockedWindow {
    test::TempJournal journal;
    std::unique_ptr<ui::MainWindow> window;

    UnlockedWindow() {
        core::EntryInput input;
        input.title = QStringLiteral("Breakfast");
        input.text = QStringLiteral("Pancakes, slowly.");
        REQUIRE(journal.journal->unlock(QStringLiteral("Alex")));
        REQUIRE(core::Entries(*journal.journal).add(input).has_value());
        journal.journal->lock();
        window = std::make_unique<ui::MainWindow>(std::move(journal.journal));
        test::showUnlocked(*window, QStringLiteral("Alex"));
    }
    ui::MainWindow& operator*() { return *window; }
};

} // namespace

TEST_CASE("every place is reached from the sidebar and by its shortcut, and the current one is marked",
          "[ui][navigation]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    ui::Sidebar* sidebar = window.sidebar();
    CHECK(window.currentPage() == window.todayPage());
    CHECK(sidebar->current() == Place::Today);
    CHECK(sidebar->button(Place::Today)->isChecked());

    sidebar->button(Place::Journal)->click();
    CHECK(window.currentPage() == window.journalPage());
    CHECK(sidebar->current() == Place::Journal);
    CHECK_FALSE(window.journalPage()->showingTrash());

    press(QKeySequence(QStringLiteral("Ctrl+Shift+T")));
    CHECK(window.currentPage() == window.journalPage());
    CHECK(window.journalPage()->showingTrash());
    CHECK(sidebar->current() == Place::Trash);
    CHECK(window.journalPage()->model()->rowCount() == 0);

    press(QKeySequence(QStringLiteral("Ctrl+J")));
    CHECK_FALSE(window.journalPage()->showingTrash());
    CHECK(window.journalPage()->model()->rowCount() == 1);
    CHECK(sidebar->current() == Place::Journal);
    press(QKeySequence(QStringLiteral("Ctrl+T")));
    CHECK(window.currentPage() == window.todayPage());
    CHECK(sidebar->current() == Place::Today);

    // Writing and searching keep the place they started from marked.
    press(QKeySequence::New);
    CHECK(window.currentPage() == window.editorPage());
    CHECK(sidebar->current() == Place::Today);
}

TEST_CASE("Tab alone reaches every place and every control of the header, in reading order", "[ui][navigation]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    ui::Sidebar* sidebar = window.sidebar();
    ui::HeaderBar* header = window.header();
    const QList<QWidget*> expected{sidebar->button(Place::Today), sidebar->button(Place::Journal),
                                   sidebar->button(Place::Trash), header->searchField(),
                                   header->newEntryButton(),      header->partnerChip(),
                                   header->menuButton()};
    sidebar->button(Place::Today)->setFocus(Qt::TabFocusReason);
    QList<QWidget*> visited{QApplication::focusWidget()};
    for (int i = 0; i < 40 && visited.size() < 60; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited.append(QApplication::focusWidget());
    }
    int last = -1;
    for (QWidget* widget : expected) {
        INFO(widget->objectName().toStdString());
        const int at = visited.indexOf(widget);
        CHECK(at > last);
        last = at;
    }
    // The page comes after the header: Today's card actions are reached too
    // (Alex wrote this morning, so "Open" it is).
    CHECK(visited.indexOf(window.todayPage()->openTodayButton()) > visited.indexOf(header->menuButton()));

    // Arrow keys walk the places once the sidebar has the focus.
    sidebar->button(Place::Today)->setFocus(Qt::TabFocusReason);
    QTest::keyClick(sidebar->button(Place::Today), Qt::Key_Down);
    CHECK(QApplication::focusWidget() == sidebar->button(Place::Journal));
    QTest::keyClick(sidebar->button(Place::Journal), Qt::Key_Space);
    CHECK(window.currentPage() == window.journalPage());
}

TEST_CASE("Esc and Alt+Left back out to where the person came from; the draft is kept", "[ui][navigation]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;

    // Journal → an entry → Esc → the journal.
    window.sidebar()->button(Place::Journal)->click();
    QListView* timeline = window.journalPage()->view();
    timeline->setFocus();
    timeline->setCurrentIndex(window.journalPage()->model()->index(0));
    QTest::keyClick(timeline, Qt::Key_Return);
    REQUIRE(window.currentPage() == window.editorPage());
    press(QKeySequence(Qt::Key_Escape));
    CHECK(window.currentPage() == window.journalPage());
    CHECK(window.sidebar()->current() == Place::Journal);

    // Today → new entry → some words → Esc: back on Today, the words a draft.
    press(QKeySequence(QStringLiteral("Ctrl+T")));
    press(QKeySequence::New);
    ui::EditorPage* editor = window.editorPage();
    editor->setAutosaveDelay(60 * 1000);
    QTest::keyClicks(editor->textEdit(), QStringLiteral("Half a thought"));
    press(QKeySequence(Qt::Key_Escape));
    CHECK(window.currentPage() == window.todayPage());
    auto drafts = core::Drafts(window.session().journal()).list();
    REQUIRE(drafts.has_value());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->front().text == QStringLiteral("Half a thought"));

    // Search from the journal, then Alt+Left: back on the journal, the
    // field empty again.
    window.sidebar()->button(Place::Journal)->click();
    press(QKeySequence::Find);
    CHECK(QApplication::focusWidget() == window.header()->searchField());
    QTest::keyClicks(window.header()->searchField(), QStringLiteral("pancakes"));
    CHECK(window.currentPage() == window.searchPage());
    press(QKeySequence::Back);
    CHECK(window.currentPage() == window.journalPage());
    CHECK(window.header()->searchField()->text().isEmpty());

    // Typing in the header's field from anywhere shows the results.
    press(QKeySequence(QStringLiteral("Ctrl+T")));
    window.header()->searchField()->setFocus();
    QTest::keyClicks(window.header()->searchField(), QStringLiteral("pan"));
    CHECK(window.currentPage() == window.searchPage());
    press(QKeySequence(Qt::Key_Escape));
    CHECK(window.currentPage() == window.todayPage());

    // Nowhere further back than where the session began.
    while (window.goBack()) {
    }
    CHECK(window.currentPage() == window.todayPage());
    press(QKeySequence(Qt::Key_Escape));
    CHECK(window.currentPage() == window.todayPage());
}

TEST_CASE("saving returns to where the writing started", "[ui][navigation][editor]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    press(QKeySequence::New);
    QTest::keyClicks(window.editorPage()->textEdit(), QStringLiteral("A quiet morning."));
    press(QKeySequence::Save);
    CHECK(window.currentPage() == window.todayPage());

    window.sidebar()->button(Place::Journal)->click();
    press(QKeySequence::New);
    QTest::keyClicks(window.editorPage()->textEdit(), QStringLiteral("And a quiet evening."));
    press(QKeySequence::Save);
    CHECK(window.currentPage() == window.journalPage());
    CHECK(window.journalPage()->model()->rowCount() == 3);
}

TEST_CASE("Ctrl+, opens Settings and Ctrl+? lists every shortcut the window has", "[ui][navigation]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    CHECK(withDialog<ui::SettingsDialog>([] { press(QKeySequence(QStringLiteral("Ctrl+,"))); },
                                         [](ui::SettingsDialog&) {}));
    REQUIRE(test::activate(window)); // the offscreen platform does not hand the focus back
    QStringList lines;
    CHECK(withDialog<ui::ShortcutsDialog>([] { press(QKeySequence(QStringLiteral("Ctrl+?"))); },
                                          [&](ui::ShortcutsDialog& dialog) { lines = dialog.lines(); }));
    const auto listed = [&](const QString& name, const QKeySequence& keys) {
        const QString key = keys.toString(QKeySequence::NativeText);
        for (const QString& line : std::as_const(lines)) {
            if (line.startsWith(name + QLatin1Char('\t')) && line.contains(key)) {
                return true;
            }
        }
        return false;
    };
    CHECK(listed(QStringLiteral("Today"), QKeySequence(QStringLiteral("Ctrl+T"))));
    CHECK(listed(QStringLiteral("New entry"), QKeySequence::New));
    CHECK(listed(QStringLiteral("Save entry"), QKeySequence::Save));
    CHECK(listed(QStringLiteral("Back"), QKeySequence(Qt::Key_Escape)));
    CHECK(listed(QStringLiteral("Lock"), QKeySequence(QStringLiteral("Ctrl+L"))));
    CHECK(listed(QStringLiteral("Settings"), QKeySequence(QStringLiteral("Ctrl+,"))));
    CHECK(listed(QStringLiteral("Export"), QKeySequence(QStringLiteral("Ctrl+E"))));
    // Every action with keys is listed: the window cannot have a secret one.
    for (const QString& group : window.actionGroups()) {
        for (const QAction* action : window.actionsOf(group)) {
            if (!action->shortcuts().isEmpty()) {
                INFO(action->text().toStdString());
                CHECK(listed(QString(action->text()).remove(QChar(0x2026)), action->shortcuts().front()));
            }
        }
    }
}

TEST_CASE("the partner's menu and the app menu hold what UX.md puts there", "[ui][navigation]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    const auto texts = [](const QMenu* menu) {
        QStringList out;
        for (const QAction* action : menu->actions()) {
            if (!action->isSeparator()) {
                out << action->text();
            }
        }
        return out;
    };
    REQUIRE(window.partnerChip()->menu());
    CHECK(texts(window.partnerChip()->menu()) ==
          QStringList{QStringLiteral("Change passphrase…"), QStringLiteral("Your themes…"), QStringLiteral("Lock")});
    REQUIRE(window.header()->menuButton()->menu());
    CHECK(texts(window.header()->menuButton()->menu()) ==
          QStringList{QStringLiteral("Export…"), QStringLiteral("Import…"), QStringLiteral("Restore from a backup…"),
                      QStringLiteral("Settings"), QStringLiteral("Keyboard shortcuts"),
                      QStringLiteral("About Twofold")});
    // The window wears the app's icon, from the package's SVG.
    CHECK_FALSE(window.windowIcon().isNull());
    CHECK_FALSE(window.windowIcon().availableSizes().isEmpty());
}

TEST_CASE("while locked there is only who's here: no places, no menus, no settings", "[ui][navigation][lock]") {
    UnlockedWindow w;
    ui::MainWindow& window = *w;
    press(QKeySequence(QStringLiteral("Ctrl+L")));
    REQUIRE(window.currentPage() == window.unlockPage());
    CHECK_FALSE(window.sidebar()->isVisible());
    CHECK_FALSE(window.header()->isVisible());
    window.unlockPage()->setFocus();
    CHECK_FALSE(withDialog<ui::SettingsDialog>([] { press(QKeySequence(QStringLiteral("Ctrl+,"))); },
                                               [](ui::SettingsDialog&) {}));
    press(QKeySequence(QStringLiteral("Ctrl+J")));
    press(QKeySequence(Qt::Key_Escape));
    CHECK(window.currentPage() == window.unlockPage());
    // Unlocked again, the way back starts afresh on Today.
    unlockAs(window, QStringLiteral("Alex"));
    CHECK(window.currentPage() == window.todayPage());
    CHECK_FALSE(window.goBack());
}

TEST_CASE("a badge says something waits in a place, in words a screen reader reads too", "[ui][navigation]") {
    ui::Sidebar sidebar;
    sidebar.setBadge(Place::Journal, QStringLiteral("Your turn"));
    CHECK(sidebar.button(Place::Journal)->badge() == QStringLiteral("Your turn"));
    CHECK(sidebar.button(Place::Journal)->accessibleDescription() == QStringLiteral("Your turn"));
    CHECK(sidebar.button(Place::Journal)->sizeHint().width() > sidebar.button(Place::Today)->sizeHint().width());
    sidebar.setBadge(Place::Journal, {});
    CHECK(sidebar.button(Place::Journal)->accessibleDescription().isEmpty());
}
