#include "Clock.h"
#include "ExportSupport.h"
#include "TempJournal.h"
#include "export/DayOneImport.h"
#include "export/ImportContext.h"
#include "export/JrnlImport.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <catch2/catch.hpp>

using namespace twofold;
using core::DayOneImport;
using core::JrnlImport;
using core::Visibility;

namespace {

QString fixture(const QString& name) {
    return QDir(QStringLiteral(TWOFOLD_FIXTURES_DIR "/imports")).filePath(name);
}

QByteArray fixtureBytes(const QString& name) {
    QFile file(fixture(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

std::vector<core::Entry> visibleTo(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    auto entries = core::Entries(*journal).list({});
    REQUIRE(entries.has_value());
    return *entries;
}

const core::Entry& onDay(const std::vector<core::Entry>& entries, const QString& day) {
    for (const core::Entry& e : entries) {
        if (e.day == QDate::fromString(day, Qt::ISODate)) {
            return e;
        }
    }
    FAIL("no entry on " << day.toStdString());
    return entries.front();
}

} // namespace

TEST_CASE("jrnl: every entry becomes the importer's private entry with its tags, title and day", "[import][jrnl]") {
    test::TempJournal t;
    {
        auto alex = t.reopenAs(QStringLiteral("Alex"));
        auto imported = JrnlImport(*alex).fromFile(fixture(QStringLiteral("jrnl.json")), Visibility::Private);
        REQUIRE(imported.has_value());
        CHECK(imported->counts.added == 3);
    }
    const auto entries = visibleTo(t, QStringLiteral("Alex"));
    REQUIRE(entries.size() == 3);
    const core::Entry& office = onDay(entries, QStringLiteral("2024-03-01"));
    CHECK(office.authorName == QStringLiteral("Alex"));
    CHECK(office.visibility == Visibility::Private);
    CHECK(office.title == QStringLiteral("Long day at the office."));
    CHECK(office.text == QStringLiteral("We talked about the move over dinner.\nIt went better than I feared."));
    // jrnl's tag symbol dropped; its star kept as a tag.
    CHECK(office.tags == QStringList{QStringLiteral("work"), QStringLiteral("starred")});
    CHECK(office.created == QDateTime(QDate(2024, 3, 1), QTime(21, 15), Qt::LocalTime).toUTC());
    // A jrnl entry that is all title keeps its words as the text.
    const core::Entry& cafe = onDay(entries, QStringLiteral("2024-03-02"));
    CHECK(cafe.title.isEmpty());
    CHECK(cafe.text == QStringLiteral("Café mit Sam — schön."));
    CHECK(cafe.tags == QStringList{QStringLiteral("café"), QStringLiteral("work")});
    CHECK(QUuid::fromString(cafe.id).version() == QUuid::Sha1);
    // Private by default: Sam sees none of it.
    CHECK(visibleTo(t, QStringLiteral("Sam")).empty());
}

TEST_CASE("jrnl: importing the same export again adds nothing", "[import][jrnl]") {
    test::TempJournal t;
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    const QByteArray doc = fixtureBytes(QStringLiteral("jrnl.json"));
    REQUIRE(JrnlImport(*alex).fromBytes(doc, Visibility::Private, QStringLiteral("a.json")).has_value());
    auto again = JrnlImport(*alex).fromBytes(doc, Visibility::Private, QStringLiteral("a.json"));
    REQUIRE(again.has_value());
    CHECK(again->counts.added == 0);
    CHECK(again->counts.unchanged == 3);
    CHECK(visibleTo(t, QStringLiteral("Alex")).size() == 3);
}

TEST_CASE("jrnl: with shared visibility the partner reads the imported entries", "[import][jrnl]") {
    test::TempJournal t;
    {
        auto alex = t.reopenAs(QStringLiteral("Alex"));
        REQUIRE(JrnlImport(*alex).fromFile(fixture(QStringLiteral("jrnl.json")), Visibility::Shared).has_value());
    }
    const auto seen = visibleTo(t, QStringLiteral("Sam"));
    REQUIRE(seen.size() == 3);
    CHECK(onDay(seen, QStringLiteral("2024-03-03")).authorName == QStringLiteral("Alex"));
}

TEST_CASE("jrnl: a title longer than a title may be is kept as the text's first paragraph", "[import][jrnl]") {
    test::TempJournal t;
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    const QString longTitle = QString(core::Entries::kMaxTitleChars + 20, QLatin1Char('w'));
    const QByteArray doc =
        QJsonDocument(QJsonObject{{QStringLiteral("entries"),
                                   QJsonArray{QJsonObject{{QStringLiteral("title"), longTitle},
                                                          {QStringLiteral("body"), QStringLiteral("b")},
                                                          {QStringLiteral("date"), "2024-01-01"},
                                                          {QStringLiteral("time"), "07:00"}}}}})
            .toJson();
    REQUIRE(JrnlImport(*alex).fromBytes(doc, Visibility::Private, QStringLiteral("a.json")).has_value());
    const auto entries = visibleTo(t, QStringLiteral("Alex"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].title.isEmpty());
    CHECK(entries[0].text == longTitle + QStringLiteral("\n\nb"));
}

TEST_CASE("day one: the day is the creation date in the entry's own time zone", "[import][dayone]") {
    test::TempJournal t;
    {
        auto alex = t.reopenAs(QStringLiteral("Alex"));
        auto imported = DayOneImport(*alex).fromFile(fixture(QStringLiteral("Journal.json")), Visibility::Private);
        REQUIRE(imported.has_value());
        CHECK(imported->counts.added == 3);
        CHECK(imported->empty == 1); // the photo-only entry has no words to keep
    }
    const auto entries = visibleTo(t, QStringLiteral("Alex"));
    REQUIRE(entries.size() == 3);
    // 15:38 UTC on 28 June is 00:38 on 29 June in Tokyo.
    const core::Entry& onsen = onDay(entries, QStringLiteral("2023-06-29"));
    CHECK(onsen.created == QDateTime(QDate(2023, 6, 28), QTime(15, 38, 37), Qt::UTC));
    CHECK(onsen.updated == QDateTime(QDate(2023, 6, 28), QTime(16, 2, 11), Qt::UTC));
    // 04:10 UTC on 1 July is the evening of 30 June in Los Angeles.
    const core::Entry& late = onDay(entries, QStringLiteral("2023-06-30"));
    CHECK(late.text.startsWith(QStringLiteral("Late and tired.")));
    CHECK(late.visibility == Visibility::Private);
}

TEST_CASE("day one: the heading is the title, photos are named but not imported, the star is a tag",
          "[import][dayone]") {
    test::TempJournal t;
    {
        auto alex = t.reopenAs(QStringLiteral("Alex"));
        REQUIRE(DayOneImport(*alex).fromFile(fixture(QStringLiteral("Journal.json")), Visibility::Private));
    }
    const auto entries = visibleTo(t, QStringLiteral("Alex"));
    const core::Entry& onsen = onDay(entries, QStringLiteral("2023-06-29"));
    CHECK(onsen.title == QStringLiteral("Onsen night - 温泉"));
    CHECK(onsen.text == QStringLiteral("*(A photo from Day One, not imported.)*\n\nWe finally went to the hot "
                                       "spring\\. Sam laughed the whole way back\\."));
    CHECK_FALSE(onsen.text.contains(QStringLiteral("dayone-moment")));
    CHECK(onsen.tags == QStringList{QStringLiteral("travel"), QStringLiteral("温泉"), QStringLiteral("starred")});
    const core::Entry& late = onDay(entries, QStringLiteral("2023-06-30"));
    CHECK(late.title.isEmpty());
    CHECK(late.text.endsWith(QStringLiteral("*(A video from Day One, not imported.)*")));
    CHECK(late.tags.isEmpty());
    CHECK(onDay(entries, QStringLiteral("2023-07-02")).title == QStringLiteral("Grocery list"));
}

TEST_CASE("day one: the zip and its JSON file are the same import, and neither adds twice", "[import][dayone]") {
    test::TempJournal t;
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto fromZip = DayOneImport(*alex).fromFile(fixture(QStringLiteral("dayone.zip")), Visibility::Private);
    REQUIRE(fromZip.has_value());
    CHECK(fromZip->counts.added == 3);
    auto fromJson = DayOneImport(*alex).fromFile(fixture(QStringLiteral("Journal.json")), Visibility::Private);
    REQUIRE(fromJson.has_value());
    CHECK(fromJson->counts.added == 0);
    CHECK(fromJson->counts.unchanged == 3);
    CHECK(visibleTo(t, QStringLiteral("Alex")).size() == 3);
}

TEST_CASE("day one: each partner may import their own copy of one export", "[import][dayone]") {
    test::TempJournal t;
    {
        auto alex = t.reopenAs(QStringLiteral("Alex"));
        REQUIRE(DayOneImport(*alex).fromFile(fixture(QStringLiteral("Journal.json")), Visibility::Private));
    }
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        auto imported = DayOneImport(*sam).fromFile(fixture(QStringLiteral("Journal.json")), Visibility::Private);
        REQUIRE(imported.has_value());
        CHECK(imported->counts.added == 3);
    }
    CHECK(visibleTo(t, QStringLiteral("Alex")).size() == 3);
    CHECK(visibleTo(t, QStringLiteral("Sam")).size() == 3);
}

TEST_CASE("day one: an entry edited in Day One since the last import replaces the imported copy", "[import][dayone]") {
    test::TempJournal t;
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    const auto doc = [](const char* modified, const char* text) {
        return QJsonDocument(
                   QJsonObject{{"entries", QJsonArray{QJsonObject{{"uuid", "0C9E2B7A51D84F0E8A3B6C1D2E3F4A5B"},
                                                                  {"creationDate", "2023-07-01T04:10:00Z"},
                                                                  {"modifiedDate", modified},
                                                                  {"timeZone", "Europe/Berlin"},
                                                                  {"text", text}}}}})
            .toJson();
    };
    REQUIRE(DayOneImport(*alex).fromBytes(doc("2023-07-01T04:10:00Z", "first"), Visibility::Private, "a.json"));
    auto edited = DayOneImport(*alex).fromBytes(doc("2023-07-09T10:00:00Z", "second"), Visibility::Private, "a.json");
    REQUIRE(edited.has_value());
    CHECK(edited->counts.updated == 1);
    const auto entries = visibleTo(t, QStringLiteral("Alex"));
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].text == QStringLiteral("second"));
}

