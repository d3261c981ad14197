#include "export/JsonImport.h"

#include "Clock.h"
#include "ClockPin.h"
#include "ExportSupport.h"
#include "FileTampering.h"
#include "TempJournal.h"
#include "export/ImportContext.h"
#include "export/JsonCodec.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"

#include <QUuid>

#include <catch2/catch.hpp>

#include <optional>

using namespace twofold;
using core::Entries;
using core::ErrorCode;
using core::JsonImport;
using test::entriesDocument;
using test::minimalEntry;

namespace {

QString addShared(core::Journal& journal, const QString& text) {
    core::EntryInput input;
    input.text = text;
    input.day = QDate(2026, 1, 5);
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

core::Result<core::ImportSummary> importAs(const test::TempJournal& t, const QString& who, const QByteArray& json) {
    auto journal = t.reopenAs(who);
    return JsonImport(*journal).fromBytes(json, QStringLiteral("doc.json"));
}

std::vector<core::Entry> visibleTo(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    core::EntryFilter filter;
    filter.trash = core::EntryFilter::Trash::Include;
    auto entries = Entries(*journal).list(filter);
    REQUIRE(entries.has_value());
    return *entries;
}

QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value) {
    object.insert(key, value);
    return object;
}

} // namespace

TEST_CASE("a partial document with only entries is imported, ids derived from content", "[import]") {
    test::TempJournal t;
    const QDateTime importTime(QDate(2026, 6, 1), QTime(8, 30), Qt::UTC);
    std::optional<test::ClockPin> pin(std::in_place, importTime);
    const QByteArray doc = entriesDocument(
        {minimalEntry(QStringLiteral("sam"), QStringLiteral("2026-05-30"), QStringLiteral("Hello 👋 مرحبا")),
         minimalEntry(QStringLiteral("Alex"), QStringLiteral("2026-05-31"), QStringLiteral("Second"))});
    auto first = importAs(t, QStringLiteral("Alex"), doc);
    pin.reset();
    REQUIRE(first.has_value());
    CHECK(first->total().added == 2);
    const auto entries = visibleTo(t, QStringLiteral("Sam"));
    REQUIRE(entries.size() == 2);
    const core::Entry& hello = entries[1];
    CHECK(hello.text == QStringLiteral("Hello 👋 مرحبا"));
    CHECK(hello.authorName == QStringLiteral("Sam"));
    CHECK(hello.visibility == core::Visibility::Shared);
    CHECK(hello.created == importTime);
    CHECK(hello.updated == importTime);
    CHECK(QUuid::fromString(hello.id).version() == QUuid::Sha1);
    CHECK(hello.id == core::derivedId(QStringLiteral("entry"), {QStringLiteral("sam"), QStringLiteral("2026-05-30"),
                                                                QStringLiteral("Hello 👋 مرحبا")}));

    // The same document again, later: nothing added, nothing changed.
    auto again = importAs(t, QStringLiteral("Alex"), doc);
    REQUIRE(again.has_value());
    CHECK(again->total().added == 0);
    CHECK(again->total().unchanged == 2);
    CHECK(visibleTo(t, QStringLiteral("Sam")).size() == 2);

    // Another journal derives the same ids from the same content.
    test::TempJournal other;
    REQUIRE(importAs(other, QStringLiteral("Sam"), doc).has_value());
    CHECK(visibleTo(other, QStringLiteral("Alex"))[1].id == hello.id);
}

TEST_CASE("an empty document and one with empty lists import nothing", "[import]") {
    test::TempJournal t;
    auto empty = importAs(t, QStringLiteral("Alex"), R"({"format": "twofold", "version": 1})");
    REQUIRE(empty.has_value());
    CHECK(empty->total().added == 0);
    auto lists = importAs(t, QStringLiteral("Alex"),
                          R"({"format": "twofold", "version": 1, "partners": [], "entries": [], "checkins": [],
                              "prompts": [], "answers": [], "theme_choices": []})");
    REQUIRE(lists.has_value());
    CHECK(lists->total().added == 0);
}

