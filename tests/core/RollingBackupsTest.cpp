// Automatic rolling backups (issue 14, section 5): each test is the failure
// or attack it rules out — a copy that is not a journal, rotation deleting
// someone's file, a half-restored journal, a full disk harming a copy.
#include "journal/RollingBackups.h"

#include "ClockPin.h"
#include "FileTampering.h"
#include "TempJournal.h"
#include "journal/BackupNames.h"
#include "journal/BackupRotation.h"
#include "journal/Entries.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <csignal>
#include <set>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace twofold;
using core::BackupCopy;
using core::BackupKind;
using core::BackupName;
using core::BackupPolicy;
using core::ErrorCode;
using core::RollingBackups;
using test::ClockPin;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");

QDateTime at(const QDate& day, int hour = 9) {
    return QDateTime(day, QTime(hour, 0), Qt::LocalTime).toUTC();
}

void addEntries(core::Journal& journal, int count, const QString& text = QStringLiteral("a day")) {
    for (int i = 0; i < count; ++i) {
        core::EntryInput input;
        input.text = text + QString::number(i);
        REQUIRE(core::Entries(journal).add(input).has_value());
    }
}

int entryCount(core::Journal& journal) {
    core::EntryFilter all;
    auto count = core::Entries(journal).count(all);
    REQUIRE(count.has_value());
    return *count;
}

QString folderOf(const TempJournal& t) {
    return t.path() + QStringLiteral(".backups");
}

