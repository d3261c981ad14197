#include "journal/Maintenance.h"

#include "FileTampering.h"
#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::ErrorCode;
using core::Maintenance;
using core::Visibility;
using test::editFile;
using test::flipped;
using test::readBlob;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");

QString addEntry(core::Journal& journal, const QString& text, const QDate& day,
                 Visibility visibility = Visibility::Shared) {
    EntryInput input;
    input.text = text;
    input.day = day;
    input.visibility = visibility;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

std::optional<QString> verifyAs(const TempJournal& t, const QString& who, const QByteArray& passphrase = {}) {
    auto journal = t.reopenAs(who, passphrase);
    auto report = Maintenance(*journal).verify();
    REQUIRE(report.has_value());
    return report->problem;
}

struct TwoEntries {
    TempJournal t;
    QString first;
    QString second;
    TwoEntries() {
        REQUIRE(t.journal->unlock(kAlex));
        first = addEntry(*t.journal, QStringLiteral("first day"), QDate(2026, 11, 24));
        second = addEntry(*t.journal, QStringLiteral("second day"), QDate(2026, 11, 25));
        t.journal->lock();
    }
};

} // namespace

TEST_CASE("verify passes on a sound journal and counts what it opened", "[maintenance][verify]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, TempJournal::passphraseFor(kAlex)));
    addEntry(*t.journal, QStringLiteral("shared"), QDate(2026, 11, 25));
    addEntry(*t.journal, QStringLiteral("private"), QDate(2026, 11, 25), Visibility::Private);
    auto report = Maintenance(*t.journal).verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
    CHECK(report->partnersChecked == 2);
    // Two entries of four sealed values each: title, text, mood and tags
    // are sealed even when empty.
    CHECK(report->valuesChecked == 8);
    t.journal->lock();
    CHECK(Maintenance(*t.journal).verify().error().code == ErrorCode::Locked);
}

TEST_CASE("verify names a sealed value with a flipped byte", "[maintenance][verify]") {
    TwoEntries e;
    const QByteArray body = readBlob(e.t.path(), "SELECT body FROM entry WHERE uuid=?", {e.second});
    editFile(e.t.path(), "UPDATE entry SET body=? WHERE uuid=?", {flipped(body, body.size() - 3), e.second});
    const auto problem = verifyAs(e.t, kSam);
    REQUIRE(problem.has_value());
    CHECK(*problem == QStringLiteral("entry 2026-11-25 by Alex (%1): the body was altered or moved.").arg(e.second));
}

TEST_CASE("verify notices a sealed value swapped between two rows", "[maintenance][verify]") {
    TwoEntries e;
    const QByteArray a = readBlob(e.t.path(), "SELECT body FROM entry WHERE uuid=?", {e.first});
    const QByteArray b = readBlob(e.t.path(), "SELECT body FROM entry WHERE uuid=?", {e.second});
    editFile(e.t.path(), "UPDATE entry SET body=? WHERE uuid=?", {b, e.first});
    editFile(e.t.path(), "UPDATE entry SET body=? WHERE uuid=?", {a, e.second});
    const auto problem = verifyAs(e.t, kAlex);
    REQUIRE(problem.has_value());
    CHECK(problem->contains(e.first));
    CHECK(problem->contains(QStringLiteral("body")));
}

TEST_CASE("verify notices a day, author or visibility edited in clear", "[maintenance][verify]") {
    TwoEntries e;
    SECTION("day") {
        editFile(e.t.path(), "UPDATE entry SET day='2026-11-20' WHERE uuid=?", {e.first});
        const auto problem = verifyAs(e.t, kAlex);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QStringLiteral("entry 2026-11-20 by Alex (%1)").arg(e.first)));
    }
    SECTION("author") {
        editFile(e.t.path(), "UPDATE entry SET author_id=(SELECT id FROM partner WHERE name='Sam') WHERE uuid=?",
                 {e.first});
        const auto problem = verifyAs(e.t, kAlex);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QStringLiteral("entry 2026-11-24 by Sam (%1)").arg(e.first)));
    }
    SECTION("visibility") {
        editFile(e.t.path(), "UPDATE entry SET visibility='private' WHERE uuid=?", {e.second});
        const auto problem = verifyAs(e.t, kAlex);
        REQUIRE(problem.has_value());
        CHECK(problem->contains(e.second));
    }
    SECTION("a reference leading nowhere") {
        editFile(e.t.path(), "UPDATE entry SET author_id=77 WHERE uuid=?", {e.first});
        const auto problem = verifyAs(e.t, kAlex);
        REQUIRE(problem.has_value());
        CHECK(problem->contains(QStringLiteral("inconsistent")));
    }
}

