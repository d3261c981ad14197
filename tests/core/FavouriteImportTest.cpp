// Favourites in the JSON interchange: the exporting partner's own travel
// with the document and come back on import; another partner's are never
// taken, and a favourite of a prompt nobody has refuses the whole import.
#include "FileTampering.h"
#include "TempJournal.h"
#include "export/JsonExport.h"
#include "export/JsonImport.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace twofold;
using core::Favourites;

namespace {

QByteArray favouritesDocument(const QJsonArray& favourites) {
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("twofold")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("favourites"), favourites}})
        .toJson();
}

QJsonObject favourite(const QString& partner, const QString& prompt) {
    return QJsonObject{{QStringLiteral("partner"), partner}, {QStringLiteral("prompt"), prompt}};
}

core::ImportCounts countsOf(const core::ImportSummary& summary, const QString& list) {
    for (const auto& [name, counts] : summary.lists) {
        if (name == list) {
            return counts;
        }
    }
    FAIL("no list " << list.toStdString());
    return {};
}

} // namespace

TEST_CASE("the exporter's favourites, their own prompts among them, come back in a new journal",
          "[import][favourites]") {
    test::TempJournal from;
    REQUIRE(from.journal->unlock(QStringLiteral("Alex")));
    auto own = core::Prompts(*from.journal).add({QStringLiteral("play"), std::nullopt, QStringLiteral("Ours?")});
    REQUIRE(own.has_value());
    REQUIRE(Favourites(*from.journal).set(own->id, true));
    REQUIRE(Favourites(*from.journal).set(QStringLiteral("trust-002"), true));
    {
        auto sam = from.reopenAs(QStringLiteral("Sam"));
        REQUIRE(Favourites(*sam).set(QStringLiteral("stress-001"), true));
    }
    auto document = core::JsonExport(*from.journal).document();
    REQUIRE(document.has_value());
    const QJsonArray listed = document->value(QStringLiteral("favourites")).toArray();
    REQUIRE(listed.size() == 2); // Alex's only: Sam's are Sam's
    for (const QJsonValue& item : listed) {
        CHECK(item.toObject().value(QStringLiteral("partner")).toString() == QStringLiteral("Alex"));
    }

    test::TempJournal to;
    REQUIRE(to.journal->unlock(QStringLiteral("Alex")));
    const QByteArray json = QJsonDocument(*document).toJson();
    auto imported = core::JsonImport(*to.journal).fromBytes(json, QStringLiteral("doc.json"));
    REQUIRE(imported.has_value());
    CHECK(countsOf(*imported, QStringLiteral("favourites")).added == 2);
    CHECK(*Favourites(*to.journal).ids() == QSet<QString>{own->id, QStringLiteral("trust-002")});
    // Twice: nothing more.
    auto again = core::JsonImport(*to.journal).fromBytes(json, QStringLiteral("doc.json"));
    REQUIRE(again.has_value());
    CHECK(countsOf(*again, QStringLiteral("favourites")).unchanged == 2);
    // Sam, importing Alex's document, gets none of Alex's favourites.
    auto sam = to.reopenAs(QStringLiteral("Sam"));
    auto bySam = core::JsonImport(*sam).fromBytes(json, QStringLiteral("doc.json"));
    REQUIRE(bySam.has_value());
    CHECK(countsOf(*bySam, QStringLiteral("favourites")).skipped == 2);
    CHECK(Favourites(*sam).ids()->isEmpty());
}

TEST_CASE("a favourite of an unknown prompt or partner, or a malformed one, refuses the import unchanged",
          "[import][favourites]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Favourites(*t.journal).set(QStringLiteral("trust-002"), true));
    t.journal.reset();
    const QByteArray before = test::fileHash(t.path());
    const std::vector<std::pair<const char*, QByteArray>> cases{
        {"no such prompt", favouritesDocument({favourite(QStringLiteral("Alex"), QStringLiteral("trust-999"))})},
        {"no such partner", favouritesDocument({favourite(QStringLiteral("Kim"), QStringLiteral("trust-001"))})},
        {"no prompt", favouritesDocument({QJsonObject{{QStringLiteral("partner"), QStringLiteral("Alex")}}})},
        {"not an object", favouritesDocument({QStringLiteral("trust-001")})},
    };
    for (const auto& [name, json] : cases) {
        INFO(name);
        auto journal = t.reopenAs(QStringLiteral("Alex"));
        auto imported = core::JsonImport(*journal).fromBytes(json, QStringLiteral("doc.json"));
        CHECK_FALSE(imported.has_value());
        journal.reset();
        CHECK(test::fileHash(t.path()) == before);
    }
}