QStringList filesIn(const QString& folder) {
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

int modeOf(const QString& path) {
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return static_cast<int>(info.st_mode & 0777);
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("backup names: only Twofold's own exact pattern with this journal's tag parses", "[backups][names]") {
    const QString tag = core::backupTag(QStringLiteral("{3F2504E0-4F89-11D3-9A0C-0305E82C3301}"));
    CHECK(tag == QStringLiteral("3f2504e0"));
    const BackupName name{QDateTime(QDate(2026, 12, 3), QTime(9, 5, 7)), BackupKind::Weekly, 0};
    const QString file = core::backupFileName(tag, name);
    CHECK(file == QStringLiteral("twofold-3f2504e0-20261203-090507.weekly.twofold"));
    auto parsed = core::parseBackupFileName(tag, file);
    REQUIRE(parsed.has_value());
    CHECK(parsed->taken == name.taken);
    CHECK(parsed->kind == BackupKind::Weekly);
    const BackupName second{name.taken, BackupKind::BeforeRestore, 2};
    CHECK(core::parseBackupFileName(tag, core::backupFileName(tag, second))->sequence == 2);

    for (const char* foreign :
         {"twofold-deadbeef-20261203-090507.daily.twofold", // another journal
          "twofold-3f2504e0-20261203-090507.daily.twofold.old",
          "twofold-3f2504e0-20261203-090507.daily.twofold-journal", ".twofold-3f2504e0-20261203-090507.daily.twofold",
          "twofold-3f2504e0-20261303-090507.daily.twofold", // month 13
          "twofold-3f2504e0-20261203-250507.daily.twofold", // hour 25
          "twofold-3f2504e0-20261203-090507-0.daily.twofold", "twofold-3f2504e0-20261203-090507.hourly.twofold",
          "journal.twofold", "my notes about twofold-3f2504e0-20261203-090507.daily.twofold"}) {
        INFO(foreign);
        CHECK_FALSE(core::parseBackupFileName(tag, QString::fromLatin1(foreign)).has_value());
    }
}

TEST_CASE("rotation over 60 days with a fixed clock keeps exactly 7 daily and 4 weekly copies", "[backups][rotation]") {
    TempJournal t;
    const QDate first(2026, 9, 1);
    ClockPin pin(at(first));
    RollingBackups backups(*t.journal);
    // Someone else's files in the same folder, and one that only looks like ours.
    const QString folder = folderOf(t);
    REQUIRE(QDir().mkpath(folder));
    const QString tag = core::backupTag(t.journal->journalId());
    const QStringList foreign{QStringLiteral("notes.txt"),
                              QStringLiteral("twofold-deadbeef-20260901-090000.daily.twofold"),
                              QStringLiteral("twofold-%1-20260801-090000.daily.twofold.keep").arg(tag)};
    for (const QString& name : foreign) {
        writeFile(QDir(folder).filePath(name), "mine");
    }
    REQUIRE(QDir(folder).mkdir(QStringLiteral("twofold-%1-20260802-090000.daily.twofold").arg(tag)));

    int made = 0;
    for (int day = 0; day < 60; ++day) {
        pin.set(at(first.addDays(day)));
        auto outcome = backups.makeDailyIfDue();
        REQUIRE(outcome.has_value());
        REQUIRE(outcome->made.has_value());
        ++made;
        // Later the same day: nothing more.
        pin.set(at(first.addDays(day), 18));
        auto again = backups.makeDailyIfDue();
        REQUIRE(again.has_value());
        CHECK_FALSE(again->made.has_value());
    }
    CHECK(made == 60);
    auto copies = backups.list();
    REQUIRE(copies.has_value());
    int daily = 0;
    int weekly = 0;
    std::set<QString> weeks;
    for (const BackupCopy& copy : *copies) {
        daily += copy.kind == BackupKind::Daily ? 1 : 0;
        if (copy.kind == BackupKind::Weekly) {
            ++weekly;
            weeks.insert(core::IsoWeek::containing(copy.taken.date()).toString());
            // The first copy of its ISO week (every day had one: Monday).
            CHECK(copy.taken.date().dayOfWeek() == 1);
        }
    }
    CHECK(daily == 7);
    CHECK(weekly == 4);
    CHECK(weeks.size() == 4);
    // The newest first, and the newest is the last simulated day's.
    CHECK(copies->front().taken.date() == first.addDays(59));
    for (const QString& name : foreign) {
        CHECK(QFileInfo::exists(QDir(folder).filePath(name)));
    }
    CHECK(
        QFileInfo(QDir(folder).filePath(QStringLiteral("twofold-%1-20260802-090000.daily.twofold").arg(tag))).isDir());
    CHECK(filesIn(folder).size() == 11 + foreign.size());
}

TEST_CASE("rotation is pure policy: manual and before-restore copies never rotate", "[backups][rotation]") {
    std::vector<BackupName> names;
    const QDateTime start(QDate(2026, 1, 5), QTime(9, 0));
    for (int i = 0; i < 20; ++i) {
        names.push_back({start.addDays(i), i % 7 == 0 ? BackupKind::Weekly : BackupKind::Daily, 0});
        names.push_back({start.addDays(i).addSecs(60), BackupKind::Manual, 0});
        names.push_back({start.addDays(i).addSecs(120), BackupKind::BeforeRestore, 0});
    }
    const auto removed = core::copiesToRemove(names, {2, 1});
    for (const BackupName& name : removed) {
        CHECK((name.kind == BackupKind::Daily || name.kind == BackupKind::Weekly));
    }
    // 17 daily and 3 weekly copies, keeping 2 and 1.
    CHECK(removed.size() == (17 - 2) + (3 - 1));
    CHECK(core::kindForToday({}, QDate(2026, 1, 7), {7, 0}) == BackupKind::Daily);
    CHECK(core::kindForToday({}, QDate(2026, 1, 7), {7, 4}) == BackupKind::Weekly);
}

TEST_CASE("a daily copy is 0600 in a 0700 folder, and opens as the same journal", "[backups][permissions]") {
    TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 3);
    auto outcome = RollingBackups(*t.journal).makeDailyIfDue();
    REQUIRE(outcome.has_value());
    REQUIRE(outcome->made.has_value());
    CHECK(modeOf(folderOf(t)) == 0700);
    CHECK(modeOf(outcome->made->path) == 0600);
    CHECK(QFileInfo(outcome->made->path).absolutePath() == folderOf(t));
    // Nothing but the copy: no temporary file, no -journal or -wal beside it.
    CHECK(filesIn(folderOf(t)) == QStringList{outcome->made->fileName});
    auto opened = core::Journal::open(outcome->made->path);
    REQUIRE(opened.has_value());
    CHECK((*opened)->journalId() == t.journal->journalId());
    REQUIRE((*opened)->unlock(kAlex));
    CHECK(entryCount(**opened) == 3);
}

TEST_CASE("the catalog lists copies newest first with kind, size and entry counts read without keys",
          "[backups][catalog]") {
    TempJournal t;
    ClockPin pin(at(QDate(2026, 11, 30))); // a Monday: the weekly copy
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 1);
    REQUIRE(RollingBackups(*t.journal).makeDailyIfDue().has_value());
    pin.set(at(QDate(2026, 12, 1)));
    addEntries(*t.journal, 1);
    REQUIRE(RollingBackups(*t.journal).makeDailyIfDue().has_value());
    pin.set(at(QDate(2026, 12, 1), 15));
    core::EntryInput trashed;
    trashed.text = QStringLiteral("gone");
    auto gone = core::Entries(*t.journal).add(trashed);
    REQUIRE(gone.has_value());
    REQUIRE(core::Entries(*t.journal).remove(gone->id));
    REQUIRE(RollingBackups(*t.journal).makeCopy(BackupKind::Manual).has_value());
    t.journal->lock();

    // A locked journal (nobody's keys) still lists, and so does a fresh one.
    auto reopened = core::Journal::open(t.path());
    REQUIRE(reopened.has_value());
    auto copies = RollingBackups(**reopened).list();
    REQUIRE(copies.has_value());
    REQUIRE(copies->size() == 3);
    CHECK((*copies)[0].kind == BackupKind::Manual);
    CHECK((*copies)[0].entries == 2); // the trashed entry does not count
    CHECK((*copies)[1].kind == BackupKind::Daily);
    CHECK((*copies)[1].entries == 2);
    CHECK((*copies)[2].kind == BackupKind::Weekly);
    CHECK((*copies)[2].entries == 1);
    CHECK((*copies)[2].taken == QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::LocalTime));
    for (const BackupCopy& copy : *copies) {
        CHECK(copy.bytes == QFileInfo(copy.path).size());
        CHECK(copy.bytes > 0);
    }

    // A copy cut short is still listed, with no count rather than a wrong one.
    QFile cut((*copies)[1].path);
    REQUIRE(cut.resize(100));
    auto again = RollingBackups(**reopened).list();
    REQUIRE(again.has_value());
    CHECK((*again)[1].fileName == (*copies)[1].fileName);
    CHECK_FALSE((*again)[1].entries.has_value());
}

