#include "search/SearchPage.h"

#include "FileTampering.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "checkin/CheckInPage.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "journal/Search.h"
#include "prompts/PromptsPage.h"
#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"
#include "unlock/UnlockPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace twofold;

TEST_CASE("search shows results as you type, with the matches highlighted", "[ui][search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput walk;
    walk.text = QStringLiteral("We walked along the river after dinner.");
    walk.day = QDate(2026, 11, 2);
    REQUIRE(core::Entries(*t.journal).add(walk).has_value());
    core::EntryInput secret;
    secret.text = QStringLiteral("A private river of worries.");
    secret.visibility = core::Visibility::Private;
    REQUIRE(core::Entries(*t.journal).add(secret).has_value());
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    const auto sam = window.session().journal().findPartner(QStringLiteral("Sam"));
    window.unlockPage()->selectPartner(sam->id);
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    REQUIRE(test::activate(window));
    QTest::keySequence(&window, QKeySequence::Find);
    ui::SearchPage* page = window.searchPage();
    REQUIRE(window.currentPage() == page);
    CHECK(page->queryField()->hasFocus());

    QTest::keyClicks(page->queryField(), QStringLiteral("rive*"));
    REQUIRE(test::waitUntil([&] { return page->resultsModel()->rowCount() > 0; }, 5000));
    // Sam sees Alex's shared entry, never the private one.
    REQUIRE(page->resultsModel()->rowCount() == 1);
    const QString snippet = page->resultsModel()->index(0).data(ui::SearchResultDelegate::SnippetRole).toString();
    const auto marked = ui::SearchResultDelegate::parseSnippet(snippet);
    REQUIRE(marked.ranges.size() == 1);
    CHECK(marked.text.mid(marked.ranges[0].first, marked.ranges[0].second) == QStringLiteral("river"));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("1")));

    page->queryField()->clear();
    QTest::keyClicks(page->queryField(), QStringLiteral("worries"));
    REQUIRE(test::waitUntil([&] { return page->statusLabel()->text() == QStringLiteral("Nothing found."); }, 5000));
    CHECK(page->resultsModel()->rowCount() == 0);

    // Locking drops the results and the index.
    window.lockNow();
    CHECK(page->resultsModel()->rowCount() == 0);
    CHECK(window.session().search() == nullptr);
}