TEST_CASE("every refusal leaves the journal file byte for byte unchanged", "[import]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    const QString samsId = addShared(*t.journal, QStringLiteral("Sam's words"));
    t.journal.reset(); // closing checkpoints the WAL into the file
    const QByteArray before = test::fileHash(t.path());
    REQUIRE_FALSE(before.isEmpty());

    const QJsonObject good = minimalEntry(QStringLiteral("Alex"), QStringLiteral("2026-02-01"), QStringLiteral("ok"));
    const QString goodId = QStringLiteral("2b0f3a36-86a5-4c1f-9d1e-0c2b8f6f1a10");
    const std::vector<std::pair<const char*, QByteArray>> cases{
        {"not JSON", QByteArrayLiteral("{\"format\": \"twofold\", ")},
        {"not an object", QByteArrayLiteral("[1, 2]")},
        {"another format", R"({"format": "diary", "version": 1, "entries": []})"},
        {"no version", R"({"format": "twofold", "entries": []})"},
        {"a newer version", entriesDocument({good}, 2)},
        {"entries not a list", R"({"format": "twofold", "version": 1, "entries": {}})"},
        {"an item not an object", entriesDocument({good, 5})},
        {"an unknown author", entriesDocument({good, minimalEntry("Robin", "2026-02-01", "who?")})},
        {"a private entry by the other partner",
         entriesDocument({good, with(minimalEntry("Sam", "2026-02-01", "x"), "visibility", "private")})},
        {"a day that does not exist", entriesDocument({good, minimalEntry("Alex", "2026-02-30", "x")})},
        {"a day in another form", entriesDocument({good, minimalEntry("Alex", "1/2/2026", "x")})},
        {"mood out of range", entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "mood", 6)})},
        {"mood not whole", entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "mood", 3.5)})},
        {"mood as text", entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "mood", "4")})},
        {"missing text", entriesDocument({good, QJsonObject{{"author", "Alex"}, {"date", "2026-02-01"}}})},
        {"empty text", entriesDocument({good, minimalEntry("Alex", "2026-02-01", "  ")})},
        {"tags not a list", entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "tags", "a,b")})},
        {"a title that is a number",
         entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "title", 5)})},
        {"a bad visibility",
         entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "visibility", "secret")})},
        {"a bad time", entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "created", "yesterday")})},
        {"an id that is not a UUID",
         entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "id", "42")})},
        {"an id twice",
         entriesDocument({with(good, "id", goodId), with(minimalEntry("Alex", "2026-02-02", "y"), "id", goodId)})},
        {"the other partner's id",
         entriesDocument({good, with(minimalEntry("Alex", "2026-02-01", "x"), "id", samsId)})},
        {"a check-in week that does not exist", R"({"format": "twofold", "version": 1,
            "entries": [{"author": "Alex", "date": "2026-01-01", "text": "ok"}], "checkins": [{"week": "2026-W54"}]})"},
        {"a check-in rating out of range", R"({"format": "twofold", "version": 1, "checkins": [{"week": "2026-W05",
            "parts": {"Alex": {"ratings": {"happiness": 11}, "submitted": "2026-02-01T10:00:00Z"}}}]})"},
        {"an unknown check-in rating", R"({"format": "twofold", "version": 1, "checkins": [{"week": "2026-W05",
            "parts": {"Alex": {"ratings": {"joy": 3}}}}]})"},
        {"a check-in part by a stranger", R"({"format": "twofold", "version": 1, "checkins": [{"week": "2026-W05",
            "parts": {"Robin": {"ratings": {"heard": 3}}}}]})"},
        {"an empty check-in part", R"({"format": "twofold", "version": 1, "checkins": [{"week": "2026-W05",
            "parts": {"Sam": {"ratings": {}, "fields": {}}}}]})"},
        {"a check-in week twice", R"({"format": "twofold", "version": 1,
            "checkins": [{"week": "2026-W05"}, {"week": "2026-W05"}]})"},
        {"agreements that are not text", R"({"format": "twofold", "version": 1,
            "checkins": [{"week": "2026-W05", "agreements": 7}]})"},
        {"an answer to a prompt Twofold does not know",
         R"({"format": "twofold", "version": 1, "answers": [{"prompt": "x", "author": "Alex", "text": "y"}]})"},
        {"an answer to a custom prompt that is nowhere", R"({"format": "twofold", "version": 1,
            "answers": [{"prompt": "9b7e4c1e-2f1a-4a57-8d0e-5c3b2a1f0e9d", "author": "Alex", "text": "y"}]})"},
        {"an answer without text",
         R"({"format": "twofold", "version": 1, "answers": [{"prompt": "trust-001", "author": "Alex"}]})"},
        {"a custom prompt of an unknown theme", R"({"format": "twofold", "version": 1,
            "prompts": [{"theme": "astrology", "text": "Which sign?", "custom": true}]})"},
        {"a built-in prompt in the prompts list", R"({"format": "twofold", "version": 1,
            "prompts": [{"id": "trust-001", "theme": "trust", "text": "x", "custom": false}]})"},
        {"a theme that does not exist",
         R"({"format": "twofold", "version": 1, "theme_choices": [{"id": "astrology", "choices": {}}]})"},
        {"a theme choice that is neither yes nor not-now",
         R"({"format": "twofold", "version": 1, "theme_choices": [{"id": "trust", "choices": {"Alex": "maybe"}}]})"},
    };
    for (const auto& [name, doc] : cases) {
        INFO(name);
        {
            auto result = importAs(t, QStringLiteral("Alex"), doc);
            REQUIRE_FALSE(result.has_value());
            CHECK_FALSE(core::isOpenError(result.error().code));
            CHECK(result.error().message.startsWith(QStringLiteral("Nothing was imported from doc.json: ")));
            CHECK_FALSE(result.error().message.contains(QLatin1Char('\n')));
        }
        CHECK(test::fileHash(t.path()) == before);
    }
}

