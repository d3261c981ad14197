// Today as cards to act on: each card's states, and that every action
// leads somewhere — writing, the prompt quoted into a reflection, the
// partner's week with "See all", a discarded draft brought back with Undo.
#include "ClockPin.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "editor/DraftBanner.h"
#include "editor/EditorPage.h"
#include "journal/CheckIns.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "today/PromptCard.h"
#include "today/TodayPage.h"
#include "widgets/Card.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

#include <catch2/catch.hpp>

using namespace twofold;
using test::unlockAs;
using test::writeEntry;

namespace {

// Tuesday 17 March 2026, noon: no check-in is due on a Tuesday.
const QDateTime kTuesday(QDate(2026, 3, 17), QTime(12, 0), Qt::UTC);

std::unique_ptr<ui::MainWindow> openAs(test::TempJournal& t, const QString& who) {
    t.journal->lock();
    auto window = std::make_unique<ui::MainWindow>(std::move(t.journal));
    window->show();
    unlockAs(*window, who);
    return window;
}

} // namespace

TEST_CASE("Your day: write today's reflection, then open it or add another", "[ui][today]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::TodayPage* today = window->todayPage();
    CHECK(today->yourDayText()->text() == QStringLiteral("A few quiet minutes for yourself — and for the two of you."));
    CHECK(today->writeButton()->isVisible());
    CHECK(today->writeButton()->property("primary").toBool());
    CHECK_FALSE(today->openTodayButton()->isVisible());

    today->writeButton()->click();
    REQUIRE(window->currentPage() == window->editorPage());
    window->editorPage()->titleField()->setText(QStringLiteral("Slow morning"));
    window->editorPage()->textEdit()->setPlainText(QStringLiteral("Tea, rain, the radio."));
    REQUIRE(window->editorPage()->save());
    // Saving returns to Today, which now says what was written.
    REQUIRE(window->currentPage() == today);
    CHECK(today->yourDayText()->text() == QStringLiteral("You wrote “Slow morning” today."));
    CHECK_FALSE(today->writeButton()->isVisible());
    CHECK(today->openTodayButton()->isVisible());
    CHECK(today->anotherButton()->isVisible());

    today->openTodayButton()->click();
    REQUIRE(window->currentPage() == window->editorPage());
    CHECK(window->editorPage()->titleField()->text() == QStringLiteral("Slow morning"));
    window->goBack();
    today->anotherButton()->click();
    REQUIRE(window->currentPage() == window->editorPage());
    CHECK(window->editorPage()->textEdit()->toPlainText().isEmpty());
}

TEST_CASE("Today's prompt leads to a reflection that quotes it", "[ui][today][prompts]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::PromptCard* prompt = window->todayPage()->promptCard();
    REQUIRE(prompt->isVisible());
    const QString text = prompt->promptText();
    REQUIRE_FALSE(text.isEmpty());
    REQUIRE(prompt->writeAboutButton()->isVisible());
    prompt->writeAboutButton()->click();
    REQUIRE(window->currentPage() == window->editorPage());
    CHECK(window->editorPage()->textEdit()->toPlainText() == QStringLiteral("> ") + text + QStringLiteral("\n\n"));
    // A new-entry draft already waiting keeps its words; the quote joins them.
    window->editorPage()->textEdit()->setPlainText(QStringLiteral("Already begun."));
    window->editorPage()->saveDraftNow();
    window->goBack();
    prompt->writeAboutButton()->click();
    CHECK(window->editorPage()->textEdit()->toPlainText() ==
          QStringLiteral("Already begun.\n\n> ") + text + QStringLiteral("\n\n"));
}

