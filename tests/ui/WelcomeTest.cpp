#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "welcome/RecoveryKit.h"
#include "welcome/RecoveryPage.h"
#include "welcome/WelcomeWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace twofold;
using ui::WelcomeWizard;

namespace {
QLineEdit* field(QWidget& w, const char* name) {
    auto* f = w.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(f);
    return f;
}
} // namespace

namespace {

// Every passphrase field the current page shows.
int passphraseFieldsShown(QWizard& wizard) {
    int shown = 0;
    for (const QLineEdit* edit : wizard.currentPage()->findChildren<QLineEdit*>()) {
        if (edit->isVisible() && edit->echoMode() == QLineEdit::Password) {
            ++shown;
        }
    }
    return shown;
}

int codesShown(QWizard& wizard) {
    int shown = 0;
    for (const QLabel* label : wizard.currentPage()->findChildren<QLabel*>(QStringLiteral("recoveryCode"))) {
        shown += label->isVisible() && !label->text().isEmpty() ? 1 : 0;
    }
    return shown;
}

} // namespace

TEST_CASE("the first run is one partner's turn at a time, with a hand-over and a kit each", "[ui][welcome]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours.twofold"));
    WelcomeWizard wizard(path, core::crypto::KdfLimits::minimum());
    wizard.show();
    REQUIRE(wizard.currentId() == WelcomeWizard::StartPage);
    // The couple first, the file system behind a disclosure.
    CHECK(wizard.button(QWizard::NextButton)->text() == QStringLiteral("Create our journal"));
    CHECK_FALSE(field(wizard, "createPath")->isVisible());
    wizard.next();

    // Alex's turn: Alex's fields only.
    REQUIRE(wizard.currentId() == WelcomeWizard::FirstTurnPage);
    CHECK(passphraseFieldsShown(wizard) == 2);
    CHECK(wizard.findChild<QLineEdit*>(QStringLiteral("partner1Name"))->isVisible() == false);
    QTest::keyClicks(field(wizard, "partner0Name"), QStringLiteral("Alex"));
    QTest::keyClicks(field(wizard, "partner0Passphrase"), QStringLiteral("river stone lantern"));
    QTest::keyClicks(field(wizard, "partner0Repeat"), QStringLiteral("river stone lanter"));
    wizard.next();
    CHECK(wizard.currentId() == WelcomeWizard::FirstTurnPage);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("firstTurnError"))->text().contains(QStringLiteral("not the same")));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("partner0Strength"))->text().size() > 0);
    QTest::keyClicks(field(wizard, "partner0Repeat"), QStringLiteral("n"));
    wizard.next();

    // The hand-over: no fields, no codes, Alex's name only in "look away".
    REQUIRE(wizard.currentId() == WelcomeWizard::HandToSecondPage);
    CHECK(passphraseFieldsShown(wizard) == 0);
    CHECK(wizard.currentPage()->findChild<QLabel*>(QStringLiteral("handOverText"))->text() ==
          QStringLiteral("Pass the keyboard to your partner. Alex, look away for a moment."));
    wizard.next();

    // Zoë's turn: Zoë's fields only; Alex's colour is not on offer.
    REQUIRE(wizard.currentId() == WelcomeWizard::SecondTurnPage);
    CHECK(passphraseFieldsShown(wizard) == 2);
    CHECK_FALSE(field(wizard, "partner0Name")->isVisible());
    QTest::keyClicks(field(wizard, "partner1Name"), QStringLiteral("alex"));
    wizard.next();
    CHECK(wizard.currentId() == WelcomeWizard::SecondTurnPage);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("partnersError"))->text().contains(QStringLiteral("already")));
    field(wizard, "partner1Name")->setText(QStringLiteral("Zoë"));
    // Closing (Escape, the window's ×) while the journal is being created is
    // not taken: the wizard stays, and the new journal's kits with it.
    QTimer::singleShot(0, &wizard, [&wizard] {
        CHECK(wizard.isCreating());
        wizard.close();
        wizard.reject();
    });
    wizard.next();
    CHECK(wizard.isVisible());
    CHECK_FALSE(wizard.isCreating());

    // The journal exists; Zoë set no passphrase, so her kit page says so.
    REQUIRE(wizard.currentId() == WelcomeWizard::SecondKitPage);
    REQUIRE(wizard.hasJournal());
    CHECK_FALSE(wizard.button(QWizard::CancelButton)->isVisible()); // a code nobody kept would be lost
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
    CHECK(codesShown(wizard) == 0);
    CHECK(wizard.recoveryCodes().size() == 1);
    CHECK(wizard.journal()->partners()[1].colour != wizard.journal()->partners()[0].colour);
    wizard.next();

    REQUIRE(wizard.currentId() == WelcomeWizard::HandToFirstPage);
    CHECK(wizard.button(QWizard::NextButton)->text() == QStringLiteral("I'm Alex — go on"));
    CHECK(codesShown(wizard) == 0);
    wizard.next();

    // Alex's kit: Alex's code alone, confirmed before the end.
    REQUIRE(wizard.currentId() == WelcomeWizard::FirstKitPage);
    REQUIRE(codesShown(wizard) == 1);
    const QString code = wizard.currentPage()->findChild<QLabel*>(QStringLiteral("recoveryCode"))->text();
    CHECK(code == wizard.recoveryCodes().value(QStringLiteral("Alex")));
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    CHECK_FALSE(finish->isEnabled());
    wizard.currentPage()->findChild<QCheckBox*>(QStringLiteral("codesStored"))->click();
    CHECK_FALSE(finish->isEnabled()); // ticking is not enough: two groups typed back
    auto* confirm = wizard.currentPage()->findChild<QLineEdit*>(QStringLiteral("recoveryConfirm"));
    confirm->setText(QStringLiteral("AAAA-BBBB"));
    CHECK_FALSE(finish->isEnabled());
    confirm->setText(ui::RecoveryPage::confirmationGroups(code).toLower());
    CHECK(finish->isEnabled());
    // One kit, one partner: the PDF holds Alex's code and no one else's name.
    const QString pdf = dir.filePath(QStringLiteral("kit.pdf"));
    REQUIRE(ui::RecoveryKit(QStringLiteral("Alex"), code).saveAsPdf(pdf));
    CHECK((QFile(pdf).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    CHECK_FALSE(ui::RecoveryKit(QStringLiteral("Alex"), code).html().contains(QStringLiteral("Zoë")));
    finish->click();
    CHECK(wizard.result() == QDialog::Accepted);

    auto journal = wizard.takeJournal();
    REQUIRE(journal);
    REQUIRE(journal->partners().size() == 2);
    CHECK(journal->partners()[0].name == QStringLiteral("Alex"));
    CHECK(journal->partners()[0].isProtected);
    CHECK(journal->partners()[0].colour == QStringLiteral("#2f7f8f"));
    CHECK(journal->partners()[1].name == QStringLiteral("Zoë"));
    CHECK_FALSE(journal->partners()[1].isProtected);
    // Nobody consented to anything on a shared screen: every sensitive theme
    // is "not now" for both, for each to open alone later.
    REQUIRE(journal->unlock(QStringLiteral("Alex"), QByteArray("river stone lantern")).has_value());
    auto themes = core::Prompts(*journal).themes();
    REQUIRE(themes.has_value());
    for (const core::ThemeWithChoices& t : *themes) {
        if (t.theme.sensitive) {
            for (const auto& choice : t.choices) {
                CHECK(choice.choice == core::ThemeChoice::NotNow);
            }
        }
    }
    journal->lock();
    // The code shown is the one that opens Alex's side.
    auto reopened = core::Journal::open(path);
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(QStringLiteral("Alex"), code.toUtf8()).has_value());
}

