#include "FileTampering.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "editor/DraftBanner.h"
#include "editor/EditorPage.h"
#include "editor/MoodPicker.h"
#include "editor/TagEdit.h"
#include "editor/VisibilityToggle.h"
#include "export/JsonImport.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "today/TodayPage.h"
#include "unlock/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace twofold;
using test::unlockAs;

namespace {

std::unique_ptr<core::Journal> openLocked(const QString& path) {
    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    return std::move(*opened);
}

} // namespace

TEST_CASE("writing is autosaved as a draft and offered back after the window is gone", "[ui][editor]") {
    test::TempJournal t;
    const QString path = t.path();
    {
        ui::MainWindow window(openLocked(path));
        window.show();
        unlockAs(window, QStringLiteral("Alex"));
        REQUIRE(test::activate(window));
        QTest::keySequence(&window, QKeySequence::New);
        ui::EditorPage* editor = window.editorPage();
        REQUIRE(window.currentPage() == editor);
        editor->setAutosaveDelay(100);
        QSignalSpy draftSaved(editor, &ui::EditorPage::draftSaved);
        QTest::keyClicks(editor->titleField(), QStringLiteral("By the river"));
        QTest::keyClicks(editor->textEdit(), QStringLiteral("We walked and talked, "));
        // QTest types ASCII only; the rest arrives as pasted text would.
        editor->textEdit()->insertPlainText(QStringLiteral("café after 🌧️"));
        editor->findChild<QToolButton*>(QStringLiteral("mood4"))->click();
        QTest::keyClicks(editor->tagEdit(), QStringLiteral("us, walks"));
        editor->visibilityToggle()->onlyMeButton()->click();
        REQUIRE(draftSaved.wait(3000));
        REQUIRE(test::waitUntil([&] { return !editor->hasUnsavedChanges(); }));
        // The window goes away without the entry being saved (as in a crash:
        // no close event, no save).
    }
    ui::MainWindow window(openLocked(path));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    ui::DraftBanner* banner = window.todayPage()->draftBanner();
    REQUIRE(banner->isVisible());
    banner->continueButton()->click();
    ui::EditorPage* editor = window.editorPage();
    REQUIRE(window.currentPage() == editor);
    CHECK(editor->titleField()->text() == QStringLiteral("By the river"));
    CHECK(editor->textEdit()->toPlainText() == QStringLiteral("We walked and talked, café after 🌧️"));
    CHECK(editor->moodPicker()->mood() == 4);
    CHECK(editor->tagEdit()->tags() == QStringList{QStringLiteral("us"), QStringLiteral("walks")});
    CHECK(editor->visibilityToggle()->visibility() == core::Visibility::Private);

    // Saving (Ctrl+S) makes it an entry and clears the draft.
    REQUIRE(test::activate(window));
    QTest::keySequence(&window, QKeySequence::Save);
    core::Journal& journal = window.session().journal();
    auto entries = core::Entries(journal).list({});
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    CHECK(entries->front().text == QStringLiteral("We walked and talked, café after 🌧️"));
    CHECK(entries->front().visibility == core::Visibility::Private);
    CHECK(core::Drafts(journal).list()->empty());
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("the other partner never sees a draft", "[ui][editor]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::Draft draft;
    draft.text = QStringLiteral("half a thought");
    REQUIRE(core::Drafts(*t.journal).save(draft).has_value());
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Sam"));
    CHECK_FALSE(window.todayPage()->draftBanner()->isVisible());
    window.newEntry();
    CHECK(window.editorPage()->textEdit()->toPlainText().isEmpty());
}

TEST_CASE("a failed save keeps the words on screen and says why", "[ui][editor]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.newEntry();
    QSignalSpy error(window.editorPage(), &ui::EditorPage::errorOccurred);
    QTest::keyClicks(window.editorPage()->titleField(), QStringLiteral("Only a title"));
    window.editorPage()->save();
    REQUIRE(error.count() == 1);
    CHECK(error.front().front().toString() == QStringLiteral("An entry needs some text."));
    CHECK(window.editorPage()->titleField()->text() == QStringLiteral("Only a title"));
    CHECK(window.currentPage() == window.editorPage());
}

TEST_CASE("leaving the editor stores the draft at once", "[ui][editor]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    REQUIRE(test::activate(window));
    window.newEntry();
    ui::EditorPage* editor = window.editorPage();
    editor->setAutosaveDelay(60 * 1000); // only leaving can have saved it
    QTest::keyClicks(editor->textEdit(), QStringLiteral("Half a thought"));
    REQUIRE(editor->hasUnsavedChanges());
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+T")));
    CHECK(window.currentPage() == window.todayPage());
    CHECK_FALSE(editor->hasUnsavedChanges());
    auto drafts = core::Drafts(window.session().journal()).list();
    REQUIRE(drafts.has_value());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->front().text == QStringLiteral("Half a thought"));
    // Locking seals what is being written too, then empties the editor.
    window.newEntry();
    QTest::keyClicks(editor->textEdit(), QStringLiteral(" and more"));
    window.lockNow();
    CHECK(editor->textEdit()->toPlainText().isEmpty());
    unlockAs(window, QStringLiteral("Alex"));
    CHECK(core::Drafts(window.session().journal()).list()->front().text == QStringLiteral("Half a thought and more"));
}

