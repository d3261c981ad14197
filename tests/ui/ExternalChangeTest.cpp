// The window and twofold-cli on one journal: what the CLI writes shows up,
// and a key rotation done there locks the window with a sentence saying why.
#include "CliRunner.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "journal/Journal.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "unlock/UnlockPage.h"

#include <QListView>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace twofold;
using test::unlockAs;

TEST_CASE("an entry added with twofold-cli appears in the open window within about a second", "[ui][external]") {
    test::TempJournal t;
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    unlockAs(window, QStringLiteral("Alex"));
    window.showJournal();
    auto* model = window.journalPage()->view()->model();
    const int before = model->rowCount();
    const auto added = test::runCliOn(path, QStringLiteral("Sam"),
                                      {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"),
                                       QStringLiteral("Written in a terminal while the window was open")});
    REQUIRE(added.exitCode == 0);
    // No restart, no click: the session's poll notices it.
    CHECK(test::waitUntil([&] { return model->rowCount() == before + 1; }, 3000));
    CHECK(model->index(0, 0).data(ui::TimelineModel::AuthorNameRole).toString() == QStringLiteral("Sam"));
}

TEST_CASE("a key rotation by twofold-cli locks the window and says why", "[ui][external]") {
    test::TempJournal t;
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    unlockAs(window, QStringLiteral("Alex"));
    const auto rotated = test::runCliOn(path, QStringLiteral("Sam"), {QStringLiteral("rotate-keys")});
    REQUIRE(rotated.exitCode == 0);
    window.session().checkForExternalChanges();
    REQUIRE(test::waitUntil([&] { return !window.session().isUnlocked(); }, 3000));
    CHECK(window.currentPage() == window.unlockPage());
    CHECK(window.unlockPage()->notice().contains(QStringLiteral("keys were changed elsewhere")));
    // Unlocking again opens the journal with the new keys.
    unlockAs(window, QStringLiteral("Alex"));
    CHECK(window.session().isUnlocked());
}
