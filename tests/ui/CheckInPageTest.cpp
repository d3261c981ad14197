// The weekly check-in in the window: your own part, which the other partner
// never sees before both are in (only that you have answered); then both
// side by side with the biggest gap picked out, agreements written
// together, and last week's agreements opening the next check-in.
#include "checkin/CheckInPage.h"

#include "ClockPin.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "checkin/RatingRow.h"
#include "checkin/SpeakerTurns.h"
#include "checkin/TogetherFlow.h"
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "navigation/PlaceButton.h"
#include "navigation/Sidebar.h"
#include "today/TodayPage.h"
#include "widgets/Card.h"
#include "widgets/FitStack.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace twofold;
using test::onScreen;
using test::unlockAs;
using ui::Place;

namespace {

const QDateTime kTuesday(QDate(2026, 3, 17), QTime(12, 0), Qt::UTC);
const QString kAlexIssue = QStringLiteral("Mornings feel rushed and we barely talk.");

void rate(ui::CheckInPage& page, const QString& key, int value) {
    ui::RatingRow* row = page.rating(key);
    REQUIRE(row);
    auto* group = row->findChild<QButtonGroup*>();
    REQUIRE(group);
    group->button(value)->click();
}

// Any button that would save agreements, where the person can see it.
bool visibleSaveAgreements(const ui::CheckInPage& page) {
    for (const QPushButton* button : page.findChildren<QPushButton*>(QStringLiteral("saveAgreements"))) {
        if (button->isVisible()) {
            return true;
        }
    }
    return false;
}

} // namespace

