#include "search/SearchPage.h"

#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "search/SearchResultDelegate.h"
#include "unlock/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
    REQUIRE(test::waitUntil([&] { return page->results()->count() > 0; }, 5000));
    // Sam sees Alex's shared entry, never the private one.
    REQUIRE(page->results()->count() == 1);
    const QString snippet = page->results()->item(0)->data(ui::SearchResultDelegate::SnippetRole).toString();
    const auto marked = ui::SearchResultDelegate::parseSnippet(snippet);
    REQUIRE(marked.ranges.size() == 1);
    CHECK(marked.text.mid(marked.ranges[0].first, marked.ranges[0].second) == QStringLiteral("river"));
    CHECK(page->statusLabel()->text().contains(QStringLiteral("1")));

    page->queryField()->clear();
    QTest::keyClicks(page->queryField(), QStringLiteral("worries"));
    REQUIRE(test::waitUntil([&] { return page->statusLabel()->text() == QStringLiteral("Nothing found."); }, 5000));
    CHECK(page->results()->count() == 0);

    // Locking drops the results and the index.
    window.lockNow();
    CHECK(page->results()->count() == 0);
    CHECK(window.session().search() == nullptr);
}