TEST_CASE("the welcome refuses to create over an existing file and opens it instead", "[ui][welcome]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours.twofold"));
    {
        core::JournalSetup setup;
        setup.partners = {core::PartnerSetup{QStringLiteral("Alex"), {}, std::nullopt},
                          core::PartnerSetup{QStringLiteral("Sam"), {}, std::nullopt}};
        REQUIRE(core::Journal::create(path, setup).has_value());
    }
    WelcomeWizard wizard(path, core::crypto::KdfLimits::minimum());
    wizard.show();
    wizard.findChild<QToolButton*>(QStringLiteral("whereItsKept"))->click();
    wizard.next();
    CHECK(wizard.currentId() == WelcomeWizard::StartPage);
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("startError"))->text().contains(QStringLiteral("already")));

    wizard.findChild<QRadioButton*>(QStringLiteral("openJournal"))->click();
    QTest::keyClicks(field(wizard, "openPath"), dir.filePath(QStringLiteral("missing.twofold")));
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.isVisible()); // a missing file is refused in the page
    CHECK_FALSE(wizard.findChild<QLabel*>(QStringLiteral("startError"))->text().isEmpty());

    field(wizard, "openPath")->setText(path);
    wizard.button(QWizard::FinishButton)->click();
    CHECK(wizard.result() == QDialog::Accepted);
    auto journal = wizard.takeJournal();
    REQUIRE(journal);
    CHECK(journal->partners().size() == 2);
}
