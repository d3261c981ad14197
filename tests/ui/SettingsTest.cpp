// Settings as a partner uses it: their own name and colour (never the
// other's), reminders, the passphrase and another journal — applied on OK,
// untouched on Cancel, and a name that cannot be taken said in one sentence.
#include "MainWindow.h"
#include "TempJournal.h"
#include "UnlockedWindow.h"
#include "backups/BackupSettings.h"
#include "journal/RollingBackups.h"
#include "reminders/ReminderFields.h"
#include "reminders/Reminders.h"
#include "settings/SettingsDialog.h"
#include "welcome/ColourSwatches.h"
#include "widgets/PartnerChip.h"

#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimeEdit>

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

struct SettingsWindow {
    test::TempJournal temp;
    std::unique_ptr<ui::MainWindow> window;
    SettingsWindow() {
        QSettings().remove(QStringLiteral("reminders"));
        window = std::make_unique<ui::MainWindow>(std::move(temp.journal));
        test::showUnlocked(*window, QStringLiteral("Sam"));
    }
    ~SettingsWindow() { QSettings().remove(QStringLiteral("reminders")); }
    ui::Session& session() { return window->session(); }
};

QString nameAt(ui::Session& session, int position) {
    for (const core::Partner& partner : session.journal().partners()) {
        if (partner.position == position) {
            return partner.name;
        }
    }
    return {};
}

} // namespace

TEST_CASE("A partner renames and recolours themselves from Settings; the title follows", "[ui][settings]") {
    SettingsWindow w;
    ui::SettingsDialog dialog(&w.session(), w.window.get());
    CHECK(dialog.nameField()->text() == QStringLiteral("Sam"));
    // The other partner's colour is not offered.
    const QColor alexColour(w.session().colourOf(w.session().partnerOfActing()->id));
    dialog.colourField()->setColour(alexColour);
    CHECK(dialog.colourField()->colour() != alexColour);

    dialog.nameField()->setText(QStringLiteral("Samira"));
    const QColor chosen = ui::ColourSwatches::curated().at(5) == alexColour ? ui::ColourSwatches::curated().at(6)
                                                                            : ui::ColourSwatches::curated().at(5);
    dialog.colourField()->setColour(chosen);
    Q_EMIT dialog.colourField()->colourChanged(chosen);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(nameAt(w.session(), 1) == QStringLiteral("Samira"));
    CHECK(QColor(w.session().acting()->colour) == chosen);
    test::waitUntil([&] { return w.window->windowTitle().startsWith(QStringLiteral("Samira")); }, 2000);
    CHECK(w.window->windowTitle().startsWith(QStringLiteral("Samira")));
    // Alex's own name is not a field here at all.
    CHECK(nameAt(w.session(), 0) == QStringLiteral("Alex"));
}

TEST_CASE("Taking the other partner's name keeps Settings open with one sentence", "[ui][settings]") {
    SettingsWindow w;
    ui::SettingsDialog dialog(&w.session(), w.window.get());
    dialog.show();
    dialog.nameField()->setText(QStringLiteral("alex"));
    dialog.accept();
    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK_FALSE(dialog.profileProblem()->isHidden());
    CHECK(dialog.profileProblem()->text() == QStringLiteral("The two partners need different names."));
    CHECK(nameAt(w.session(), 1) == QStringLiteral("Sam"));
    dialog.nameField()->setText(QStringLiteral("   "));
    dialog.accept();
    CHECK(dialog.profileProblem()->text().contains(QStringLiteral("cannot be empty")));
    dialog.reject();
    CHECK(nameAt(w.session(), 1) == QStringLiteral("Sam"));
}

TEST_CASE("Reminders are switched on in Settings and the window starts watching; Cancel changes nothing",
          "[ui][settings][reminders]") {
    SettingsWindow w;
    CHECK_FALSE(w.window->reminders()->isWatching());
    {
        ui::SettingsDialog dialog(&w.session(), w.window.get());
        ui::ReminderFields* fields = dialog.reminderFields();
        CHECK_FALSE(fields->dailyTime()->isEnabled());
        fields->dailySwitch()->setChecked(true);
        CHECK(fields->dailyTime()->isEnabled());
        fields->dailyTime()->setTime(QTime(7, 45));
        dialog.reject();
    }
    CHECK_FALSE(ui::ReminderSettings::load().daily);

    bool seen = false;
    QTimer::singleShot(0, [&] {
        if (auto* dialog = qobject_cast<ui::SettingsDialog*>(QApplication::activeModalWidget())) {
            seen = true;
            dialog->reminderFields()->dailySwitch()->setChecked(true);
            dialog->reminderFields()->dailyTime()->setTime(QTime(7, 45));
            dialog->accept();
        }
    });
    w.window->showSettings();
    REQUIRE(seen);
    CHECK(ui::ReminderSettings::load().daily);
    CHECK(ui::ReminderSettings::load().dailyAt == QTime(7, 45));
    CHECK(w.window->reminders()->isWatching());
    CHECK(w.window->reminders()->settings().dailyAt == QTime(7, 45));
}

TEST_CASE("Settings hands the passphrase change and another journal to the window", "[ui][settings]") {
    SettingsWindow w;
    ui::SettingsDialog dialog(&w.session(), w.window.get());
    dialog.show();
    QSignalSpy passphrase(&dialog, &ui::SettingsDialog::changePassphraseRequested);
    dialog.passphraseButton()->click();
    CHECK(passphrase.count() == 1);
    CHECK(dialog.result() == QDialog::Accepted);
    const auto* where = dialog.findChild<QLabel*>(QStringLiteral("journalPath"));
    CHECK(where->text().endsWith(QStringLiteral("journal.twofold")));
    CHECK(where->toolTip() == QDir::toNativeSeparators(w.session().journal().path()));
}

TEST_CASE("Locked, Settings has no partner's sections", "[ui][settings]") {
    SettingsWindow w;
    w.window->lockNow();
    ui::SettingsDialog dialog(&w.session(), w.window.get());
    CHECK(dialog.nameField() == nullptr);
    CHECK(dialog.reminderFields() == nullptr);
    CHECK(dialog.passphraseButton() == nullptr);
    CHECK(dialog.autoLockField() != nullptr);
}

TEST_CASE("Settings keeps the backup counts on OK, and hands Restore to the window", "[ui][settings][backups]") {
    SettingsWindow w;
    {
        ui::SettingsDialog dialog(&w.session(), w.window.get());
        REQUIRE(dialog.backupFields() != nullptr);
        dialog.backupFields()->dailyField()->setValue(5);
        dialog.reject();
    }
    CHECK(core::RollingBackups(w.session().journal()).policy()->counts.keepDaily == 7);
    ui::SettingsDialog dialog(&w.session(), w.window.get());
    dialog.backupFields()->dailyField()->setValue(5);
    dialog.backupFields()->weeklyField()->setValue(2);
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto policy = core::RollingBackups(w.session().journal()).policy();
    REQUIRE(policy);
    CHECK(policy->counts.keepDaily == 5);
    CHECK(policy->counts.keepWeekly == 2);

    ui::SettingsDialog again(&w.session(), w.window.get());
    again.show();
    QSignalSpy restore(&again, &ui::SettingsDialog::restoreRequested);
    for (QPushButton* button : again.findChildren<QPushButton*>()) {
        if (button->text() == QStringLiteral("Restore from a backup…")) {
            button->click();
        }
    }
    CHECK(restore.count() == 1);
    CHECK_FALSE(again.isVisible());
}