TEST_CASE("day one: Markdown escapes leave the title but stay in the text", "[import][dayone]") {
    const core::DayOneText parts = core::dayOneText(QStringLiteral("# Hello\\! 1\\. Zoë \\#1 ##\n\nBody\\."));
    CHECK(parts.title == QStringLiteral("Hello! 1. Zoë #1"));
    CHECK(parts.text == QStringLiteral("Body\\."));
    CHECK(core::dayOneText(QStringLiteral("No heading\nmore")).title.isEmpty());
    CHECK(core::dayOneText(QStringLiteral("![](dayone-moment:/audio/AB12) said")).text ==
          QStringLiteral("*(An audio recording from Day One, not imported.)* said"));
}

TEST_CASE("a malformed jrnl or Day One file is refused whole and the journal stays byte for byte the same",
          "[import]") {
    test::TempJournal t;
    t.journal.reset(); // closing checkpoints the WAL into the file
    const QByteArray before = test::fileHash(t.path());
    REQUIRE_FALSE(before.isEmpty());

    const QByteArray goodJrnl = R"({"title": "ok", "body": "fine", "date": "2024-01-01", "time": "09:00"})";
    const QByteArray goodDayOne = R"({"uuid": "AB", "creationDate": "2023-01-01T10:00:00Z", "timeZone": "UTC",
        "text": "fine"})";
    const auto jrnl = [&](const QByteArray& bad) -> QByteArray {
        return "{\"entries\": [" + goodJrnl + ", " + bad + "]}";
    };
    const auto dayOne = [&](const QByteArray& bad) -> QByteArray {
        return "{\"entries\": [" + goodDayOne + ", " + bad + "]}";
    };
    struct Case {
        const char* name;
        bool dayOneFormat;
        QByteArray doc;
    };
    const std::vector<Case> cases{
        {"jrnl: not JSON", false, "{\"entries\": ["},
        {"jrnl: no entries", false, R"({"tags": {}})"},
        {"jrnl: entries not a list", false, R"({"entries": {}})"},
        {"jrnl: an entry that is not an object", false, jrnl("7")},
        {"jrnl: no date", false, jrnl(R"({"title": "x", "body": "y"})")},
        {"jrnl: a day that does not exist", false, jrnl(R"({"title": "x", "date": "2024-02-30"})")},
        {"jrnl: a time in another form", false, jrnl(R"({"title": "x", "date": "2024-02-01", "time": "9pm"})")},
        {"jrnl: tags not a list", false, jrnl(R"({"title": "x", "date": "2024-02-01", "tags": "@a"})")},
        {"jrnl: starred not true or false", false, jrnl(R"({"title": "x", "date": "2024-02-01", "starred": "yes"})")},
        {"jrnl: a body that is a number", false, jrnl(R"({"title": "x", "date": "2024-02-01", "body": 3})")},
        {"day one: not JSON", true, "PK but not really"},
        {"day one: a list, not an object", true, "[]"},
        {"day one: an entry without uuid", true, dayOne(R"({"creationDate": "2023-01-01T10:00:00Z", "text": "x"})")},
        {"day one: an entry without creationDate", true, dayOne(R"({"uuid": "CD", "text": "x"})")},
        {"day one: a creationDate in another form", true,
         dayOne(R"({"uuid": "CD", "creationDate": "yesterday", "text": "x"})")},
        {"day one: a time zone that does not exist", true,
         dayOne(R"({"uuid": "CD", "creationDate": "2023-01-01T10:00:00Z", "timeZone": "Mars/Olympus", "text": "x"})")},
        {"day one: tags not a list", true,
         dayOne(R"({"uuid": "CD", "creationDate": "2023-01-01T10:00:00Z", "tags": 1, "text": "x"})")},
        {"day one: a text over 1 MiB", true,
         dayOne(R"({"uuid": "CD", "creationDate": "2023-01-01T10:00:00Z", "text": ")" +
                QByteArray(1024 * 1024 + 1, 'a') + "\"}")},
        {"day one: 51 tags", true,
         dayOne(R"({"uuid": "CD", "creationDate": "2023-01-01T10:00:00Z", "text": "x", "tags": [)" +
                [] {
                    QByteArrayList tags;
                    for (int i = 0; i < 51; ++i) {
                        tags.append("\"t" + QByteArray::number(i) + "\"");
                    }
                    return tags.join(',');
                }() +
                "]}")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        {
            auto alex = t.reopenAs(QStringLiteral("Alex"));
            auto result = c.dayOneFormat
                              ? DayOneImport(*alex).fromBytes(c.doc, Visibility::Private, QStringLiteral("in.json"))
                              : JrnlImport(*alex).fromBytes(c.doc, Visibility::Private, QStringLiteral("in.json"));
            REQUIRE_FALSE(result.has_value());
            CHECK(result.error().code == core::ErrorCode::InvalidArgument);
            CHECK(result.error().message.startsWith(QStringLiteral("Nothing was imported from in.json: ")));
            CHECK_FALSE(result.error().message.contains(QLatin1Char('\n')));
        }
        CHECK(test::fileHash(t.path()) == before);
    }
}

