#include "IdleWatcher.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "editor/EditorPage.h"
#include "journal/Drafts.h"
#include "journal/Journal.h"
#include "settings/PassphraseDialog.h"
#include "today/PromptCard.h"
#include "today/TodayPage.h"
#include "unlock/UnlockPage.h"
#include "widgets/PartnerChip.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    CHECK(window.windowTitle() == QStringLiteral("Locked"));
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
    CHECK(page->messageLabel()->text().contains(QStringLiteral("isn't right")));
    // What was typed went to the unlock in wiped memory, and left the field.
    CHECK(page->passphraseField()->text().isEmpty());
    // The short pause: no second try straight away, but no lock-out either.
    CHECK_FALSE(page->unlockButton()->isEnabled());
    REQUIRE(waitUntil([&] { return page->unlockButton()->isEnabled(); }, 3000));

    page->passphraseField()->clear();
    QTest::keyClicks(page->passphraseField(), QString::fromUtf8(test::TempJournal::passphraseFor("Alex")));
    page->unlockButton()->click();
    REQUIRE(unlocked.wait(5000));
    CHECK(window.session().isUnlocked());
    CHECK(page->passphraseField()->text().isEmpty());
    // Qt appends the display name itself: "Alex — Twofold" on the desktop.
    CHECK(window.windowTitle() == QStringLiteral("Alex"));
    CHECK(window.partnerChip()->text() == QStringLiteral("Alex"));
    CHECK(window.currentPage() == window.todayPage());
    CHECK(page->passphraseField()->text().isEmpty());

    REQUIRE(test::activate(window));
    // Ctrl+L locks: keys gone, the unlock screen back.
    QTest::keySequence(&window, QKeySequence(QStringLiteral("Ctrl+L")));
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(window.currentPage() == page);
    CHECK(window.windowTitle() == QStringLiteral("Locked"));
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
    // The locked screen says why.
    CHECK(window.unlockPage()->notice() == QStringLiteral("Locked after 10 minutes away."));
    CHECK(window.unlockPage()->findChild<QWidget*>(QStringLiteral("lockedNotice"))->isVisible());
}

TEST_CASE("locking with words on screen says the draft is safe; unlocking clears the notice", "[ui][unlock]") {
    test::TempJournal t;
    ui::MainWindow window(std::move(t.journal));
    window.show();
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    auto* notice = window.unlockPage()->findChild<QWidget*>(QStringLiteral("lockedNotice"));
    // Nothing written: a lock the person asked for needs no explaining.
    window.lockNow();
    CHECK(window.unlockPage()->notice().isEmpty());
    CHECK_FALSE(notice->isVisible());

    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    window.newEntry();
    QTest::keyClicks(window.editorPage()->textEdit(), QStringLiteral("Not finished yet"));
    window.lockNow();
    CHECK(window.unlockPage()->notice() == QStringLiteral("Locked. Your draft is safe."));
    CHECK(notice->isVisible());
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    CHECK(window.unlockPage()->notice().isEmpty());
    CHECK(core::Drafts(window.session().journal()).list()->front().text == QStringLiteral("Not finished yet"));
}

namespace {

// Types `name`'s recovery code at the unlock page; returns the dialog that
// asks for the new passphrase.
ui::PassphraseDialog* unlockWithRecoveryCode(ui::MainWindow& window, const QString& name, const QString& code) {
    const auto partner = window.session().journal().findPartner(name);
    REQUIRE(partner);
    window.setKdfLimits(core::crypto::KdfLimits::minimum());
    window.show();
    window.unlockPage()->selectPartner(partner->id);
    QSignalSpy accepted(window.unlockPage(), &ui::UnlockPage::recoveryCodeAccepted);
    window.unlockPage()->passphraseField()->setText(code);
    window.unlockPage()->unlock();
    REQUIRE(accepted.wait(5000));
    auto* dialog = window.findChild<ui::PassphraseDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->isVisible());
    return dialog;
}

} // namespace