TEST_CASE("the partner's entry opens formatted and read-only", "[ui][editor]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    core::EntryInput input;
    input.title = QStringLiteral("Market");
    input.text = QStringLiteral("Cheese and **too many** apples.");
    auto entry = core::Entries(*t.journal).add(input);
    REQUIRE(entry.has_value());
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.openEntry(entry->id);
    ui::EditorPage* editor = window.editorPage();
    REQUIRE(window.currentPage() == editor);
    CHECK(editor->isReadOnly());
    CHECK(editor->reader()->isVisible());
    CHECK_FALSE(editor->textEdit()->isVisible());
    CHECK(editor->reader()->toPlainText() == QStringLiteral("Cheese and too many apples."));
    CHECK_FALSE(editor->titleField()->isVisible());
    CHECK(editor->findChild<QLabel*>(QStringLiteral("entryMeta"))->text().contains(QStringLiteral("Sam")));
    CHECK_FALSE(editor->save());
    CHECK(core::Drafts(window.session().journal()).list()->empty());
}

TEST_CASE("an entry imported in the partner's name says so, and one whose signature fails says that",
          "[ui][editor][signing]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QByteArray doc = R"({"format": "twofold", "version": 1, "entries": [
        {"author": "Sam", "date": "2026-05-30", "text": "said to be Sam's"}]})";
    REQUIRE(core::JsonImport(*t.journal).fromBytes(doc, QStringLiteral("doc.json")).has_value());
    const QString id = core::Entries(*t.journal).list({})->front().id;
    t.journal->lock();
    {
        ui::MainWindow window(std::move(*core::Journal::open(t.path())));
        window.show();
        unlockAs(window, QStringLiteral("Alex"));
        window.openEntry(id);
        CHECK(window.editorPage()
                  ->findChild<QLabel*>(QStringLiteral("entryMeta"))
                  ->text()
                  .startsWith(QStringLiteral("Sam · imported by Alex")));
        window.lockNow();
    }
    // Made to look like Sam's own in the file: the window does not vouch for it.
    t.journal.reset();
    test::editFile(t.path(), "UPDATE entry SET imported_by=NULL WHERE uuid=?", {id});
    ui::MainWindow window(std::move(*core::Journal::open(t.path())));
    window.show();
    unlockAs(window, QStringLiteral("Alex"));
    window.openEntry(id);
    CHECK(window.editorPage()
              ->findChild<QLabel*>(QStringLiteral("entryMeta"))
              ->text()
              .startsWith(QStringLiteral("Sam — not verified as Sam's")));
}