TEST_CASE("a discarded draft can be brought back with Undo", "[ui][today][drafts]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::Draft draft;
    draft.title = QStringLiteral("Half a letter");
    draft.text = QStringLiteral("Dear Sam, about the weekend");
    REQUIRE(core::Drafts(*t.journal).save(draft).has_value());
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::TodayPage* today = window->todayPage();
    ui::DraftBanner* banner = today->draftBanner();
    REQUIRE(banner->isVisible());
    // Continuing the draft is the page's one primary action now.
    CHECK(banner->continueButton()->property("primary").toBool());
    CHECK_FALSE(today->writeButton()->property("primary").toBool());

    banner->discardButton()->click();
    CHECK(core::Drafts(window->session().journal()).list()->empty());
    CHECK(banner->isVisible());
    CHECK(banner->offersUndo());
    CHECK(banner->undoButton()->isVisible());
    CHECK_FALSE(banner->continueButton()->isVisible());

    banner->undoButton()->click();
    auto back = core::Drafts(window->session().journal()).list();
    REQUIRE(back.has_value());
    REQUIRE(back->size() == 1);
    CHECK(back->front().title == QStringLiteral("Half a letter"));
    CHECK(back->front().text == QStringLiteral("Dear Sam, about the weekend"));
    CHECK(banner->continueButton()->isVisible());
    CHECK_FALSE(banner->offersUndo());

    // Without Undo, the offer goes after a while and the draft stays gone.
    banner->discardButton()->click();
    REQUIRE(test::waitUntil([&] { return !banner->isVisible(); }, ui::DraftBanner::kUndoMs + 3000));
    CHECK(core::Drafts(window->session().journal()).list()->empty());
    // With no draft waiting, writing is the page's primary action again.
    CHECK(today->writeButton()->property("primary").toBool());
}

TEST_CASE("the partner's week: at most three shared entries, no private ones, and See all", "[ui][today]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    const QDate day = kTuesday.date();
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        for (int i = 0; i < 5; ++i) {
            writeEntry(*sam, QStringLiteral("Sam %1").arg(i), day.addDays(-i));
        }
        writeEntry(*sam, QStringLiteral("Sam's secret"), day, core::Visibility::Private);
        writeEntry(*sam, QStringLiteral("Sam long ago"), day.addDays(-20));
    }
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::TodayPage* today = window->todayPage();
    const QStringList glanced = today->glancedEntries();
    CHECK(glanced.size() == ui::TodayPage::kPartnerGlances);
    for (const QString& id : glanced) {
        auto entry = core::Entries(window->session().journal()).get(id);
        REQUIRE(entry.has_value());
        CHECK(entry->authorName == QStringLiteral("Sam"));
        CHECK(entry->visibility == core::Visibility::Shared);
        CHECK(entry->day >= day.addDays(-6));
    }
    CHECK(today->partnerWeek()->isVisible());
    CHECK_FALSE(today->partnerEmpty()->isVisible());
    REQUIRE(today->seeAllButton()->isVisible());
    today->seeAllButton()->click();
    REQUIRE(window->currentPage() == window->journalPage());
    CHECK(window->journalPage()->partnerFilter()->currentText() == QStringLiteral("Sam"));
    // Sam's five this week and the old one; never the private one.
    CHECK(window->journalPage()->model()->rowCount() == 6);
}

TEST_CASE("an empty week says what will appear, without counting what is missing", "[ui][today]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::TodayPage* today = window->todayPage();
    CHECK(today->glancedEntries().isEmpty());
    REQUIRE(today->partnerEmpty()->isVisible());
    CHECK(today->partnerEmpty()->text() == QStringLiteral("When Sam shares a reflection, it'll appear here."));
    CHECK_FALSE(today->seeAllButton()->isVisible());
    CHECK_FALSE(today->onThisDayCard()->isVisible());
    CHECK_FALSE(today->checkInCard()->isVisible());
}

TEST_CASE("on this day a year ago, and the check-in once Sam has done their part", "[ui][today]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    {
        REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
        writeEntry(*t.journal, QStringLiteral("The first summer"), kTuesday.date().addYears(-1));
        writeEntry(*t.journal, QStringLiteral("The day after"), kTuesday.date().addYears(-1).addDays(1));
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        core::CheckInAnswer answer;
        answer.ratings.insert(QStringLiteral("connection"), 7);
        REQUIRE(core::CheckIns(*sam).answer({}, answer).has_value());
    }
    auto window = openAs(t, QStringLiteral("Alex"));
    ui::TodayPage* today = window->todayPage();
    REQUIRE(today->onThisDayCard()->isVisible());
    const QStringList glanced = today->glancedEntries();
    REQUIRE(glanced.size() == 1);
    CHECK(core::Entries(window->session().journal()).get(glanced.front())->title == QStringLiteral("The first summer"));
    REQUIRE(today->checkInCard()->isVisible());
    CHECK(today->checkInReminder()->text() ==
          QStringLiteral("Sam has done their part. Yours is waiting whenever you're ready."));
}
