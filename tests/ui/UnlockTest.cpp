#include "IdleWatcher.h"
#include "MainWindow.h"
#include "PartnerChip.h"
#include "PromptCard.h"
#include "Session.h"
#include "TempJournal.h"
#include "TodayPage.h"
#include "UiTestSupport.h"
#include "UnlockPage.h"
#include "journal/Journal.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

using namespace twofold;
using test::waitUntil;

TEST_CASE("unlocking with a wrong passphrase says so, pauses, and then the right one opens", "[ui][unlock]") {
    test::TempJournal t(true);
    const QString alex = t.journal->findPartner(QStringLiteral("Alex"))->id;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    ui::UnlockPage* page = window.unlockPage();
    REQUIRE(window.currentPage() == page);
    CHECK(window.windowTitle().contains(QStringLiteral("locked")));
    CHECK(window.partnerChip()->text() == QStringLiteral("Locked"));

    page->setRetryDelay(300);
    page->selectPartner(alex);
    QSignalSpy failed(page, &ui::UnlockPage::unlockFailed);
    QSignalSpy unlocked(page, &ui::UnlockPage::unlocked);
    QTest::keyClicks(page->passphraseField(), QStringLiteral("not my passphrase"));
    QTest::keyClick(page->passphraseField(), Qt::Key_Return);
    REQUIRE(failed.wait(5000));
    CHECK(unlocked.isEmpty());
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(page->messageLabel()->text().contains(QStringLiteral("not right")));
    // The short pause: no second try straight away, but no lock-out either.
    CHECK_FALSE(page->unlockButton()->isEnabled());
    REQUIRE(waitUntil([&] { return page->unlockButton()->isEnabled(); }, 3000));

    page->passphraseField()->clear();
    QTest::keyClicks(page->passphraseField(), QString::fromUtf8(test::TempJournal::passphraseFor("Alex")));
    page->unlockButton()->click();
    REQUIRE(unlocked.wait(5000));
    CHECK(window.session().isUnlocked());
    CHECK(window.windowTitle().contains(QStringLiteral("Alex")));
    CHECK(window.partnerChip()->text() == QStringLiteral("Alex"));
    CHECK(window.currentPage() == window.todayPage());
    CHECK(page->passphraseField()->text().isEmpty());

    REQUIRE(test::activate(window));
    // Ctrl+L locks: keys gone, the unlock screen back.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+L")));
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(window.currentPage() == page);
    CHECK(window.windowTitle().contains(QStringLiteral("locked")));
}

TEST_CASE("the window locks itself after idle time", "[ui][unlock]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    REQUIRE(window.session().isUnlocked());
    // Today greets with the couple's prompt of the day.
    CHECK(window.todayPage()->promptCard()->isVisible());
    CHECK_FALSE(window.todayPage()->promptCard()->promptText().isEmpty());
    window.idleWatcher()->setInterval(200);
    REQUIRE(waitUntil([&] { return !window.session().isUnlocked(); }, 3000));
    CHECK(window.currentPage() == window.unlockPage());
    CHECK(window.partnerChip()->text() == QStringLiteral("Locked"));
}
