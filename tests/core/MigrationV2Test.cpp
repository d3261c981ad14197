#include "ClockPin.h"
#include "FileTampering.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Schema v1 → v2 (issue 16): one transaction, after a backup under a name of
// its own, on the released v1 fixture.

using namespace twofold;
using core::Journal;

namespace {

struct V1Copy {
    V1Copy() {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.twofold"));
        put();
    }
    void put() const {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile::remove(path + QLatin1String(suffix));
        }
        REQUIRE(QFile::copy(QStringLiteral(TWOFOLD_FIXTURES_DIR "/journal-v1.twofold"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QStringList backups() const {
        return QDir(dir.path()).entryList({QStringLiteral("journal.twofold.v1-*.backup")}, QDir::Files, QDir::Name);
    }
    qint64 version(const QString& file) const {
        return test::readBlob(file, "SELECT CAST(user_version AS TEXT) FROM pragma_user_version").toLongLong();
    }
    QString columns(const char* table) const {
        return QString::fromUtf8(
            test::readBlob(path, "SELECT group_concat(name) FROM pragma_table_info(?)", {QString::fromLatin1(table)}));
    }
    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_CASE(
    "a version 1 journal becomes version 3 (through 2) after one backup of itself, with everything still readable",
    "[fixture][migration]") {
    V1Copy v1;
    test::ClockPin pin(QDateTime(QDate(2026, 12, 3), QTime(12, 47, 0), Qt::UTC));
    auto journal = Journal::open(v1.path);
    REQUIRE(journal.has_value());
    CHECK(v1.version(v1.path) == 3);
    CHECK(v1.columns("favourite_set").contains(QStringLiteral("body")));
    REQUIRE(v1.backups() == QStringList{QStringLiteral("journal.twofold.v1-20261203T124700Z.backup")});
    const QString backup = v1.dir.filePath(v1.backups().front());
    CHECK(v1.version(backup) == 1);
    CHECK(test::readBlob(backup, "SELECT CAST(count(*) AS TEXT) FROM entry") == "2");

    CHECK(v1.columns("partner").contains(QStringLiteral("sign_public_key")));
    CHECK(v1.columns("partner").contains(QStringLiteral("keys_signature")));
    for (const char* table : {"entry", "draft", "checkin_part", "prompt", "answer", "theme_choice"}) {
        INFO(table);
        CHECK(v1.columns(table).contains(QStringLiteral("signature")));
    }
    for (const char* table : {"entry", "checkin_part", "prompt", "answer", "theme_choice"}) {
        INFO(table);
        CHECK(v1.columns(table).contains(QStringLiteral("imported_by")));
    }
    CHECK(v1.columns("checkin").contains(QStringLiteral("agreements_signature")));

    REQUIRE((*journal)->unlock(QStringLiteral("Sam"), "sam fixture passphrase"));
    auto entries = core::Entries(**journal).list({});
    REQUIRE(entries.has_value());
    CHECK(entries->size() == 2);
}

TEST_CASE("upgrading the same journal twice in one second never replaces the first upgrade's backup",
          "[fixture][migration]") {
    V1Copy v1;
    test::ClockPin pin(QDateTime(QDate(2026, 12, 3), QTime(12, 47, 0), Qt::UTC));
    {
        auto first = Journal::open(v1.path);
        REQUIRE(first.has_value());
    }
    const QByteArray firstBackup = test::fileHash(v1.dir.filePath(v1.backups().front()));
    v1.put(); // restored from the old copy, say, and opened again
    auto second = Journal::open(v1.path);
    REQUIRE(second.has_value());
    REQUIRE(v1.backups() == QStringList({QStringLiteral("journal.twofold.v1-20261203T124700Z-2.backup"),
                                         QStringLiteral("journal.twofold.v1-20261203T124700Z.backup")}));
    CHECK(test::fileHash(v1.dir.filePath(v1.backups().back())) == firstBackup);
}

TEST_CASE("an upgrade that fails half-way leaves the journal at version 1 with its version 1 tables",
          "[fixture][migration]") {
    V1Copy v1;
    // The last step of the migration will fail: the column is already there.
    test::editFile(v1.path, "ALTER TABLE theme_choice ADD COLUMN imported_by INTEGER");
    auto journal = Journal::open(v1.path);
    REQUIRE_FALSE(journal.has_value());
    CHECK(v1.version(v1.path) == 1);
    CHECK_FALSE(v1.columns("entry").contains(QStringLiteral("signature")));
    CHECK_FALSE(v1.columns("partner").contains(QStringLiteral("sign_public_key")));
    CHECK(v1.backups().size() == 1); // the copy taken before trying
}