TEST_CASE("restore: the current state is backed up first, then the copy's content comes back whole",
          "[backups][restore]") {
    TempJournal t;
    ClockPin pin(at(QDate(2026, 12, 2)));
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 2, QStringLiteral("before"));
    auto daily = RollingBackups(*t.journal).makeDailyIfDue();
    REQUIRE(daily.has_value());
    REQUIRE(daily->made.has_value());
    pin.set(at(QDate(2026, 12, 2), 20));
    addEntries(*t.journal, 3, QStringLiteral("after"));
    REQUIRE(entryCount(*t.journal) == 5);

    auto restored = RollingBackups(*t.journal).restore(daily->made->path);
    REQUIRE(restored.has_value());
    // The keys in the restored content may differ: the caller unlocks again.
    CHECK_FALSE(t.journal->isUnlocked());
    CHECK(restored->entries == 2);
    CHECK(restored->safetyCopy.kind == BackupKind::BeforeRestore);
    CHECK(restored->safetyCopy.entries == 5);
    CHECK(modeOf(restored->safetyCopy.path) == 0600);
    REQUIRE(t.journal->unlock(kAlex));
    CHECK(entryCount(*t.journal) == 2);
    // Another connection sees the same (the restore was committed to the file).
    auto other = t.reopenAs(kAlex);
    CHECK(entryCount(*other) == 2);

    // The safety copy is outside rotation and brings everything back.
    auto back = RollingBackups(*t.journal).restore(restored->safetyCopy.path);
    REQUIRE(back.has_value());
    REQUIRE(t.journal->unlock(kAlex));
    CHECK(entryCount(*t.journal) == 5);
    auto copies = RollingBackups(*t.journal).list();
    REQUIRE(copies.has_value());
    CHECK(copies->size() == 3); // the daily copy and two before-restore copies
}

TEST_CASE("restore keeps the backup policy in force, not the copy's", "[backups][restore][policy]") {
    TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    auto copy = RollingBackups(*t.journal).makeCopy(BackupKind::Manual);
    REQUIRE(copy.has_value());
    BackupPolicy policy;
    policy.counts = {3, 2};
    REQUIRE(RollingBackups(*t.journal).setPolicy(policy));
    REQUIRE(RollingBackups(*t.journal).restore(copy->path).has_value());
    CHECK(RollingBackups(*t.journal).policy()->counts == core::RotationCounts{3, 2});
}

