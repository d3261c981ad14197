// Trends in the window: a line per partner over the weeks, gaps for weeks
// not both in, the widest weeks shaded, the same numbers as a table, and
// the keyboard reaching every week and opening its check-in.
#include "trends/TrendsPage.h"

#include "ClockPin.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "checkin/CheckInPage.h"
#include "journal/CheckIns.h"
#include "journal/Journal.h"
#include "navigation/PlaceButton.h"
#include "navigation/Sidebar.h"
#include "trends/TrendChart.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::Place;

namespace {

const QDateTime kNow(QDate(2026, 3, 25), QTime(12, 0), Qt::UTC);

core::CheckInAnswer rated(int happiness, int heard) {
    core::CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("happiness"), happiness);
    answer.ratings.insert(QStringLiteral("heard"), heard);
    return answer;
}

} // namespace

TEST_CASE("trends show both partners' ratings week by week, as a chart and as a table", "[ui][trends]") {
    test::ClockPin pin(kNow);
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W09"), rated(8, 2)));
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W09"), rated(6, 8)));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), rated(9, 9)));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W11"), rated(7, 6)));
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W11"), rated(7, 5)));
    sam.reset();
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    test::showUnlocked(window, QStringLiteral("Sam"));
    window.sidebar()->button(Place::Trends)->click();
    REQUIRE(window.currentPage() == window.trendsPage());
    ui::TrendsPage* page = window.trendsPage();
    CHECK_FALSE(page->emptyState()->isVisible());

    ui::TrendChart* chart = page->ratingChart();
    REQUIRE(chart->columnCount() == 3);
    // Overall: each one's own mean, never one score of the two.
    CHECK(chart->describeColumn(0) == QStringLiteral("2026-W09 · Alex 5 · Sam 7 · apart by 2"));
    // Alex alone in W10: nothing of it shows.
    CHECK(chart->describeColumn(1) == QStringLiteral("2026-W10 · Alex — · Sam — · not both in"));
    page->ratingChoice()->setCurrentIndex(page->ratingChoice()->findData(QStringLiteral("heard")));
    CHECK(chart->describeColumn(0) == QStringLiteral("2026-W09 · Alex 2 · Sam 8 · apart by 6"));
    CHECK(test::onScreen(window, QStringLiteral("Shaded: where you saw it most differently (2026-W09).")));

    // The table holds the same numbers, newest week first.
    page->tableButton()->click();
    REQUIRE(page->weeksTable()->isVisible());
    auto* model = qobject_cast<QStandardItemModel*>(page->weeksTable()->model());
    REQUIRE(model->rowCount() == 3);
    CHECK(model->horizontalHeaderItem(1)->text() == QStringLiteral("Alex"));
    CHECK(model->item(0, 0)->text() == QStringLiteral("2026-W11"));
    CHECK(model->item(1, 1)->text() == QStringLiteral("not both in"));
    CHECK(model->item(2, 1)->text() == QStringLiteral("2"));
    CHECK(model->item(2, 2)->text() == QStringLiteral("8"));
    CHECK(model->item(2, 3)->text() == QStringLiteral("6"));
    page->chartButton()->click();

    // The keyboard reaches every week: focus lands on the newest, Left
    // steps back, Enter opens that week's check-in.
    chart->setFocus();
    REQUIRE(test::waitUntil([&] { return chart->hasFocus(); }, 2000));
    CHECK(chart->focusedColumn() == 2);
    QTest::keyClick(chart, Qt::Key_Left);
    QTest::keyClick(chart, Qt::Key_Left);
    CHECK(chart->focusedColumn() == 0);
    CHECK(chart->accessibleDescription() == QStringLiteral("2026-W09 · Alex 2 · Sam 8 · apart by 6"));
    QTest::keyClick(chart, Qt::Key_Return);
    REQUIRE(window.currentPage() == window.checkInPage());
    CHECK(window.checkInPage()->showsPastWeek());
    CHECK(window.checkInPage()->comparison().contains(QStringLiteral("Feeling heard: Alex 2 · Sam 8 · apart by 6")));

    // Locking leaves nothing behind.
    window.lockNow();
    CHECK(page->ratingChart()->columnCount() == 0);
    CHECK(page->weeksTable()->model()->rowCount() == 0);
}

TEST_CASE("trends start with a kind empty state that leads to the check-in", "[ui][trends]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    test::showUnlocked(window, QStringLiteral("Alex"));
    window.sidebar()->button(Place::Trends)->click();
    ui::TrendsPage* page = window.trendsPage();
    REQUIRE(page->emptyState()->isVisible());
    CHECK(page->emptyState()->text() ==
          QStringLiteral("When you've both done a check-in, your ratings show here week by week, a line each."));
    auto* start = page->findChild<QPushButton*>(QStringLiteral("trendsStart"));
    REQUIRE(start);
    start->click();
    CHECK(window.currentPage() == window.checkInPage());
}

TEST_CASE("trends are kept between visits and computed again only after a change they count", "[ui][trends]") {
    test::ClockPin pin(kNow);
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W09"), rated(8, 2)));
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W09"), rated(6, 8)));
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    test::showUnlocked(window, QStringLiteral("Alex"));
    window.showTrends();
    ui::TrendChart* chart = window.trendsPage()->ratingChart();
    REQUIRE(chart->columnCount() == 1);
    window.showToday();
    // Written elsewhere (the CLI, the other laptop later): noticed through
    // the change feed, so the next visit shows the new week.
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W10"), rated(5, 5)));
    REQUIRE(core::CheckIns(window.session().journal()).answer(QStringLiteral("2026-W10"), rated(4, 4)));
    window.session().checkForExternalChanges();
    window.showTrends();
    CHECK(chart->columnCount() == 2);
    CHECK(chart->describeColumn(1) == QStringLiteral("2026-W10 · Alex 4 · Sam 5 · apart by 1"));
    // Locking forgets the report; the next partner's visit computes theirs.
    window.lockNow();
    CHECK(chart->columnCount() == 0);
}
