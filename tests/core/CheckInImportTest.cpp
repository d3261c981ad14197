#include "export/CheckInImport.h"

#include "ExportSupport.h"
#include "TempJournal.h"
#include "export/JsonImport.h"
#include "journal/CheckIns.h"
#include "journal/Journal.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::CheckIns;
using core::JsonImport;

namespace {

QByteArray checkInDocument(const QJsonArray& checkIns) {
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("twofold")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("checkins"), checkIns}})
        .toJson();
}

core::Result<core::ImportSummary> importAs(const test::TempJournal& t, const QString& who, const QByteArray& json) {
    auto journal = t.reopenAs(who);
    return JsonImport(*journal).fromBytes(json, QStringLiteral("doc.json"));
}

core::CheckIn checkInOf(const test::TempJournal& t, const QString& who, const QString& week) {
    auto journal = t.reopenAs(who);
    auto checkIn = CheckIns(*journal).get(week);
    REQUIRE(checkIn.has_value());
    return *checkIn;
}

const core::CheckInPart* partBy(const core::CheckIn& c, const QString& name) {
    for (const core::CheckInPart& part : c.parts) {
        if (part.authorName == name) {
            return &part;
        }
    }
    return nullptr;
}

QJsonObject part(int happiness, const QString& updated = {}) {
    QJsonObject p{{QStringLiteral("ratings"),
                   QJsonObject{{QStringLiteral("happiness"), happiness}, {QStringLiteral("stress"), QJsonValue::Null}}},
                  {QStringLiteral("fields"), QJsonObject{{QStringLiteral("ask"), QJsonValue::Null}}},
                  {QStringLiteral("submitted"), QStringLiteral("2026-02-01T10:00:00.000Z")}};
    if (!updated.isEmpty()) {
        p.insert(QStringLiteral("updated"), updated);
    }
    return p;
}

} // namespace

TEST_CASE("a partial check-in is imported with a derived id, and twice adds nothing", "[import][checkins]") {
    test::TempJournal t;
    const QByteArray doc = checkInDocument({QJsonObject{
        {QStringLiteral("week"), QStringLiteral("2026-W05")},
        {QStringLiteral("parts"), QJsonObject{{QStringLiteral("alex"), part(6)}, {QStringLiteral("SAM"), part(8)}}},
        {QStringLiteral("agreements"), QStringLiteral("Phones away at dinner 📵")},
        {QStringLiteral("agreements_by"), QStringLiteral("sam")}}});
    auto first = importAs(t, QStringLiteral("Alex"), doc);
    REQUIRE(first.has_value());
    CHECK(first->total().added == 1);
    const core::CheckIn c = checkInOf(t, QStringLiteral("Alex"), QStringLiteral("2026-W05"));
    CHECK(c.id == core::derivedId(QStringLiteral("checkin"), {QStringLiteral("2026-W05")}));
    CHECK(c.revealed);
    REQUIRE(partBy(c, QStringLiteral("Sam")));
    CHECK(partBy(c, QStringLiteral("Sam"))->ratings == QMap<QString, int>{{QStringLiteral("happiness"), 8}});
    CHECK(partBy(c, QStringLiteral("Alex"))->submitted == QDateTime(QDate(2026, 2, 1), QTime(10, 0), Qt::UTC));
    CHECK(c.agreements == QStringLiteral("Phones away at dinner 📵"));
    CHECK(c.agreementsByName == QStringLiteral("Sam"));
    auto again = importAs(t, QStringLiteral("Alex"), doc);
    REQUIRE(again.has_value());
    CHECK(again->total().added == 0);
    CHECK(again->total().unchanged == 1);
    // Sam bringing the same document makes Sam's part and agreements, which
    // Alex imported in Sam's name, Sam's own: nothing is added.
    auto bySam = importAs(t, QStringLiteral("Sam"), doc);
    REQUIRE(bySam.has_value());
    CHECK(bySam->total().added == 0);
    CHECK(bySam->total().updated == 1);
    CHECK(partBy(checkInOf(t, QStringLiteral("Sam"), QStringLiteral("2026-W05")), QStringLiteral("Sam"))
              ->importedByName.isEmpty());
}

TEST_CASE("check-ins merge by week: each partner's part is theirs to replace", "[import][checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::CheckInAnswer alex;
    alex.ratings = {{QStringLiteral("happiness"), 5}};
    REQUIRE(CheckIns(*t.journal).answer(QStringLiteral("2026-W05"), alex));
    REQUIRE(CheckIns(*t.journal).agree(QStringLiteral("2026-W05"), QStringLiteral("Alex's agreement")));
    t.journal.reset();
    const QString future = QStringLiteral("2099-01-01T00:00:00.000Z");

    SECTION("the importer's newer part replaces theirs; the other's missing part is added") {
        auto result =
            importAs(t, QStringLiteral("Alex"),
                     checkInDocument(
                         {QJsonObject{{QStringLiteral("week"), QStringLiteral("2026-W05")},
                                      {QStringLiteral("parts"), QJsonObject{{QStringLiteral("Alex"), part(9, future)},
                                                                            {QStringLiteral("Sam"), part(3)}}}}}));
        REQUIRE(result.has_value());
        CHECK(result->total().updated == 1);
        const core::CheckIn c = checkInOf(t, QStringLiteral("Sam"), QStringLiteral("2026-W05"));
        CHECK(partBy(c, QStringLiteral("Alex"))->ratings.value(QStringLiteral("happiness")) == 9);
        CHECK(partBy(c, QStringLiteral("Sam"))->ratings.value(QStringLiteral("happiness")) == 3);
    }
    SECTION("another partner's import never replaces Alex's part or agreements") {
        auto result = importAs(
            t, QStringLiteral("Sam"),
            checkInDocument(
                {QJsonObject{{QStringLiteral("week"), QStringLiteral("2026-W05")},
                             {QStringLiteral("updated"), future},
                             {QStringLiteral("agreements"), QStringLiteral("Sam rewrote it")},
                             {QStringLiteral("parts"), QJsonObject{{QStringLiteral("Alex"), part(1, future)}}}}}));
        REQUIRE(result.has_value());
        CHECK(result->total().skipped == 1);
        const core::CheckIn c = checkInOf(t, QStringLiteral("Alex"), QStringLiteral("2026-W05"));
        CHECK(partBy(c, QStringLiteral("Alex"))->ratings.value(QStringLiteral("happiness")) == 5);
        CHECK(c.agreements == QStringLiteral("Alex's agreement"));
    }
    SECTION("an older part of the importer is skipped") {
        auto result = importAs(
            t, QStringLiteral("Alex"),
            checkInDocument({QJsonObject{
                {QStringLiteral("week"), QStringLiteral("2026-W05")},
                {QStringLiteral("parts"),
                 QJsonObject{{QStringLiteral("Alex"), part(2, QStringLiteral("2001-01-01T00:00:00.000Z"))}}}}}));
        REQUIRE(result.has_value());
        CHECK(result->total().skipped == 1);
    }
    SECTION("a check-in id already used for another week refuses the import") {
        const QString id = checkInOf(t, QStringLiteral("Alex"), QStringLiteral("2026-W05")).id;
        auto result = importAs(t, QStringLiteral("Alex"),
                               checkInDocument({QJsonObject{{QStringLiteral("week"), QStringLiteral("2026-W06")},
                                                            {QStringLiteral("id"), id}}}));
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().message.contains(QStringLiteral("2026-W05")));
    }
}