TEST_CASE("a check-in part stays each partner's own until both are in, then both show side by side", "[ui][checkin]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    const QString path = t.path();
    {
        ui::MainWindow alex(std::move(t.journal));
        alex.show();
        unlockAs(alex, QStringLiteral("Alex"));
        alex.sidebar()->button(Place::CheckIn)->click();
        REQUIRE(alex.currentPage() == alex.checkInPage());
        ui::CheckInPage* page = alex.checkInPage();
        CHECK(page->stateLabel()->text().startsWith(QStringLiteral("About ten quiet minutes")));
        // Shared writing, said with the partner's own name.
        CHECK(alex.findChild<QLabel*>(QStringLiteral("sharedWritingNote"))
                  ->text()
                  .contains(QStringLiteral("It isn't a secret from Sam — private entries are for that.")));
        rate(*page, QStringLiteral("connection"), 8);
        rate(*page, QStringLiteral("heard"), 3);
        // A number always with words: the band of the chosen value.
        CHECK_FALSE(
            page->rating(QStringLiteral("heard"))->findChild<QLabel*>(QStringLiteral("band"))->text().isEmpty());
        page->field(QStringLiteral("issue"))->setPlainText(kAlexIssue);
        page->submitButton()->click();
        CHECK(page->stateLabel()->text() ==
              QStringLiteral("You've submitted your part. Waiting for Sam; you can still change yours."));
        CHECK_FALSE(page->showsTogether());
    }

    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow sam(std::move(*opened));
    sam.show();
    unlockAs(sam, QStringLiteral("Sam"));
    CHECK(sam.sidebar()->button(Place::CheckIn)->badge() == QStringLiteral("Your turn"));
    // Today's card leads to it.
    ui::TodayPage* today = sam.todayPage();
    REQUIRE(today->checkInCard()->isVisible());
    CHECK(today->checkInReminder()->text() ==
          QStringLiteral("Alex has done their part. Yours is waiting whenever you're ready."));
    today->checkInButton()->click();
    REQUIRE(sam.currentPage() == sam.checkInPage());
    ui::CheckInPage* page = sam.checkInPage();
    // Alex's numbers and words are nowhere on Sam's screen.
    CHECK_FALSE(page->rating(QStringLiteral("connection"))->value().has_value());
    CHECK(page->field(QStringLiteral("issue"))->toPlainText().isEmpty());
    CHECK_FALSE(onScreen(sam, kAlexIssue));

    rate(*page, QStringLiteral("connection"), 7);
    rate(*page, QStringLiteral("heard"), 9);
    page->field(QStringLiteral("appreciations"))->setPlainText(QStringLiteral("You made soup when I was ill."));
    page->submitButton()->click();
    REQUIRE(page->showsTogether());
    CHECK(page->stateLabel()->text().contains(QStringLiteral("both are now visible to both of you")));
    CHECK(sam.sidebar()->button(Place::CheckIn)->badge().isEmpty());
    ui::TogetherFlow* flow = page->togetherFlow();
    // First the moment they sit down together; nothing of Alex's yet.
    CHECK(flow->stepId() == QStringLiteral("start"));
    CHECK_FALSE(onScreen(sam, kAlexIssue));
    flow->startButton()->click();
    CHECK(flow->stepId() == QStringLiteral("appreciations"));
    CHECK(flow->progress()->text() == QStringLiteral("Step 1 of 6 · Appreciations"));
    CHECK(onScreen(sam, QStringLiteral("You made soup when I was ill.")));
    flow->nextButton()->click();
    CHECK(flow->stepId() == QStringLiteral("went_well"));
    flow->nextButton()->click();
    REQUIRE(flow->stepId() == QStringLiteral("differences"));
    const QStringList lines = flow->comparison();
    // The first partner on the left.
    CHECK(lines.contains(QStringLiteral("Connection: Alex 8 · Sam 7 · apart by 1")));
    CHECK(lines.contains(QStringLiteral("Feeling heard: Alex 3 · Sam 9 · apart by 6")));
    CHECK(flow->biggestGap()->text().contains(QStringLiteral("“Feeling heard”")));
    flow->nextButton()->click();
    REQUIRE(flow->stepId() == QStringLiteral("issue"));
    CHECK(onScreen(sam, kAlexIssue));

    // The issue in turns: Alex named one, so Alex speaks first.
    ui::SpeakerTurns* turns = flow->turns();
    REQUIRE(turns);
    CHECK(turns->whoseTurn() == QStringLiteral("Alex speaks · Sam listens"));
    turns->timerMinutes()->setValue(2);
    turns->timerSwitch()->setChecked(true);
    CHECK(turns->timeLabel()->text() == QStringLiteral("2:00 left"));
    for (int second = 0; second < 119; ++second) {
        turns->secondElapsed();
    }
    CHECK(turns->timeLabel()->text() == QStringLiteral("0:01 left"));
    turns->secondElapsed();
    CHECK(turns->timeLabel()->text() == QStringLiteral("Time's up — finish your thought, then Sam sums up."));
    // The listener sums up before anyone swaps; "not quite" goes back.
    turns->forwardButton()->click();
    CHECK(turns->whoseTurn() == QStringLiteral("Sam sums up what they heard"));
    CHECK(turns->timeLabel()->text().isEmpty());
    turns->notYetButton()->click();
    CHECK(turns->whoseTurn() == QStringLiteral("Alex speaks · Sam listens"));
    CHECK(turns->timeLabel()->text() == QStringLiteral("2:00 left"));
    turns->forwardButton()->click();
    CHECK(turns->forwardButton()->text() == QStringLiteral("That's it — swap roles"));
    turns->forwardButton()->click();
    CHECK(turns->whoseTurn() == QStringLiteral("Sam speaks · Alex listens"));
    turns->forwardButton()->click();
    CHECK(turns->whoseTurn() == QStringLiteral("Alex sums up what they heard"));
    turns->forwardButton()->click();
    CHECK(turns->phase() == ui::SpeakerTurns::Phase::Done);
    CHECK_FALSE(turns->forwardButton()->isVisible());

    flow->nextButton()->click();
    CHECK(flow->stepId() == QStringLiteral("ask"));
    flow->nextButton()->click();
    REQUIRE(flow->stepId() == QStringLiteral("agreements"));
    CHECK_FALSE(flow->nextButton()->isVisible());
    flow->agreementsField()->setPlainText(QStringLiteral("Coffee together before work, phones away."));
    flow->saveAgreementsButton()->click();
    auto week = core::CheckIns(sam.session().journal()).get();
    REQUIRE(week.has_value());
    CHECK(week->agreements == QStringLiteral("Coffee together before work, phones away."));
    // Saving keeps the couple where they were.
    CHECK(flow->stepId() == QStringLiteral("agreements"));

    // Stopping half-way and coming back resumes at that step.
    flow->backButton()->click();
    CHECK(flow->stepId() == QStringLiteral("ask"));
    {
        auto again = core::Journal::open(path);
        REQUIRE(again.has_value());
        ui::MainWindow later(std::move(*again));
        later.show();
        unlockAs(later, QStringLiteral("Alex"));
        later.sidebar()->button(Place::CheckIn)->click();
        REQUIRE(later.checkInPage()->showsTogether());
        CHECK(later.checkInPage()->togetherFlow()->stepId() == QStringLiteral("ask"));
    }

    // A week later the agreement opens the check-in.
    pin.set(kTuesday.addDays(7));
    page->refresh();
    CHECK_FALSE(page->showsTogether());
    REQUIRE(page->previousAgreements()->isVisible());
    CHECK(page->previousAgreements()->text() ==
          QStringLiteral("How did it go? Last time you agreed to try: Coffee together before work, phones away."));
    // Last week is listed with each partner's average, and opens read-only.
    const QString lastWeek = core::IsoWeek::containing(kTuesday.date()).toString();
    REQUIRE(page->pastWeeks().size() == 1);
    CHECK(page->pastWeeks().front() == lastWeek + QStringLiteral(" · Alex ") + QLocale().toString(5.5, 'f', 1) +
                                           QStringLiteral(" · Sam ") + QLocale().toString(8.0, 'f', 1));
    REQUIRE(page->showWeek(lastWeek));
    CHECK(page->showsPastWeek());
    CHECK(page->comparison().contains(QStringLiteral("Connection: Alex 8 · Sam 7 · apart by 1")));
    CHECK(page->agreementsField()->isReadOnly());
    CHECK_FALSE(visibleSaveAgreements(*page));
}

