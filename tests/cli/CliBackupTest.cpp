// twofold-cli backup list / backup restore FILE (CLI.md): the same use case
// as the window's "Restore from a backup", with the contract's exit codes.
#include "CliRunner.h"
#include "ClockPin.h"
#include "FileTampering.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace twofold;
using namespace twofold::test;

namespace {

const QString kAlex = QStringLiteral("Alex");

void addEntry(const CliJournal& j, const QString& text) {
    REQUIRE(j.as(kAlex, {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"), text}).exitCode ==
            0);
}

// A copy made through the core use case, as the window makes them.
core::BackupCopy copyNow(const CliJournal& j, core::BackupKind kind) {
    auto journal = core::Journal::open(j.path);
    REQUIRE(journal.has_value());
    auto copy = core::RollingBackups(**journal).makeCopy(kind);
    REQUIRE(copy.has_value());
    return *copy;
}

int entryCount(const CliJournal& j) {
    const CliResult listed = j.as(kAlex, {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    return static_cast<int>(listed.json().array().size());
}

} // namespace

TEST_CASE("cli: backup list says there are none yet, and --json is an empty array", "[cli][backups]") {
    CliJournal j;
    const CliResult people = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(people.exitCode == 0);
    CHECK(people.outText() == QStringLiteral("No backups yet in %1.backups; the window makes one each day it is "
                                             "unlocked.\n")
                                  .arg(QFileInfo(j.path).absoluteFilePath()));
    const CliResult json = j.as(kAlex, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    CHECK(json.exitCode == 0);
    CHECK(json.json().isArray());
    CHECK(json.json().array().isEmpty());
}

TEST_CASE("cli: backup list shows each copy newest first with kind and entry count, plurals right", "[cli][backups]") {
    CliJournal j;
    // Core's clock, pinned in this process only: the two copies a minute apart.
    ClockPin pin(QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
    addEntry(j, QStringLiteral("one"));
    const core::BackupCopy daily = copyNow(j, core::BackupKind::Daily);
    addEntry(j, QStringLiteral("two"));
    pin.set(QDateTime(QDate(2026, 12, 2), QTime(9, 1), Qt::UTC));
    const core::BackupCopy manual = copyNow(j, core::BackupKind::Manual);

    const CliResult people = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("list")});
    REQUIRE(people.exitCode == 0);
    const QStringList lines = people.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].contains(QStringLiteral("manual")));
    CHECK(lines[0].contains(QStringLiteral("2 entries")));
    CHECK(lines[0].endsWith(manual.path));
    CHECK(lines[1].contains(QStringLiteral("daily")));
    CHECK(lines[1].contains(QStringLiteral("1 entry ")));
    CHECK(lines[1].endsWith(daily.path));

    // The global --json also after the command, as everywhere.
    const CliResult json = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray items = json.json().array();
    REQUIRE(items.size() == 2);
    const QJsonObject newest = items[0].toObject();
    CHECK(newest[QStringLiteral("kind")].toString() == QStringLiteral("manual"));
    CHECK(newest[QStringLiteral("entries")].toInt() == 2);
    CHECK(newest[QStringLiteral("path")].toString() == manual.path);
    CHECK(newest[QStringLiteral("bytes")].toInteger() == QFileInfo(manual.path).size());
    CHECK(QDateTime::fromString(newest[QStringLiteral("date")].toString(), Qt::ISODate) == manual.taken);
    CHECK(items[1].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("daily"));
    CHECK(items[1].toObject()[QStringLiteral("entries")].toInt() == 1);

    // A damaged copy is listed with no count (null), never a wrong one.
    QFile cut(daily.path);
    REQUIRE(cut.resize(50));
    const CliResult damaged = j.as(kAlex, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    REQUIRE(damaged.exitCode == 0);
    CHECK(damaged.json().array()[1].toObject()[QStringLiteral("entries")].isNull());
}

TEST_CASE("cli: backup restore FILE backs up the current state first, then restores", "[cli][backups]") {
    CliJournal j;
    addEntry(j, QStringLiteral("kept"));
    const core::BackupCopy copy = copyNow(j, core::BackupKind::Daily);
    addEntry(j, QStringLiteral("later one"));
    addEntry(j, QStringLiteral("later two"));
    REQUIRE(entryCount(j) == 3);

    const CliResult restored = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("restore"), copy.path});
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.err.isEmpty());
    CHECK(restored.outText().startsWith(QStringLiteral("Restored the journal from %1 (1 entry). The journal as it was "
                                                       "just before is kept in ")
                                            .arg(copy.path)));
    CHECK(entryCount(j) == 1);

    const CliResult listed = j.as(kAlex, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("list")});
    const QJsonObject before = listed.json().array()[0].toObject();
    CHECK(before[QStringLiteral("kind")].toString() == QStringLiteral("before-restore"));
    CHECK(before[QStringLiteral("entries")].toInt() == 3);

    const CliResult back = j.as(kAlex, {QStringLiteral("--json"), QStringLiteral("backup"), QStringLiteral("restore"),
                                        before[QStringLiteral("path")].toString()});
    REQUIRE(back.exitCode == 0);
    CHECK(back.json().object()[QStringLiteral("entries")].toInt() == 3);
    CHECK(QFileInfo::exists(back.json().object()[QStringLiteral("before_restore")].toString()));
    CHECK(entryCount(j) == 3);
}

TEST_CASE("cli: backup restore of a bad file is one line, exit 4, and the journal stays as it was", "[cli][backups]") {
    CliJournal j;
    addEntry(j, QStringLiteral("precious"));
    const core::BackupCopy copy = copyNow(j, core::BackupKind::Manual);
    const QString notes = j.dir.filePath(QStringLiteral("notes.twofold"));
    {
        QFile file(notes);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("not a journal at all ").repeated(300));
    }
    const QString damaged = j.dir.filePath(QStringLiteral("damaged.twofold"));
    REQUIRE(QFile::copy(copy.path, damaged));
    overwriteBytes(damaged, 4096 * 2 + 10, QByteArray(3000, '\x5a'));
    const QByteArray hashBefore = fileHash(j.path);
    const QStringList folderBefore = QDir(QFileInfo(copy.path).absolutePath()).entryList(QDir::Files);

    struct Case {
        QString file;
        QString sentence;
    };
    for (const Case& c :
         {Case{notes, QStringLiteral("%1 cannot be read as a Twofold backup; nothing was changed.")},
          Case{damaged, QStringLiteral("The backup %1 is damaged; nothing was changed.")},
          Case{j.dir.filePath(QStringLiteral("gone.twofold")), QStringLiteral("There is no backup at %1.")},
          Case{j.path, QStringLiteral("%1 is the journal itself, not a backup of it.")}}) {
        INFO(c.file.toStdString());
        const CliResult refused = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("restore"), c.file});
        CHECK(refused.exitCode == 4);
        CHECK(refused.errText() == QStringLiteral("twofold-cli: ") + c.sentence.arg(c.file) + QLatin1Char('\n'));
        CHECK(refused.out.isEmpty());
    }
    CHECK(fileHash(j.path) == hashBefore);
    CHECK(QDir(QFileInfo(copy.path).absolutePath()).entryList(QDir::Files) == folderBefore);
    CHECK(entryCount(j) == 1);

    const CliResult missingArgument = j.as(kAlex, {QStringLiteral("backup"), QStringLiteral("restore")});
    CHECK(missingArgument.exitCode == 2);
    CHECK(missingArgument.errText().contains(QStringLiteral("Usage: twofold-cli backup restore FILE")));
}