TEST_CASE("results follow the journal: a saved entry joins the shown results without a reset", "[ui][search][live]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput first;
    first.text = QStringLiteral("Pancakes on Sunday.");
    first.day = QDate(2026, 11, 1);
    REQUIRE(core::Entries(*t.journal).add(first));
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    const auto alex = window.session().journal().findPartner(QStringLiteral("Alex"));
    window.unlockPage()->selectPartner(alex->id);
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    REQUIRE(window.session().search()->waitUntilReady(std::chrono::milliseconds(5000)));
    REQUIRE(test::activate(window));
    QTest::keySequence(&window, QKeySequence::Find);
    ui::SearchPage* page = window.searchPage();
    QAbstractItemModelTester tester(page->resultsModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // The index is fast: the results are there as the key is typed, with no
    // debounce pause.
    QTest::keyClicks(page->queryField(), QStringLiteral("pancakes"));
    CHECK(page->resultsModel()->rowCount() == 1);

    QSignalSpy inserted(page->resultsModel(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(page->resultsModel(), &QAbstractItemModel::modelReset);
    core::EntryInput second;
    second.text = QStringLiteral("More pancakes, with lemon.");
    second.day = QDate(2026, 11, 3);
    REQUIRE(core::Entries(window.session().journal()).add(second));
    REQUIRE(test::waitUntil([&] { return page->resultsModel()->rowCount() == 2; }, 3000));
    CHECK(inserted.count() == 1);
    CHECK(reset.count() == 0);
}

TEST_CASE("a check-in or answer hit opens its screen, with the results kept for Back", "[ui][search]") {
    test::TempJournal t;
    const QString week = QStringLiteral("2026-W40");
    for (const QString& who : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        REQUIRE(t.journal->unlock(who));
        REQUIRE(core::CheckIns(*t.journal)
                    .answer(week, core::CheckInAnswer{
                                      {{QStringLiteral("heard"), 7}},
                                      {{QStringLiteral("went_well"), QStringLiteral("The lighthouse walk.")}}}));
        REQUIRE(core::Prompts(*t.journal)
                    .answer(QStringLiteral("appreciation-001"), QStringLiteral("Our lighthouse picnic.")));
    }
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    test::showUnlocked(window, QStringLiteral("Alex"));
    window.showSearch();
    ui::SearchPage* page = window.searchPage();
    QTest::keyClicks(page->queryField(), QStringLiteral("lighthouse"));
    REQUIRE(test::waitUntil([&] { return page->resultsModel()->rowCount() >= 2; }, 5000));
    const auto rowOf = [&](const QString& kind) {
        for (int row = 0; row < page->resultsModel()->rowCount(); ++row) {
            if (page->resultsModel()->index(row).data(ui::SearchResultDelegate::KindRole).toString() == kind) {
                return page->resultsModel()->index(row);
            }
        }
        return QModelIndex();
    };
    const QModelIndex checkIn = rowOf(QStringLiteral("checkin"));
    REQUIRE(checkIn.isValid());
    Q_EMIT page->results()->activated(checkIn);
    CHECK(window.currentPage() == static_cast<QWidget*>(window.checkInPage()));
    CHECK(window.checkInPage()->showsPastWeek());
    REQUIRE(window.goBack());
    CHECK(window.currentPage() == static_cast<QWidget*>(page));

    const QModelIndex answer = rowOf(QStringLiteral("answer"));
    REQUIRE(answer.isValid());
    Q_EMIT page->results()->activated(answer);
    CHECK(window.currentPage() == static_cast<QWidget*>(window.promptsPage()));
}

TEST_CASE("a hit for this week's check-in shows this week, even after an earlier week was open", "[ui][search]") {
    test::TempJournal t;
    const QString thisWeek = core::IsoWeek::current().toString();
    for (const QString& who : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        REQUIRE(t.journal->unlock(who));
        for (const QString& week : {QStringLiteral("2026-W40"), thisWeek}) {
            REQUIRE(core::CheckIns(*t.journal)
                        .answer(week, core::CheckInAnswer{
                                          {{QStringLiteral("heard"), 7}},
                                          {{QStringLiteral("went_well"), QStringLiteral("The lighthouse walk.")}}}));
        }
    }
    t.journal->lock();
    ui::MainWindow window(std::move(t.journal));
    test::showUnlocked(window, QStringLiteral("Alex"));
    window.showCheckIn();
    REQUIRE(window.checkInPage()->showWeek(QStringLiteral("2026-W40")));
    REQUIRE(window.checkInPage()->showsPastWeek());
    window.showSearch();
    ui::SearchPage* page = window.searchPage();
    QTest::keyClicks(page->queryField(), QStringLiteral("lighthouse"));
    REQUIRE(test::waitUntil([&] { return page->resultsModel()->rowCount() >= 2; }, 5000));
    QModelIndex current;
    for (int row = 0; row < page->resultsModel()->rowCount(); ++row) {
        const QModelIndex index = page->resultsModel()->index(row);
        if (index.data(ui::SearchResultDelegate::IdRole).toString() == thisWeek) {
            current = index;
        }
    }
    REQUIRE(current.isValid());
    Q_EMIT page->results()->activated(current);
    CHECK(window.currentPage() == static_cast<QWidget*>(window.checkInPage()));
    CHECK_FALSE(window.checkInPage()->showsPastWeek());
}

TEST_CASE("a hit whose signature does not check is not shown as its author's", "[ui][search][signing]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput own;
    own.text = QStringLiteral("Our walk by the harbour.");
    REQUIRE(core::Entries(*t.journal).add(own).has_value());
    // Alex writes a shared entry as Sam with the journal key, unsigned.
    const QString forgedId = test::forgeSharedEntry(
        *t.journal, QStringLiteral("Sam"), QStringLiteral("Sam agrees to sell the harbour flat."), QDate(2026, 11, 20));
    t.journal->lock();

    ui::MainWindow window(std::move(t.journal));
    window.unlockPage()->selectPartner(window.session().journal().findPartner(QStringLiteral("Sam"))->id);
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    window.show();
    window.showSearch();
    ui::SearchPage* page = window.searchPage();
    QTest::keyClicks(page->queryField(), QStringLiteral("harbour"));
    REQUIRE(test::waitUntil([&] { return page->resultsModel()->rowCount() == 2; }, 5000));
    for (int i = 0; i < 2; ++i) {
        const QModelIndex index = page->resultsModel()->index(i);
        const QString meta = index.data(ui::SearchResultDelegate::MetaRole).toString();
        const bool isForged = index.data(ui::SearchResultDelegate::IdRole).toString() == forgedId;
        CAPTURE(meta);
        CHECK(meta.contains(QStringLiteral("Sam — not verified as Sam's")) == isForged);
        CHECK(index.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("not verified")) == isForged);
    }
}
