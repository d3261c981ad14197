#include "FileTampering.h"
#include "TempJournal.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"
#include "journal/Prompts.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Associated data format 2 binds what a value is about (issue 16, hole 3):
// each test is the attack, made with nothing but SQL on the file.

using namespace twofold;
using core::ErrorCode;
using core::Prompts;
using core::ThemeChoice;

namespace {

QString samRow() {
    return QStringLiteral("(SELECT id FROM partner WHERE name='Sam')");
}

// Swaps the theme strings of two of Sam's theme_choice rows (through a third
// name, for the UNIQUE constraint), as someone with the sqlite3 tool would.
void swapSamsThemes(const QString& path, const QString& a, const QString& b) {
    const QString sql = QStringLiteral("UPDATE theme_choice SET theme=? WHERE theme=? AND partner_id=") + samRow();
    const QByteArray utf8 = sql.toUtf8();
    test::editFile(path, utf8.constData(), {QStringLiteral("swap"), a});
    test::editFile(path, utf8.constData(), {a, b});
    test::editFile(path, utf8.constData(), {b, QStringLiteral("swap")});
}

QByteArray formats(const QString& path, const char* table, const char* column) {
    const QByteArray sql = QByteArray("SELECT group_concat(DISTINCT hex(substr(") + column + ", 1, 1))) FROM " + table;
    return test::readBlob(path, sql.constData());
}

bool verifies(core::Journal& journal) {
    auto report = core::Maintenance(journal).verify();
    REQUIRE(report.has_value());
    return report->ok();
}

struct V1Fixture {
    V1Fixture() {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.twofold"));
        REQUIRE(QFile::copy(QStringLiteral(TWOFOLD_FIXTURES_DIR "/journal-v1.twofold"), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QTemporaryDir dir;
    QString path;
};

} // namespace

TEST_CASE("swapping two theme choices' theme strings in the file is detected, never read as a yes",
          "[subjects][sealed]") {
    test::TempJournal t;
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        // Sam's rows are written together: desire stays not-now, trust is yes.
        REQUIRE(Prompts(*sam).choose(QStringLiteral("trust"), ThemeChoice::Yes));
    }
    swapSamsThemes(t.path(), QStringLiteral("desire"), QStringLiteral("trust"));
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto themes = Prompts(*alex).themes();
    REQUIRE_FALSE(themes.has_value());
    CHECK(themes.error().code == ErrorCode::Tampered);
    auto report = core::Maintenance(*alex).verify();
    REQUIRE(report.has_value());
    REQUIRE_FALSE(report->ok());
    CHECK(report->problem->contains(QStringLiteral("theme choice")));
}

TEST_CASE("an answer moved under another prompt in the file is detected", "[subjects][sealed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("When you listen.")));
    test::editFile(t.path(), "UPDATE answer SET prompt_id=(SELECT id FROM prompt WHERE key='desire-001')");
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto moved = Prompts(*alex).show(QStringLiteral("desire-001"));
    REQUIRE_FALSE(moved.has_value());
    CHECK(moved.error().code == ErrorCode::Tampered);
    CHECK_FALSE(verifies(*alex));
}

TEST_CASE("a custom prompt moved to another theme or depth in the file is detected", "[subjects][sealed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Prompts(*t.journal).add({QStringLiteral("stress"), core::Depth::Light, QStringLiteral("What helps?")}));
    REQUIRE(verifies(*t.journal));
    SECTION("theme") {
        test::editFile(t.path(), "UPDATE prompt SET theme='desire' WHERE builtin=0");
    }
    SECTION("depth") {
        test::editFile(t.path(), "UPDATE prompt SET depth='deepest' WHERE builtin=0");
    }
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    CHECK_FALSE(verifies(*alex));
}

TEST_CASE("a draft moved onto another entry in the file is detected", "[subjects][drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::Entries entries(*t.journal);
    core::EntryInput input;
    input.text = QStringLiteral("first");
    auto first = entries.add(input);
    input.text = QStringLiteral("second");
    auto second = entries.add(input);
    REQUIRE(first.has_value());
    REQUIRE(second.has_value());
    core::Draft draft;
    draft.entryId = first->id;
    draft.text = QStringLiteral("first, rewritten");
    REQUIRE(core::Drafts(*t.journal).save(draft));
    test::editFile(t.path(), "UPDATE draft SET entry_uuid=?", {second->id});
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto moved = core::Drafts(*alex).find(second->id);
    REQUIRE_FALSE(moved.has_value());
    CHECK(moved.error().code == ErrorCode::Tampered);
}

TEST_CASE("the first unlock after the upgrade reseals what binds a subject; the swap is then detected",
          "[subjects][migration]") {
    V1Fixture v1;
    auto journal = core::Journal::open(v1.path);
    REQUIRE(journal.has_value());
    CHECK(formats(v1.path, "theme_choice", "choice") == "01");
    CHECK(formats(v1.path, "answer", "body") == "01");
    REQUIRE((*journal)->unlock(QStringLiteral("Sam"), "sam fixture passphrase"));
    CHECK(formats(v1.path, "theme_choice", "choice") == "02");
    CHECK(formats(v1.path, "answer", "body") == "02");
    CHECK(formats(v1.path, "entry", "body") == "01"); // binds no subject: left as it was
    CHECK(verifies(**journal));
    auto prompt = Prompts(**journal).show(QStringLiteral("trust-001"));
    REQUIRE(prompt.has_value());
    CHECK(prompt->answers.size() == 2);
    journal->reset();

    // Sam said yes to desire in the fixture; a swap with another theme of
    // Sam's no longer passes.
    swapSamsThemes(v1.path, QStringLiteral("desire"), QStringLiteral("trust"));
    auto again = core::Journal::open(v1.path);
    REQUIRE(again.has_value());
    REQUIRE((*again)->unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
    auto themes = Prompts(**again).themes();
    REQUIRE_FALSE(themes.has_value());
    CHECK(themes.error().code == ErrorCode::Tampered);
}

TEST_CASE("resealing cut off half-way leaves a journal that opens as before; the next unlock finishes it",
          "[subjects][migration]") {
    V1Fixture v1;
    {
        auto journal = core::Journal::open(v1.path); // upgraded to schema 2, nothing resealed yet
        REQUIRE(journal.has_value());
    }
    // The write of the answers fails, after the custom prompts' and before
    // the theme choices' (a kill or a full disk at that moment).
    test::editFile(v1.path, "CREATE TRIGGER cut BEFORE UPDATE ON answer BEGIN SELECT RAISE(ABORT, 'cut'); END");
    {
        auto journal = core::Journal::open(v1.path);
        REQUIRE(journal.has_value());
        REQUIRE((*journal)->unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
        CHECK(formats(v1.path, "theme_choice", "choice") == "01");
        CHECK(formats(v1.path, "answer", "body") == "01");
        auto prompt = Prompts(**journal).show(QStringLiteral("trust-001"));
        REQUIRE(prompt.has_value());
        CHECK(prompt->answers.size() == 2);
        CHECK(Prompts(**journal).themes().has_value());
        CHECK(verifies(**journal));
    }
    test::editFile(v1.path, "DROP TRIGGER cut");
    auto journal = core::Journal::open(v1.path);
    REQUIRE(journal.has_value());
    REQUIRE((*journal)->unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
    CHECK(formats(v1.path, "theme_choice", "choice") == "02");
    CHECK(formats(v1.path, "answer", "body") == "02");
    const QByteArray resealed = test::readBlob(v1.path, "SELECT group_concat(hex(choice)) FROM theme_choice");
    // Idempotent: another unlock (either partner) reseals nothing again.
    REQUIRE((*journal)->unlock(QStringLiteral("Sam"), "sam fixture passphrase"));
    CHECK(test::readBlob(v1.path, "SELECT group_concat(hex(choice)) FROM theme_choice") == resealed);
    CHECK(verifies(**journal));
}