TEST_CASE("a half-done check-in part is kept as it is written, and comes back unsubmitted", "[ui][checkin]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    const QString path = t.path();
    {
        ui::MainWindow alex(std::move(t.journal));
        test::showUnlocked(alex, QStringLiteral("Alex"));
        alex.sidebar()->button(Place::CheckIn)->click();
        ui::CheckInPage* page = alex.checkInPage();
        rate(*page, QStringLiteral("stress"), 6);
        page->field(QStringLiteral("issue"))->setPlainText(kAlexIssue);
        // Kept a moment after the last change, without pressing anything.
        REQUIRE(test::waitUntil(
            [&] {
                auto week = core::CheckIns(alex.session().journal()).get();
                return week && !week->parts.empty() &&
                       week->parts.front().fields.value(QStringLiteral("issue")) == kAlexIssue;
            },
            ui::CheckInPage::kKeepDelayMs + 3000));
        auto week = core::CheckIns(alex.session().journal()).get();
        CHECK(week->submittedBy.isEmpty());
        // Typed just before locking: kept by the lock, not lost.
        page->field(QStringLiteral("ask"))->setPlainText(QStringLiteral("A walk on Sunday"));
        alex.lockNow();
    }
    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    ui::MainWindow alex(std::move(*opened));
    test::showUnlocked(alex, QStringLiteral("Alex"));
    alex.sidebar()->button(Place::CheckIn)->click();
    ui::CheckInPage* page = alex.checkInPage();
    CHECK(page->rating(QStringLiteral("stress"))->value() == 6);
    CHECK(page->field(QStringLiteral("issue"))->toPlainText() == kAlexIssue);
    CHECK(page->field(QStringLiteral("ask"))->toPlainText() == QStringLiteral("A walk on Sunday"));
    CHECK(page->submitButton()->text() == QStringLiteral("Submit my part"));
    CHECK(page->stateLabel()->text().startsWith(QStringLiteral("About ten quiet minutes")));
    // Sam sees nothing of it, not even that Alex has answered.
    auto samJournal = core::Journal::open(path);
    REQUIRE(samJournal.has_value());
    REQUIRE((*samJournal)->unlock(QStringLiteral("Sam")));
    auto seenBySam = core::CheckIns(**samJournal).get();
    REQUIRE(seenBySam.has_value());
    CHECK(seenBySam->parts.empty());
    CHECK(seenBySam->submittedBy.isEmpty());
}

