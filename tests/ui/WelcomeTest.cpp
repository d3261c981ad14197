#include "UiTestSupport.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "welcome/RecoveryKit.h"
#include "welcome/WelcomeWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

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

TEST_CASE("the first start creates a journal and shows each recovery code once", "[ui][welcome]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ours.twofold"));
    WelcomeWizard wizard(path, core::crypto::KdfLimits::minimum());
    wizard.show();
    REQUIRE(wizard.currentId() == WelcomeWizard::StartPage);
    wizard.next();
    REQUIRE(wizard.currentId() == WelcomeWizard::PartnersPage);

    QTest::keyClicks(field(wizard, "partner0Name"), QStringLiteral("Alex"));
    QTest::keyClicks(field(wizard, "partner0Passphrase"), QStringLiteral("river stone lantern"));
    QTest::keyClicks(field(wizard, "partner0Repeat"), QStringLiteral("river stone lanterm"));
    // QTest types ASCII only; the name with a diaeresis is set directly.
    field(wizard, "partner1Name")->setText(QStringLiteral("Zoë"));
    wizard.next();
    // Different passphrases: nothing is created, the page says why.
    CHECK(wizard.currentId() == WelcomeWizard::PartnersPage);
    CHECK_FALSE(QFile::exists(path));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("partnersError"))->text().contains(QStringLiteral("not the same")));
    CHECK(wizard.findChild<QLabel*>(QStringLiteral("partner0Strength"))->text().size() > 0);

    field(wizard, "partner0Repeat")->clear();
    QTest::keyClicks(field(wizard, "partner0Repeat"), QStringLiteral("river stone lantern"));
    wizard.next();
    REQUIRE(wizard.currentId() == WelcomeWizard::RecoveryPage);
    CHECK(QFile::exists(path));

    const auto codes = wizard.findChildren<QLabel*>(QStringLiteral("recoveryCode"));
    REQUIRE(codes.size() == 1); // only Alex has a passphrase
    const QString code = codes.front()->text();
    CHECK(code == wizard.recoveryCodes().value(QStringLiteral("Alex")));
    QAbstractButton* next = wizard.button(QWizard::NextButton);
    CHECK_FALSE(next->isEnabled());
    wizard.findChild<QCheckBox*>(QStringLiteral("codesStored"))->click();
    // Ticking is not enough: groups 2 and 5 of the code are typed back.
    CHECK_FALSE(next->isEnabled());
    auto* confirm = wizard.findChild<QLineEdit*>(QStringLiteral("recoveryConfirm"));
    REQUIRE(confirm);
    const QStringList groups = code.split(QLatin1Char('-'));
    QTest::keyClicks(confirm, groups[1] + QLatin1Char('-') + groups[3]);
    CHECK_FALSE(next->isEnabled()); // the wrong groups
    confirm->clear();
    QTest::keyClicks(confirm, groups[1].toLower() + QLatin1Char(' ') + groups[4].toLower());
    CHECK(next->isEnabled());

    const QString pdf = dir.filePath(QStringLiteral("codes.pdf"));
    REQUIRE(ui::RecoveryKit(wizard.recoveryCodes()).saveAsPdf(pdf));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(pdfFile.permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    wizard.next();
    REQUIRE(wizard.currentId() == WelcomeWizard::ThemesPage);
    // Sensitive themes start unticked for both; Alex opts in to one.
    QCheckBox* alexYes = nullptr;
    QString themeId;
    for (QCheckBox* box : wizard.findChildren<QCheckBox*>()) {
        if (box->objectName().startsWith(QStringLiteral("theme-"))) {
            CHECK_FALSE(box->isChecked());
            if (!alexYes && box->objectName().endsWith(QStringLiteral("-0"))) {
                alexYes = box;
                themeId = box->objectName().mid(6).chopped(2);
            }
        }
    }
    REQUIRE(alexYes);
    alexYes->click();
    wizard.button(QWizard::FinishButton)->click();
    INFO(wizard.findChild<QLabel*>(QStringLiteral("themesError"))->text().toStdString());
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.passphrases().isEmpty());
    auto journal = wizard.takeJournal();
    REQUIRE(journal);
    REQUIRE(journal->partners().size() == 2);
    REQUIRE(journal->unlock(QStringLiteral("Alex"), QByteArray("river stone lantern")).has_value());
    auto themes = core::Prompts(*journal).themes();
    REQUIRE(themes.has_value());
    bool found = false;
    for (const core::ThemeWithChoices& t : *themes) {
        if (t.theme.id == themeId) {
            found = true;
            CHECK(t.choices[0].choice == core::ThemeChoice::Yes);
            CHECK(t.choices[1].choice == core::ThemeChoice::NotNow);
        }
    }
    CHECK(found);
    journal->lock();
    CHECK(journal->partners()[0].name == QStringLiteral("Alex"));
    CHECK(journal->partners()[0].isProtected);
    CHECK(journal->partners()[0].colour == QStringLiteral("#2f7f8f"));
    CHECK(journal->partners()[1].name == QStringLiteral("Zoë"));
    CHECK_FALSE(journal->partners()[1].isProtected);
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