TEST_CASE("after unlocking with the recovery code the window asks for a new passphrase", "[ui][unlock]") {
    test::TempJournal t(true);
    const QString code = t.recoveryCodes.value(QStringLiteral("Sam"));
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    auto* dialog = unlockWithRecoveryCode(window, QStringLiteral("Sam"), code);
    // Until a new passphrase is set nothing of the journal is shown.
    CHECK(unlocked.isEmpty());
    CHECK_FALSE(window.session().isUnlocked());
    CHECK(window.currentPage() == window.unlockPage());
    QTest::keyClicks(dialog->passphraseField(), QStringLiteral("a brand new passphrase"));
    QTest::keyClicks(dialog->repeatField(), QStringLiteral("a brand new passphrase"));
    QSignalSpy changed(dialog, &ui::PassphraseDialog::changed);
    dialog->setButton()->click();
    REQUIRE(changed.wait(10000));
    const QString newCode = dialog->recoveryCode();
    CHECK_FALSE(newCode.isEmpty());
    CHECK(newCode != code);
    // The code must be confirmed as stored before the dialog goes away.
    dialog->reject();
    CHECK(dialog->isVisible());
    dialog->storedCheck()->click();
    dialog->accept();
    // Now the window opens, at Today.
    CHECK(window.session().isUnlocked());
    CHECK(window.currentPage() == window.todayPage());

    auto reopened = core::Journal::open(path);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Sam"), QByteArray("a brand new passphrase")).has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Sam"), code.toUtf8()).error().code == core::ErrorCode::WrongPassphrase);
    CHECK((*reopened)->unlock(QStringLiteral("Sam"), newCode.toUtf8()).has_value());
}

TEST_CASE("after a recovery-code unlock, cancelling the new passphrase locks again and changes nothing",
          "[ui][unlock]") {
    test::TempJournal t(true);
    const QString code = t.recoveryCodes.value(QStringLiteral("Sam"));
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    auto* dialog = unlockWithRecoveryCode(window, QStringLiteral("Sam"), code);
    // No "Later": the only way on is a new passphrase.
    QPushButton* cancel = nullptr;
    for (auto* b : dialog->findChildren<QPushButton*>()) {
        CHECK(b->text() != QStringLiteral("Later"));
        if (b->text() == QStringLiteral("Cancel and lock")) {
            cancel = b;
        }
    }
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(waitUntil([&] { return window.findChild<ui::PassphraseDialog*>() == nullptr; }, 3000));
    CHECK_FALSE(window.session().isUnlocked());
    CHECK_FALSE(window.session().journal().hasOpenKeys());
    CHECK(window.currentPage() == window.unlockPage());
    CHECK(window.unlockPage()->notice().contains(QStringLiteral("only to choose a new passphrase")));
    // Nothing changed: the passphrase and the code open as before.
    auto reopened = core::Journal::open(path);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Sam"), test::TempJournal::passphraseFor("Sam")).has_value());
    REQUIRE((*reopened)->unlock(QStringLiteral("Sam"), code.toUtf8()).has_value());
    CHECK((*reopened)->unlockedWithRecoveryCode());
}

TEST_CASE("changing the passphrase at an unlocked window asks for the current one first", "[ui][unlock]") {
    // The attack: someone at a window left unlocked for a minute replaces
    // Sam's passphrase and walks away with the journal.
    test::TempJournal t(true);
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    window.setKdfLimits(core::crypto::KdfLimits::minimum());
    window.show();
    window.unlockPage()->selectPartner(window.session().journal().findPartner(QStringLiteral("Sam"))->id);
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->passphraseField()->setText(QString::fromUtf8(test::TempJournal::passphraseFor("Sam")));
    window.unlockPage()->unlock();
    REQUIRE(unlocked.wait(5000));
    window.changePassphrase();
    auto* dialog = window.findChild<ui::PassphraseDialog*>();
    REQUIRE(dialog);
    REQUIRE(dialog->currentField()->isVisible());
    QTest::keyClicks(dialog->passphraseField(), QStringLiteral("taken over"));
    QTest::keyClicks(dialog->repeatField(), QStringLiteral("taken over"));
    dialog->setButton()->click();
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("passphraseError"))->text() ==
          QStringLiteral("Type your current passphrase first."));
    QTest::keyClicks(dialog->currentField(), QStringLiteral("a guess"));
    QSignalSpy changed(dialog, &ui::PassphraseDialog::changed);
    dialog->setButton()->click();
    REQUIRE(test::waitUntil([&] { return dialog->setButton()->isEnabled(); }, 10000));
    CHECK(changed.count() == 0);
    CHECK_FALSE(dialog->findChild<QLabel*>(QStringLiteral("passphraseError"))->text().isEmpty());
    {
        auto reopened = core::Journal::open(path);
        REQUIRE(reopened.has_value());
        CHECK((*reopened)->unlock(QStringLiteral("Sam"), test::TempJournal::passphraseFor("Sam")).has_value());
    }
    dialog->currentField()->setText(QString::fromUtf8(test::TempJournal::passphraseFor("Sam")));
    dialog->setButton()->click();
    REQUIRE(changed.wait(10000));
    dialog->storedCheck()->click();
    dialog->accept();
    auto reopened = core::Journal::open(path);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Sam"), QByteArray("taken over")).has_value());
}