TEST_CASE("import merges by id: only the author's newer writing replaces the journal's", "[import]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString alexId = addShared(*t.journal, QStringLiteral("Alex, first version"));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    const QString samId = addShared(*t.journal, QStringLiteral("Sam, first version"));
    t.journal.reset();
    const auto entryBy = [](const QString& author, const QString& id, const QString& text, const QString& updated) {
        QJsonObject e = minimalEntry(author, QStringLiteral("2026-01-05"), text);
        e.insert(QStringLiteral("id"), id);
        if (!updated.isEmpty()) {
            e.insert(QStringLiteral("updated"), updated);
        }
        return e;
    };
    const QString future = QStringLiteral("2099-01-01T00:00:00.000Z");
    const QString past = QStringLiteral("2001-01-01T00:00:00.000Z");

    SECTION("the author's newer version updates their entry") {
        auto result = importAs(t, QStringLiteral("Alex"),
                               entriesDocument({entryBy("Alex", alexId, "Alex, second version", future)}));
        REQUIRE(result.has_value());
        CHECK(result->total().updated == 1);
        auto journal = t.reopenAs(QStringLiteral("Sam"));
        auto got = Entries(*journal).get(alexId);
        CHECK(got->text == QStringLiteral("Alex, second version"));
        CHECK(got->updated == QDateTime::fromString(future, Qt::ISODateWithMs));
        // Importing it again changes nothing more.
        auto again = importAs(t, QStringLiteral("Alex"),
                              entriesDocument({entryBy("Alex", alexId, "Alex, second version", future)}));
        CHECK(again->total().unchanged == 1);
    }
    SECTION("a newer version of the other partner's entry is skipped, their words kept") {
        auto result =
            importAs(t, QStringLiteral("Alex"), entriesDocument({entryBy("Sam", samId, "Alex rewrote Sam", future)}));
        REQUIRE(result.has_value());
        CHECK(result->total().skipped == 1);
        auto journal = t.reopenAs(QStringLiteral("Alex"));
        CHECK(Entries(*journal).get(samId)->text == QStringLiteral("Sam, first version"));
    }
    SECTION("an older version is skipped") {
        auto result =
            importAs(t, QStringLiteral("Alex"), entriesDocument({entryBy("Alex", alexId, "Alex, stale", past)}));
        REQUIRE(result.has_value());
        CHECK(result->total().skipped == 1);
        auto journal = t.reopenAs(QStringLiteral("Alex"));
        CHECK(Entries(*journal).get(alexId)->text == QStringLiteral("Alex, first version"));
    }
    SECTION("a version without an update time never replaces the journal's") {
        auto result =
            importAs(t, QStringLiteral("Alex"), entriesDocument({entryBy("Alex", alexId, "Alex, undated", {})}));
        REQUIRE(result.has_value());
        CHECK(result->total().skipped == 1);
    }
    SECTION("the author's newer version can move their entry to the trash") {
        QJsonObject e = entryBy("Alex", alexId, "Alex, first version", future);
        e.insert(QStringLiteral("deleted"), future);
        auto result = importAs(t, QStringLiteral("Alex"), entriesDocument({e}));
        REQUIRE(result.has_value());
        CHECK(result->total().updated == 1);
        auto journal = t.reopenAs(QStringLiteral("Alex"));
        CHECK(Entries(*journal).get(alexId)->deleted.has_value());
    }
    SECTION("an entry claiming another author's id refuses the whole import") {
        auto result =
            importAs(t, QStringLiteral("Alex"), entriesDocument({entryBy("Alex", samId, "mine now", future)}));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Forbidden);
    }
}

TEST_CASE("the importer's private entries are imported as private", "[import]") {
    test::TempJournal t;
    QJsonObject e = minimalEntry(QStringLiteral("Sam"), QStringLiteral("2026-03-03"), QStringLiteral("only mine 🔒"));
    e.insert(QStringLiteral("visibility"), QStringLiteral("private"));
    e.insert(QStringLiteral("mood"), 3);
    e.insert(QStringLiteral("tags"), QJsonArray{QStringLiteral("a"), QStringLiteral("b")});
    e.insert(QStringLiteral("title"), QStringLiteral("Tîtle"));
    REQUIRE(importAs(t, QStringLiteral("Sam"), entriesDocument({e})).has_value());
    CHECK(visibleTo(t, QStringLiteral("Alex")).empty());
    const auto mine = visibleTo(t, QStringLiteral("Sam"));
    REQUIRE(mine.size() == 1);
    CHECK(mine[0].visibility == core::Visibility::Private);
    CHECK(mine[0].mood == 3);
    CHECK(mine[0].title == QStringLiteral("Tîtle"));
    CHECK(mine[0].tags == QStringList{QStringLiteral("a"), QStringLiteral("b")});
}

