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
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "navigation/PlaceButton.h"
#include "navigation/Sidebar.h"
#include "today/TodayPage.h"
#include "widgets/Card.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>

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
    const QStringList lines = page->comparison();
    // The first partner on the left.
    CHECK(lines.contains(QStringLiteral("Connection: Alex 8 · Sam 7 · apart by 1")));
    CHECK(lines.contains(QStringLiteral("Feeling heard: Alex 3 · Sam 9 · apart by 6")));
    CHECK(page->biggestGap()->text().contains(QStringLiteral("“Feeling heard”")));
    CHECK(onScreen(sam, kAlexIssue));
    CHECK(sam.sidebar()->button(Place::CheckIn)->badge().isEmpty());

    page->agreementsField()->setPlainText(QStringLiteral("Coffee together before work, phones away."));
    page->saveAgreementsButton()->click();
    auto week = core::CheckIns(sam.session().journal()).get();
    REQUIRE(week.has_value());
    CHECK(week->agreements == QStringLiteral("Coffee together before work, phones away."));

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
    CHECK(page->showsTogether());
    CHECK(page->comparison().contains(QStringLiteral("Connection: Alex 8 · Sam 7 · apart by 1")));
    CHECK(page->agreementsField()->isReadOnly());
    CHECK_FALSE(page->saveAgreementsButton()->isVisible());
}