TEST_CASE("a damaged or empty Day One zip is refused and the journal stays the same", "[import][dayone]") {
    test::TempJournal t;
    t.journal.reset();
    const QByteArray before = test::fileHash(t.path());
    const QByteArray zip = fixtureBytes(QStringLiteral("dayone.zip"));
    QByteArray flipped = zip;
    flipped[60] = static_cast<char>(flipped[60] ^ 0x55); // inside Journal.json's compressed bytes
    // An archive holding only a photo: no journal in it.
    const QByteArray photoOnly = QByteArray::fromBase64(
        "UEsDBBQAAAAAAABg5FYAAAAAAAAAAAAAAAAHAAAAcGhvdG9zL1BLAQIUAxQAAAAAAABg5FYAAAAAAAAAAAAAAAAHAAAAAAAAAAAAAACAAQ"
        "AAAABwaG90b3MvUEsFBgAAAAABAAEANQAAACUAAAAAAA==");
    const std::vector<std::pair<const char*, QByteArray>> cases{
        {"cut off halfway", zip.left(zip.size() / 2)},
        {"a damaged member", flipped},
        {"no JSON file at the top", photoOnly},
    };
    for (const auto& [name, bytes] : cases) {
        INFO(name);
        const QString path = t.dir.filePath(QStringLiteral("export.zip"));
        {
            QFile file(path);
            REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes);
        }
        {
            auto alex = t.reopenAs(QStringLiteral("Alex"));
            auto result = DayOneImport(*alex).fromFile(path, Visibility::Private);
            REQUIRE_FALSE(result.has_value());
            CHECK(result.error().message.startsWith(QStringLiteral("Nothing was imported from ")));
            CHECK_FALSE(result.error().message.contains(QLatin1Char('\n')));
        }
        CHECK(test::fileHash(t.path()) == before);
    }
}