TEST_CASE("restore refuses a damaged, foreign or unrelated file and changes nothing", "[backups][restore]") {
    TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 4);
    auto copy = RollingBackups(*t.journal).makeCopy(BackupKind::Manual);
    REQUIRE(copy.has_value());
    addEntries(*t.journal, 1);
    const QString folder = folderOf(t);
    const QStringList filesBefore = filesIn(folder);

    QString candidate;
    ErrorCode expected = ErrorCode::InvalidArgument;
    QString sentence;
    SECTION("a copy damaged in the middle") {
        candidate = QDir(t.dir.path()).filePath(QStringLiteral("damaged.twofold"));
        REQUIRE(QFile::copy(copy->path, candidate));
        // Page 3 onwards overwritten: it still opens as SQLite, but the
        // integrity check fails.
        test::overwriteBytes(candidate, 4096 * 2 + 10, QByteArray(3000, '\x5a'));
        sentence = QStringLiteral("The backup %1 is damaged; nothing was changed.").arg(candidate);
    }
    SECTION("a copy cut short") {
        candidate = QDir(t.dir.path()).filePath(QStringLiteral("short.twofold"));
        REQUIRE(QFile::copy(copy->path, candidate));
        QFile file(candidate);
        REQUIRE(file.resize(4096 + 100));
    }
    SECTION("a text file") {
        candidate = QDir(t.dir.path()).filePath(QStringLiteral("notes.twofold"));
        writeFile(candidate, QByteArray("dear diary ").repeated(600));
        sentence = QStringLiteral("%1 cannot be read as a Twofold backup; nothing was changed.").arg(candidate);
    }
    SECTION("a backup of another journal") {
        TempJournal stranger;
        auto theirs = RollingBackups(*stranger.journal).makeCopy(BackupKind::Manual);
        REQUIRE(theirs.has_value());
        // Kept beside ours: the stranger's folder goes with this scope.
        candidate = QDir(t.dir.path()).filePath(theirs->fileName);
        REQUIRE(QFile::copy(theirs->path, candidate));
        expected = ErrorCode::InvalidArgument;
        sentence = QStringLiteral("%1 is a backup of another journal; nothing was changed.").arg(candidate);
    }
    SECTION("no file there") {
        candidate = QDir(t.dir.path()).filePath(QStringLiteral("missing.twofold"));
        expected = ErrorCode::NotFound;
        sentence = QStringLiteral("There is no backup at %1.").arg(candidate);
    }
    SECTION("the journal itself") {
        candidate = t.path();
        expected = ErrorCode::InvalidArgument;
        sentence = QStringLiteral("%1 is the journal itself, not a backup of it.").arg(candidate);
    }
    auto refused = RollingBackups(*t.journal).restore(candidate);
    REQUIRE_FALSE(refused.has_value());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().code == expected);
    if (!sentence.isEmpty()) {
        CHECK(refused.error().message == sentence);
    }
    CHECK_FALSE(refused.error().message.contains(QLatin1Char('\n')));
    // Nothing changed: still unlocked, still five entries, no safety copy made.
    CHECK(t.journal->isUnlocked());
    CHECK(entryCount(*t.journal) == 5);
    CHECK(filesIn(folder) == filesBefore);
}

