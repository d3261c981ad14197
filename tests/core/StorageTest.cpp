#include "FileTampering.h"
#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/SqlError.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>

using namespace twofold;
using core::ErrorCode;
using core::storage::Database;
using core::storage::Statement;
using core::storage::Transaction;

TEST_CASE("statements bind and read every type, including UTF-8 and NULL", "[storage]") {
    Database db(QString(), Database::Mode::Memory);
    db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB)");
    const QString text = QStringLiteral("emoji 🌧️ arabic مرحبا cjk 你好 combining e\u0301");
    Statement insert(db, "INSERT INTO t VALUES (?,?,?,?)");
    insert.bind(1, qint64(1) << 40).bind(2, 2.5).bind(3, text).bind(4, QByteArray("\0\1\2", 3));
    insert.run();
    Statement nulls(db, "INSERT INTO t VALUES (?,?,?,?)");
    nulls.bindNull(1).bindNull(2).bind(3, std::optional<QString>()).bind(4, QByteArray());
    nulls.run();
    Statement select(db, "SELECT i, r, s, b FROM t ORDER BY rowid");
    REQUIRE(select.step());
    CHECK(select.int64(0) == (qint64(1) << 40));
    CHECK(select.real(1) == 2.5);
    CHECK(select.text(2) == text);
    CHECK(select.blob(3) == QByteArray("\0\1\2", 3));
    REQUIRE(select.step());
    CHECK(select.isNull(0));
    CHECK_FALSE(select.optionalText(2).has_value());
    CHECK(select.blob(3).isNull());
    CHECK_FALSE(select.step());
}

TEST_CASE("a transaction rolls back when an exception leaves it", "[storage]") {
    Database db(QString(), Database::Mode::Memory);
    db.exec("CREATE TABLE t (x INTEGER NOT NULL)");
    try {
        Transaction transaction(db);
        Statement(db, "INSERT INTO t VALUES (1)").run();
        Statement(db, "INSERT INTO t VALUES (NULL)").run(); // throws: NOT NULL
        transaction.commit();
        FAIL("the constraint should have thrown");
    } catch (const core::storage::SqlError& error) {
        CHECK(error.isConstraint());
    }
    Statement count(db, "SELECT count(*) FROM t");
    REQUIRE(count.step());
    CHECK(count.integer(0) == 0);
}

TEST_CASE("a syntax error becomes a clear SqlError, not a crash", "[storage]") {
    Database db(QString(), Database::Mode::Memory);
    CHECK_THROWS_AS(Statement(db, "SELEC nonsense"), core::storage::SqlError);
}

TEST_CASE("a new journal is WAL, 0600, foreign keys on, and at the current schema", "[storage]") {
    test::TempJournal t;
    struct stat st {};
    REQUIRE(::stat(QFile::encodeName(t.path()).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto& db = internals(*t.journal).database();
    CHECK(db.userVersion() == core::storage::kSchemaVersion);
    Statement mode(db, "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    Statement fk(db, "PRAGMA foreign_keys");
    REQUIRE(fk.step());
    CHECK(fk.integer(0) == 1);
    Statement app(db, "PRAGMA application_id");
    REQUIRE(app.step());
    CHECK(app.integer(0) == core::storage::kApplicationId);
}

TEST_CASE("init refuses to overwrite an existing file", "[storage]") {
    test::TempJournal t;
    const QByteArray before = test::fileHash(t.path());
    core::JournalSetup setup;
    setup.partners = {{QStringLiteral("A"), {}, {}}};
    auto again = core::Journal::create(t.path(), setup);
    REQUIRE_FALSE(again.has_value());
    CHECK(again.error().code == ErrorCode::AlreadyExists);
    CHECK(test::fileHash(t.path()) == before);
}

TEST_CASE("opening refuses what is not a journal, each with its own message, leaving it untouched", "[storage]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x"));

    SECTION("a missing file") {
        auto opened = core::Journal::open(path);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::Missing);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("garbage") {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(5000, 'z'));
        f.close();
        const QByteArray before = test::fileHash(path);
        auto opened = core::Journal::open(path);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::NotAJournal);
        CHECK(test::fileHash(path) == before);
    }
    SECTION("an empty file") {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.close();
        auto opened = core::Journal::open(path);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::NotAJournal);
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("another program's SQLite database") {
        {
            Database other(path, Database::Mode::Create);
            other.exec("CREATE TABLE notes (x TEXT); INSERT INTO notes VALUES ('hello')");
        }
        const QByteArray before = test::fileHash(path);
        auto opened = core::Journal::open(path);
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::NotAJournal);
        CHECK(opened.error().message.contains(QStringLiteral("not a Twofold journal")));
        CHECK(test::fileHash(path) == before);
    }
    SECTION("a journal from a newer version") {
        test::TempJournal t;
        internals(*t.journal).database().setUserVersion(core::storage::kSchemaVersion + 1);
        internals(*t.journal).database().checkpointTruncate();
        t.journal.reset();
        const QByteArray before = test::fileHash(t.path());
        auto opened = core::Journal::open(t.path());
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::NewerVersion);
        CHECK(opened.error().message.contains(QStringLiteral("newer version")));
        CHECK(test::fileHash(t.path()) == before);
    }
    SECTION("a damaged journal") {
        test::TempJournal t;
        internals(*t.journal).database().checkpointTruncate();
        t.journal.reset();
        // Keep the 100-byte header, wreck the schema page behind it.
        test::overwriteBytes(t.path(), 100, QByteArray(3000, '\xff'));
        const QByteArray before = test::fileHash(t.path());
        auto opened = core::Journal::open(t.path());
        REQUIRE_FALSE(opened.has_value());
        CHECK(opened.error().code == ErrorCode::Corrupt);
        CHECK(test::fileHash(t.path()) == before);
    }
}