TEST_CASE("a check-in page refreshed by a change elsewhere keeps what was just typed", "[ui][checkin]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    ui::MainWindow alex(std::move(t.journal));
    test::showUnlocked(alex, QStringLiteral("Alex"));
    alex.sidebar()->button(Place::CheckIn)->click();
    ui::CheckInPage* page = alex.checkInPage();
    page->field(QStringLiteral("issue"))->setPlainText(kAlexIssue);
    // Sam submitting in another window refreshes the page before the part
    // was kept: the words must neither vanish from the screen nor be lost.
    page->refresh();
    CHECK(page->field(QStringLiteral("issue"))->toPlainText() == kAlexIssue);
    auto week = core::CheckIns(alex.session().journal()).get();
    REQUIRE(week.has_value());
    REQUIRE(week->parts.size() == 1);
    CHECK(week->parts.front().fields.value(QStringLiteral("issue")) == kAlexIssue);
    CHECK(week->submittedBy.isEmpty());
}

TEST_CASE("a past week not both did opens read-only, with nothing to save into this week", "[ui][checkin]") {
    test::ClockPin pin(kTuesday);
    test::TempJournal t;
    const QString lastWeek = core::IsoWeek::containing(kTuesday.date()).toString();
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::CheckIns(*t.journal).answer(lastWeek, core::CheckInAnswer{{{QStringLiteral("heard"), 4}}, {}}));
    t.journal->lock();
    pin.set(kTuesday.addDays(7));
    ui::MainWindow alex(std::move(t.journal));
    test::showUnlocked(alex, QStringLiteral("Alex"));
    alex.sidebar()->button(Place::CheckIn)->click();
    ui::CheckInPage* page = alex.checkInPage();
    REQUIRE(page->showWeek(lastWeek));
    CHECK(page->showsPastWeek());
    CHECK(page->agreementsField()->isReadOnly());
    CHECK_FALSE(visibleSaveAgreements(*page));
}

TEST_CASE("a stack of steps is as tall as the step it shows, whatever the other steps hold", "[ui][checkin]") {
    // QStackedLayout's height-for-width asks every page: a long page of
    // word-wrapped text left a short step above a screen of empty space.
    ui::FitStack stack;
    auto* longPage = new QLabel(QString(QStringLiteral("A sentence that wraps onto many lines. ")).repeated(60));
    longPage->setWordWrap(true);
    auto* shortPage = new QLabel(QStringLiteral("One line."));
    shortPage->setWordWrap(true);
    stack.addWidget(longPage);
    stack.addWidget(shortPage);
    stack.setCurrentWidget(shortPage);
    // Asked the way a page's layout asks it: through the stack's layout.
    QWidget host;
    auto* hostLayout = new QVBoxLayout(&host);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    auto* stackInHost = new ui::FitStack(&host);
    auto* longAgain = new QLabel(longPage->text());
    longAgain->setWordWrap(true);
    auto* shortAgain = new QLabel(shortPage->text());
    shortAgain->setWordWrap(true);
    stackInHost->addWidget(longAgain);
    stackInHost->addWidget(shortAgain);
    hostLayout->addWidget(stackInHost);
    stackInHost->setCurrentWidget(shortAgain);
    CHECK(host.heightForWidth(400) == shortAgain->heightForWidth(400));
    CHECK(host.sizeHint().height() < longAgain->sizeHint().height());
    stackInHost->setCurrentWidget(longAgain);
    CHECK(host.heightForWidth(400) == longAgain->heightForWidth(400));
    REQUIRE(stack.hasHeightForWidth());
    CHECK(stack.heightForWidth(400) == shortPage->heightForWidth(400));
    CHECK(stack.heightForWidth(400) * 5 < longPage->heightForWidth(400));
    CHECK(stack.sizeHint() == shortPage->sizeHint());
    stack.setCurrentWidget(longPage);
    CHECK(stack.heightForWidth(400) == longPage->heightForWidth(400));
}