TEST_CASE("a folder that cannot be used is one sentence, and the journal and copies stay", "[backups][disk]") {
    TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    addEntries(*t.journal, 2);
    const QByteArray journalBefore = test::fileHash(t.path());
    SECTION("the folder is a file") {
        BackupPolicy policy;
        policy.folder = QDir(t.dir.path()).filePath(QStringLiteral("plain-file"));
        writeFile(policy.folder, "not a folder");
        REQUIRE(RollingBackups(*t.journal).setPolicy(policy));
        auto failed = RollingBackups(*t.journal).makeDailyIfDue();
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().code == ErrorCode::Io);
        CHECK(failed.error().message ==
              QStringLiteral("The backup folder %1 is a file, not a folder.").arg(policy.folder));
    }
    SECTION("the folder is below a file") {
        BackupPolicy policy;
        const QString file = QDir(t.dir.path()).filePath(QStringLiteral("plain-file"));
        writeFile(file, "not a folder");
        policy.folder = file + QStringLiteral("/backups");
        REQUIRE(RollingBackups(*t.journal).setPolicy(policy));
        auto failed = RollingBackups(*t.journal).makeDailyIfDue();
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().message == QStringLiteral("The backup folder %1 cannot be created.").arg(policy.folder));
    }
    SECTION("a file-size limit hit while writing the copy (as a full disk would)") {
        ClockPin pin(at(QDate(2026, 12, 1)));
        auto first = RollingBackups(*t.journal).makeDailyIfDue();
        REQUIRE(first.has_value());
        const QByteArray copyBefore = test::fileHash(first->made->path);
        addEntries(*t.journal, 200, QStringLiteral("a longer day to make the file grow ").repeated(20));
        pin.set(at(QDate(2026, 12, 2)));
        struct rlimit previous {};
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
        auto* previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit small = previous;
        small.rlim_cur = 64 * 1024;
        if (::setrlimit(RLIMIT_FSIZE, &small) != 0) {
            std::signal(SIGXFSZ, previousHandler);
            WARN("setrlimit(RLIMIT_FSIZE) is not permitted here; skipped");
            return;
        }
        auto failed = RollingBackups(*t.journal).makeDailyIfDue();
        ::setrlimit(RLIMIT_FSIZE, &previous);
        std::signal(SIGXFSZ, previousHandler);
        REQUIRE_FALSE(failed.has_value());
        CHECK(failed.error().code == ErrorCode::Io);
        CHECK(failed.error().message ==
              QStringLiteral("The file has reached the largest size allowed here; nothing was changed."));
        CHECK(test::fileHash(first->made->path) == copyBefore);
        // No partial file left, and the day's copy is still due.
        CHECK(filesIn(folderOf(t)) == QStringList{first->made->fileName});
        auto retried = RollingBackups(*t.journal).makeDailyIfDue();
        REQUIRE(retried.has_value());
        CHECK(retried->made.has_value());
        CHECK(entryCount(*t.journal) == 202);
        return;
    }
    CHECK(test::fileHash(t.path()) == journalBefore);
    CHECK(entryCount(*t.journal) == 2);
}

TEST_CASE("the backup policy lives in the journal and is read without keys", "[backups][policy]") {
    TempJournal t;
    RollingBackups locked(*t.journal);
    CHECK(locked.policy()->counts == core::RotationCounts{7, 4});
    CHECK(*locked.folder() == QFileInfo(t.path()).absoluteFilePath() + QStringLiteral(".backups"));
    BackupPolicy policy;
    policy.folder = QDir(t.dir.path()).filePath(QStringLiteral("elsewhere"));
    policy.counts = {3, 1};
    CHECK(locked.setPolicy(policy).error().code == ErrorCode::Locked);

    REQUIRE(t.journal->unlock(kAlex));
    REQUIRE(RollingBackups(*t.journal).setPolicy(policy));
    BackupPolicy bad = policy;
    bad.counts.keepDaily = 0;
    CHECK(RollingBackups(*t.journal).setPolicy(bad).error().message ==
          QStringLiteral("Keep between 1 and 60 daily backups."));
    bad = policy;
    bad.counts.keepWeekly = 53;
    CHECK(RollingBackups(*t.journal).setPolicy(bad).error().code == ErrorCode::InvalidArgument);
    bad = policy;
    bad.folder = QStringLiteral("relative/folder");
    CHECK(RollingBackups(*t.journal).setPolicy(bad).error().code == ErrorCode::InvalidArgument);
    t.journal->lock();

    auto reopened = core::Journal::open(t.path());
    REQUIRE(reopened.has_value());
    auto stored = RollingBackups(**reopened).policy();
    REQUIRE(stored.has_value());
    CHECK(*stored == policy);
    // The chosen folder and counts are what the daily copy uses.
    auto outcome = RollingBackups(**reopened).makeDailyIfDue();
    REQUIRE(outcome.has_value());
    CHECK(QFileInfo(outcome->made->path).absolutePath() == policy.folder);
    CHECK_FALSE(QFileInfo::exists(folderOf(t)));

    // Values edited into the file by hand fall back to the defaults.
    test::editFile(t.path(), "UPDATE meta SET value='-5' WHERE key='backup.keep_daily'");
    CHECK(RollingBackups(**reopened).policy()->counts.keepDaily == 7);
}
