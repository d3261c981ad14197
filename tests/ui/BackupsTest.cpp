// The window's part of rolling backups: the daily copy at unlock off the GUI
// thread with a calm banner on failure, the restore dialog, and the settings
// fields (issue 14, section 5).
#include "CliRunner.h"
#include "ClockPin.h"
#include "MainWindow.h"
#include "Session.h"
#include "TempJournal.h"
#include "UiTestSupport.h"
#include "UnlockedWindow.h"
#include "backups/BackupSettings.h"
#include "backups/DailyBackup.h"
#include "backups/RestoreDialog.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"
#include "widgets/ErrorBanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

const QString kAlex = QStringLiteral("Alex");

void addEntries(core::Journal& journal, int count) {
    for (int i = 0; i < count; ++i) {
        core::EntryInput input;
        input.text = QStringLiteral("day %1").arg(i);
        REQUIRE(core::Entries(journal).add(input).has_value());
    }
}

int entryCount(core::Journal& journal) {
    auto count = core::Entries(journal).count({});
    REQUIRE(count.has_value());
    return *count;
}

} // namespace

TEST_CASE("the day's backup runs on a worker thread, once a day", "[ui][backups]") {
    test::TempJournal t;
    test::ClockPin pin(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    REQUIRE(t.journal->unlock(kAlex));
    const QString path = t.path();
    ui::Session session(std::move(t.journal));
    QSignalSpy made(&session.dailyBackup(), &ui::DailyBackup::made);
    QSignalSpy finished(&session.dailyBackup(), &ui::DailyBackup::finished);
    session.markUnlocked();
    session.dailyBackup().start(session.journal()); // as MainWindow does on unlock
    REQUIRE(finished.wait(10000));
    REQUIRE(made.count() == 1);
    const QString file = made.at(0).at(0).toString();
    CHECK(QFileInfo::exists(QDir(path + QStringLiteral(".backups")).filePath(file)));
    CHECK(file.endsWith(QStringLiteral(".weekly.twofold"))); // the first of its ISO week

    // Unlocking again the same day writes nothing more.
    session.lock();
    REQUIRE(session.journal().unlock(kAlex));
    session.markUnlocked();
    session.dailyBackup().start(session.journal());
    REQUIRE(finished.wait(10000));
    CHECK(made.count() == 1);
    CHECK(QDir(path + QStringLiteral(".backups")).entryList(QDir::Files).size() == 1);
}

TEST_CASE("after the day's backup the window still notices writing by twofold-cli", "[ui][backups][external]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    const QString path = t.path();
    ui::Session session(std::move(t.journal));
    session.markUnlocked();
    QSignalSpy finished(&session.dailyBackup(), &ui::DailyBackup::finished);
    session.dailyBackup().start(session.journal());
    REQUIRE(finished.wait(10000));
    const auto added = test::runCliOn(path, QStringLiteral("Sam"),
                                      {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"),
                                       QStringLiteral("written elsewhere")});
    REQUIRE(added.exitCode == 0);
    auto noticed = session.journal().pollExternalChanges();
    REQUIRE(noticed.has_value());
    CHECK(*noticed);
}

TEST_CASE("a daily backup that cannot be made is a calm banner in the window, not a dialog", "[ui][backups]") {
    test::TempJournal t;
    // The folder the journal's copies go to is taken by a plain file.
    {
        QFile blocker(t.path() + QStringLiteral(".backups"));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    const QString path = t.path();
    ui::MainWindow window(std::move(t.journal));
    QSignalSpy failed(&window.session().dailyBackup(), &ui::DailyBackup::failed);
    window.show();
    test::unlockAs(window, kAlex);
    REQUIRE((failed.count() > 0 || failed.wait(10000)));
    CHECK(failed.at(0).at(0).toString() == QStringLiteral("The backup folder %1.backups is a file, not a folder.")
                                               .arg(QFileInfo(path).absoluteFilePath()));
    REQUIRE(test::waitUntil([&] { return window.errorBanner()->isVisible(); }));
    CHECK(window.errorBanner()->message().startsWith(QStringLiteral("Today's backup was not made: The backup folder")));
    CHECK(window.errorBanner()->message().contains(QStringLiteral("Your journal itself is fine")));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(window.session().isUnlocked());
}

TEST_CASE("the restore dialog lists copies, says the current state is backed up first, and restores",
          "[ui][backups][restore]") {
    test::TempJournal t;
    test::ClockPin pin(QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 1);
    REQUIRE(core::RollingBackups(*t.journal).makeDailyIfDue().has_value());
    pin.set(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    addEntries(*t.journal, 1);
    REQUIRE(core::RollingBackups(*t.journal).makeDailyIfDue().has_value());
    pin.set(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    addEntries(*t.journal, 3);
    // A copy that cannot be read is shown but cannot be chosen.
    auto broken = core::RollingBackups(*t.journal).makeCopy(core::BackupKind::Manual);
    REQUIRE(broken.has_value());
    {
        QFile cut(broken->path);
        REQUIRE(cut.resize(10));
    }
    ui::Session session(std::move(t.journal));
    session.markUnlocked();
    QSignalSpy locked(&session, &ui::Session::locked);

    ui::RestoreDialog dialog(session);
    QObject::connect(&dialog, &ui::RestoreDialog::aboutToRestore, &session, &ui::Session::lock);
    dialog.show();
    auto* list = dialog.findChild<QTreeWidget*>(QStringLiteral("backupList"));
    REQUIRE(list != nullptr);
    REQUIRE(list->topLevelItemCount() == 3);
    CHECK(list->topLevelItem(0)->text(2) == QStringLiteral("Cannot be read"));
    CHECK_FALSE(list->topLevelItem(0)->flags().testFlag(Qt::ItemIsEnabled));
    CHECK(list->topLevelItem(1)->text(1) == QStringLiteral("Daily"));
    CHECK(list->topLevelItem(1)->text(2) == QStringLiteral("2 entries"));
    CHECK(list->topLevelItem(2)->text(1) == QStringLiteral("Weekly"));
    CHECK(list->topLevelItem(2)->text(2) == QStringLiteral("1 entry"));
    CHECK(list->topLevelItem(2)->text(0).contains(QStringLiteral("2026")));

    dialog.choose(0);
    CHECK_FALSE(dialog.continueButton()->isEnabled());
    dialog.choose(2);
    REQUIRE(dialog.continueButton()->isEnabled());
    dialog.continueButton()->click();
    CHECK(dialog.confirmText().contains(QStringLiteral("with 1 entry?")));
    CHECK(dialog.confirmText().contains(QStringLiteral("First, Twofold backs up the journal as it is now")));
    CHECK(dialog.confirmText().contains(QStringLiteral("each of you unlocks again")));
    // Nothing has happened yet.
    CHECK(session.isUnlocked());
    CHECK(entryCount(session.journal()) == 5);

    dialog.restoreButton()->click();
    // On a worker: the window's thread is free, and Escape does not leave a
    // restore half-told.
    CHECK_FALSE(dialog.restored());
    dialog.reject();
    CHECK((dialog.isVisible() || !dialog.isRestoring()));
    REQUIRE(test::waitUntil([&] { return dialog.restored() || !dialog.resultText().isEmpty(); }));
    INFO(dialog.resultText().toStdString());
    REQUIRE(dialog.restored());
    CHECK(locked.count() == 1);
    CHECK_FALSE(session.isUnlocked());
    CHECK(dialog.resultText().startsWith(QStringLiteral("Your journal is back as it was on")));
    CHECK(dialog.resultText().contains(QStringLiteral("with 1 entry")));
    REQUIRE(session.journal().unlock(kAlex));
    CHECK(entryCount(session.journal()) == 1);
    auto copies = core::RollingBackups(session.journal()).list();
    REQUIRE(copies.has_value());
    CHECK(copies->front().kind == core::BackupKind::BeforeRestore);
    CHECK(copies->front().entries == 5);
}

TEST_CASE("the backup settings fields show the policy and store it, refusing a relative folder",
          "[ui][backups][settings]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    ui::Session session(std::move(t.journal));
    ui::BackupSettings settings(session);
    CHECK(settings.folderField()->text().isEmpty());
    CHECK(settings.folderField()->placeholderText() == QStringLiteral("Beside the journal"));
    CHECK(settings.dailyField()->value() == 7);
    CHECK(settings.weeklyField()->value() == 4);

    settings.folderField()->setText(QStringLiteral("relative/place"));
    CHECK_FALSE(settings.apply().has_value());
    CHECK(settings.problem() == QStringLiteral("The backup folder must be a full path, such as /home/you/Backups."));

    const QString folder = t.dir.filePath(QStringLiteral("copies"));
    settings.folderField()->setText(folder);
    settings.dailyField()->setValue(3);
    settings.weeklyField()->setValue(0);
    REQUIRE(settings.apply().has_value());
    CHECK(settings.problem().isEmpty());
    auto stored = core::RollingBackups(session.journal()).policy();
    REQUIRE(stored.has_value());
    CHECK(stored->folder == folder);
    CHECK(stored->counts == core::RotationCounts{3, 0});
    ui::BackupSettings again(session);
    CHECK(again.dailyField()->value() == 3);
    CHECK(again.folderField()->text() == folder);
}