TEST_CASE("import needs an acting partner", "[import]") {
    test::TempJournal t;
    auto journal = core::Journal::open(t.path());
    REQUIRE(journal.has_value());
    REQUIRE((*journal)->unlockReader());
    auto result = JsonImport(**journal).fromBytes(entriesDocument({}), QStringLiteral("doc.json"));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Forbidden);
}

TEST_CASE("writing by the other partner is kept as imported by the importer until its author accepts it",
          "[import][signing]") {
    test::TempJournal t;
    const QByteArray doc = entriesDocument(
        {minimalEntry(QStringLiteral("Sam"), QStringLiteral("2026-05-30"), QStringLiteral("said to be Sam's")),
         minimalEntry(QStringLiteral("Sam"), QStringLiteral("2026-05-31"), QStringLiteral("also said to be Sam's")),
         minimalEntry(QStringLiteral("Alex"), QStringLiteral("2026-05-31"), QStringLiteral("Alex's own"))});
    REQUIRE(importAs(t, QStringLiteral("Alex"), doc).has_value());

    auto sam = t.reopenAs(QStringLiteral("Sam"));
    auto listed = Entries(*sam).list({});
    REQUIRE(listed->size() == 3);
    QString samsId;
    QString otherId;
    for (const core::Entry& e : *listed) {
        if (e.authorName == QStringLiteral("Alex")) {
            CHECK(e.importedByName.isEmpty());
            CHECK(core::json::toJson(e)[QStringLiteral("imported_by")].isNull());
        } else {
            CHECK(e.importedByName == QStringLiteral("Alex"));
            CHECK(core::json::toJson(e)[QStringLiteral("imported_by")].toString() == QStringLiteral("Alex"));
            (e.day == QDate(2026, 5, 30) ? samsId : otherId) = e.id;
        }
    }
    // Signed by its importer as imported: sound, and verify says so.
    CHECK(Entries(*sam).get(samsId)->authorship == core::Authorship::Verified);
    CHECK(core::Maintenance(*sam).verify()->unverifiedRows.isEmpty());

    // The attack: drop imported_by in the file so that it reads as Sam's own.
    sam.reset();
    test::editFile(t.path(), "UPDATE entry SET imported_by=NULL WHERE uuid=?", {samsId});
    sam = t.reopenAs(QStringLiteral("Sam"));
    CHECK(Entries(*sam).get(samsId)->importedByName.isEmpty());
    CHECK(Entries(*sam).get(samsId)->authorship == core::Authorship::Unverified);
    CHECK(core::Maintenance(*sam).verify()->unverifiedRows.size() == 1);
    sam.reset();
    test::editFile(t.path(), "UPDATE entry SET imported_by=(SELECT id FROM partner WHERE name='Alex') WHERE uuid=?",
                   {samsId});

    // Only the author accepts; then it is Sam's, signed by Sam.
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    CHECK(Entries(*alex).acceptImported(samsId).error().code == ErrorCode::Forbidden);
    alex.reset();
    sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(Entries(*sam).get(samsId)->authorship == core::Authorship::Verified);
    auto accepted = Entries(*sam).acceptImported(samsId);
    REQUIRE(accepted.has_value());
    CHECK(accepted->importedByName.isEmpty());
    CHECK(Entries(*sam).get(samsId)->importedByName.isEmpty());
    CHECK(Entries(*sam).get(samsId)->authorship == core::Authorship::Verified);
    // An edit by the author accepts too.
    core::EntryInput change;
    change.text = QStringLiteral("Sam's words now");
    REQUIRE(Entries(*sam).edit(otherId, change).has_value());
    CHECK(Entries(*sam).get(otherId)->importedByName.isEmpty());
    CHECK(Entries(*sam).get(otherId)->authorship == core::Authorship::Verified);
    CHECK(core::Maintenance(*sam).verify()->unverifiedRows.isEmpty());

    // Putting imported_by back on an accepted entry does not pass either.
    sam.reset();
    test::editFile(t.path(), "UPDATE entry SET imported_by=(SELECT id FROM partner WHERE name='Alex') WHERE uuid=?",
                   {samsId});
    sam = t.reopenAs(QStringLiteral("Sam"));
    CHECK(Entries(*sam).get(samsId)->authorship == core::Authorship::Unverified);
}