TEST_CASE("verify checks every partner's key records, the other partner's too", "[maintenance][verify]") {
    SECTION("a damaged recovery wrap of the other partner") {
        TempJournal t(true);
        const QByteArray wrap = readBlob(t.path(), "SELECT recovery_wrap FROM partner WHERE name=?", {kSam});
        editFile(t.path(), "UPDATE partner SET recovery_wrap=? WHERE name=?", {flipped(wrap, 40), kSam});
        const auto problem = verifyAs(t, kAlex, TempJournal::passphraseFor(kAlex));
        REQUIRE(problem.has_value());
        CHECK(*problem == QStringLiteral("Sam's recovery-code key record is damaged."));
    }
    SECTION("a damaged passphrase wrap") {
        TempJournal t(true);
        const QByteArray wrap = readBlob(t.path(), "SELECT passphrase_wrap FROM partner WHERE name=?", {kSam});
        editFile(t.path(), "UPDATE partner SET passphrase_wrap=? WHERE name=?", {flipped(wrap, 60), kSam});
        const auto problem = verifyAs(t, kAlex, TempJournal::passphraseFor(kAlex));
        REQUIRE(problem.has_value());
        CHECK(*problem == QStringLiteral("Sam's passphrase key record is damaged."));
    }
    SECTION("clear secrets that no longer match the public key") {
        TempJournal t(false);
        const QByteArray plain = readBlob(t.path(), "SELECT secrets_plain FROM partner WHERE name=?", {kSam});
        editFile(t.path(), "UPDATE partner SET secrets_plain=? WHERE name=?", {flipped(plain, 3), kSam});
        const auto problem = verifyAs(t, kAlex);
        REQUIRE(problem.has_value());
        CHECK(problem->startsWith(QStringLiteral("Sam's")));
    }
    SECTION("a truncated copy of the journal key") {
        TempJournal t(true);
        const QByteArray sealed = readBlob(t.path(), "SELECT journal_key_sealed FROM partner WHERE name=?", {kSam});
        editFile(t.path(), "UPDATE partner SET journal_key_sealed=? WHERE name=?", {sealed.left(40), kSam});
        const auto problem = verifyAs(t, kAlex, TempJournal::passphraseFor(kAlex));
        REQUIRE(problem.has_value());
        CHECK(*problem == QStringLiteral("Sam's copy of the journal key is damaged."));
    }
}

TEST_CASE("a backup is a checked 0600 copy that opens and verifies", "[maintenance][backup]") {
    TwoEntries e;
    const QString out = e.t.dir.filePath(QStringLiteral("copies/backup.twofold"));
    REQUIRE(QDir().mkpath(e.t.dir.filePath(QStringLiteral("copies"))));
    REQUIRE(Maintenance(*e.t.journal).backup(out)); // locked: a backup needs no keys
    CHECK(QFileInfo(out).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));
    // Nothing but the copy is left behind.
    CHECK(QDir(e.t.dir.filePath(QStringLiteral("copies"))).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("backup.twofold")});
    auto copy = core::Journal::open(out);
    REQUIRE(copy.has_value());
    REQUIRE((*copy)->unlock(kSam));
    CHECK(Entries(**copy).get(e.first)->text == QStringLiteral("first day"));
    auto report = Maintenance(**copy).verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
}

TEST_CASE("a backup never overwrites a file and leaves nothing behind when refused", "[maintenance][backup]") {
    TwoEntries e;
    const QString out = e.t.dir.filePath(QStringLiteral("taken"));
    QFile existing(out);
    REQUIRE(existing.open(QIODevice::WriteOnly));
    existing.write("keep me");
    existing.close();
    auto refused = Maintenance(*e.t.journal).backup(out);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::AlreadyExists);
    REQUIRE(existing.open(QIODevice::ReadOnly));
    CHECK(existing.readAll() == "keep me");
    CHECK(Maintenance(*e.t.journal).backup(e.t.path()).error().code == ErrorCode::AlreadyExists);
    CHECK(Maintenance(*e.t.journal).backup(e.t.dir.filePath(QStringLiteral("no/such/folder/b"))).error().code ==
          ErrorCode::Io);
    CHECK(QDir(e.t.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("partial")).isEmpty());
}

TEST_CASE("a backup taken while another connection writes is consistent", "[maintenance][backup]") {
    TempJournal t;
    auto writer = t.reopenAs(kSam);
    for (int i = 0; i < 50; ++i) {
        addEntry(*writer, QStringLiteral("before %1").arg(i), QDate(2026, 1, 1).addDays(i));
    }
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writing([&] {
        // Its own connection, used by this thread only.
        while (!stop) {
            EntryInput input;
            input.text = QStringLiteral("during %1").arg(written.load());
            if (Entries(*writer).add(input)) {
                ++written;
            }
        }
    });
    while (written < 5) {
        std::this_thread::yield();
    }
    const QString out = t.dir.filePath(QStringLiteral("live.twofold"));
    auto made = Maintenance(*t.journal).backup(out);
    const int writtenByThen = written;
    stop = true;
    writing.join();
    REQUIRE(made.has_value());
    CHECK(written > 5);
    auto copy = core::Journal::open(out);
    REQUIRE(copy.has_value());
    REQUIRE((*copy)->unlock(kAlex));
    auto count = Entries(**copy).count({});
    REQUIRE(count.has_value());
    CHECK(*count >= 55);
    CHECK(*count <= 50 + writtenByThen + 1);
    auto report = Maintenance(**copy).verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());
}
