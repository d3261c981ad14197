// A calm surface for writing and reading: the column, the segmented
// Shared / Only me with its shortcut, Discard away from Save and undoable,
// the reader's Back and Newer / Older, Delete in the journal with Undo.
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "editor/EditorPage.h"
#include "editor/VisibilityToggle.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "today/TodayPage.h"
#include "widgets/UndoBar.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace twofold;
using test::press;
using test::showUnlocked;
using test::writeEntry;

TEST_CASE("writing sits in a centred column, the title without a box, Save the one primary", "[ui][editor][writing]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.resize(1500, 900);
    showUnlocked(window, QStringLiteral("Alex"));
    window.newEntry();
    ui::EditorPage* editor = window.editorPage();
    QCoreApplication::processEvents();
    CHECK(editor->textEdit()->width() <= 720);
    const QPoint textLeft = editor->textEdit()->mapTo(editor, QPoint(0, 0));
    const int rightMargin = editor->width() - (textLeft.x() + editor->textEdit()->width());
    CHECK(std::abs(textLeft.x() - rightMargin) <= 2); // centred
    CHECK_FALSE(editor->titleField()->hasFrame());
    CHECK(editor->findChild<QPushButton*>(QStringLiteral("saveEntry"))->property("primary").toBool());
    // Discard sits away from Save: at the other end of the row.
    const auto* save = editor->findChild<QPushButton*>(QStringLiteral("saveEntry"));
    CHECK(save->mapTo(editor, QPoint(0, 0)).x() - editor->discardButton()->mapTo(editor, QPoint(0, 0)).x() > 400);
}

TEST_CASE("Shared or only me is a choice of two, with a shortcut, and only me says so", "[ui][editor][writing]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    showUnlocked(window, QStringLiteral("Alex"));
    window.newEntry();
    ui::EditorPage* editor = window.editorPage();
    ui::VisibilityToggle* toggle = editor->visibilityToggle();
    CHECK(toggle->sharedButton()->text() == QStringLiteral("Shared with Sam"));
    CHECK(toggle->sharedButton()->isChecked());
    auto* banner = editor->findChild<QLabel*>(QStringLiteral("privateBanner"));
    CHECK_FALSE(banner->isVisible());
    press(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    CHECK(toggle->visibility() == core::Visibility::Private);
    CHECK(toggle->onlyMeButton()->isChecked());
    CHECK(banner->isVisible());
    CHECK(banner->text() == QStringLiteral("Only you can read this. Sam won't see it, not even in search."));
    press(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    CHECK(toggle->visibility() == core::Visibility::Shared);
}

TEST_CASE("Discard leaves the editor and can be undone: the words come back", "[ui][editor][writing]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    showUnlocked(window, QStringLiteral("Alex"));
    window.newEntry();
    ui::EditorPage* editor = window.editorPage();
    QTest::keyClicks(editor->textEdit(), QStringLiteral("A thought worth keeping"));
    editor->saveDraftNow();
    editor->discardButton()->click();
    CHECK(window.currentPage() == window.todayPage());
    CHECK(core::Drafts(window.session().journal()).list()->empty());
    ui::UndoBar* undo = window.undoBar();
    REQUIRE(undo->isVisible());
    CHECK(undo->text() == QStringLiteral("Draft discarded."));
    undo->undoButton()->click();
    CHECK_FALSE(undo->isVisible());
    REQUIRE(window.currentPage() == editor);
    CHECK(editor->textEdit()->toPlainText() == QStringLiteral("A thought worth keeping"));
    auto drafts = core::Drafts(window.session().journal()).list();
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->front().text == QStringLiteral("A thought worth keeping"));

    // Locking takes the offer away with the keys.
    editor->discardButton()->click();
    REQUIRE(undo->isVisible());
    window.lockNow();
    CHECK_FALSE(undo->isVisible());
}

TEST_CASE("the reader has Back, and Newer / Older walk the journal's order", "[ui][editor][reading]") {
    test::TempJournal t;
    const QDate today = QDate::currentDate();
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        writeEntry(*sam, QStringLiteral("Monday"), today.addDays(-2));
        writeEntry(*sam, QStringLiteral("Tuesday"), today.addDays(-1));
        writeEntry(*sam, QStringLiteral("Wednesday"), today);
    }
    ui::MainWindow window(std::move(t.journal));
    showUnlocked(window, QStringLiteral("Alex"));
    window.showJournal();
    ui::JournalPage* journal = window.journalPage();
    REQUIRE(journal->model()->rowCount() == 3);
    window.openEntry(journal->model()->index(1, 0).data(ui::TimelineModel::IdRole).toString());
    ui::EditorPage* editor = window.editorPage();
    REQUIRE(editor->isReadOnly());
    CHECK(editor->reader()->toPlainText().contains(QStringLiteral("About Tuesday.")));
    CHECK(editor->newerButton()->isEnabled());
    CHECK(editor->olderButton()->isEnabled());
    editor->reader()->setFocus();
    press(QKeySequence(Qt::ALT | Qt::Key_Down));
    CHECK(editor->reader()->toPlainText().contains(QStringLiteral("About Monday.")));
    CHECK_FALSE(editor->olderButton()->isEnabled());
    editor->newerButton()->click();
    editor->newerButton()->click();
    CHECK(editor->reader()->toPlainText().contains(QStringLiteral("About Wednesday.")));
    CHECK_FALSE(editor->newerButton()->isEnabled());
    // Back: to the journal, however many steps were taken.
    editor->findChild<QPushButton*>(QStringLiteral("editorBack"))->click();
    CHECK(window.currentPage() == journal);
}

TEST_CASE("Delete in the journal moves an entry to the trash, and Undo brings it back", "[ui][timeline][trash]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    writeEntry(*t.journal, QStringLiteral("Ours"), QDate::currentDate());
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    showUnlocked(window, QStringLiteral("Alex"));
    window.showJournal();
    ui::JournalPage* journal = window.journalPage();
    QListView* view = journal->view();
    view->setFocus();
    view->setCurrentIndex(journal->model()->index(0, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    CHECK(journal->model()->rowCount() == 0);
    ui::UndoBar* undo = window.undoBar();
    REQUIRE(undo->isVisible());
    CHECK(undo->text() == QStringLiteral("“Ours” moved to trash."));
    undo->undoButton()->click();
    REQUIRE(test::waitUntil([&] { return journal->model()->rowCount() == 1; }));
    auto entries = core::Entries(window.session().journal()).list({});
    REQUIRE(entries->size() == 1);
    CHECK_FALSE(entries->front().deleted.has_value());
}
