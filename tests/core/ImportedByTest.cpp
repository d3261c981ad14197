// Answers, check-in parts and agreements imported in the other partner's
// name (issue 16 hole 4, CLI.md imported_by): kept as imported by the
// importer and signed as such, never as plain authorship, until their
// author makes them theirs.
#include "ExportSupport.h"
#include "FileTampering.h"
#include "TempJournal.h"
#include "export/JsonCodec.h"
#include "export/JsonImport.h"
#include "journal/CheckIns.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"
#include "journal/Prompts.h"
#include "journal/Search.h"

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

const QString kWeek = QStringLiteral("2026-W05");
const QString kSamsPrompt = QStringLiteral("0d3b8a4e-6c55-4c8e-9a3b-7f1e2d4c5b6a");

QJsonObject part(int happiness, const QString& ask) {
    return QJsonObject{{QStringLiteral("ratings"), QJsonObject{{QStringLiteral("happiness"), happiness}}},
                       {QStringLiteral("fields"), QJsonObject{{QStringLiteral("ask"), ask}}},
                       {QStringLiteral("submitted"), QStringLiteral("2026-02-01T10:00:00.000Z")}};
}

QByteArray document() {
    const QJsonArray answers{QJsonObject{{QStringLiteral("prompt"), QStringLiteral("trust-001")},
                                         {QStringLiteral("author"), QStringLiteral("Sam")},
                                         {QStringLiteral("text"), QStringLiteral("Said to be Sam's answer")}},
                             QJsonObject{{QStringLiteral("prompt"), QStringLiteral("trust-001")},
                                         {QStringLiteral("author"), QStringLiteral("Alex")},
                                         {QStringLiteral("text"), QStringLiteral("Alex's own answer")}}};
    const QJsonArray checkIns{
        QJsonObject{{QStringLiteral("week"), kWeek},
                    {QStringLiteral("parts"),
                     QJsonObject{{QStringLiteral("Alex"), part(6, QStringLiteral("Alex asks"))},
                                 {QStringLiteral("Sam"), part(8, QStringLiteral("said to be Sam's ask"))}}},
                    {QStringLiteral("agreements"), QStringLiteral("Phones away at dinner")},
                    {QStringLiteral("agreements_by"), QStringLiteral("Sam")}}};
    const QJsonArray prompts{QJsonObject{{QStringLiteral("id"), kSamsPrompt},
                                         {QStringLiteral("theme"), QStringLiteral("Trust")},
                                         {QStringLiteral("depth"), QStringLiteral("light")},
                                         {QStringLiteral("text"), QStringLiteral("Said to be Sam's question?")},
                                         {QStringLiteral("author"), QStringLiteral("Sam")},
                                         {QStringLiteral("custom"), true}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("twofold")},
                                     {QStringLiteral("version"), 1},
                                     {QStringLiteral("prompts"), prompts},
                                     {QStringLiteral("answers"), answers},
                                     {QStringLiteral("checkins"), checkIns}})
        .toJson();
}

core::Result<core::ImportSummary> importAs(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    return core::JsonImport(*journal).fromBytes(document(), QStringLiteral("doc.json"));
}

const core::Answer& answerBy(const core::PromptWithAnswers& prompt, const QString& name) {
    for (const core::Answer& a : prompt.answers) {
        if (a.authorName == name) {
            return a;
        }
    }
    FAIL("no answer by " << name.toStdString());
    return prompt.answers.front();
}

const core::CheckInPart& partBy(const core::CheckIn& checkIn, const QString& name) {
    for (const core::CheckInPart& p : checkIn.parts) {
        if (p.authorName == name) {
            return p;
        }
    }
    FAIL("no part by " << name.toStdString());
    return checkIn.parts.front();
}

int unverified(const test::TempJournal& t, const QString& who) {
    auto journal = t.reopenAs(who);
    auto report = core::Maintenance(*journal).verify();
    REQUIRE(report.has_value());
    return static_cast<int>(report->unverifiedRows.size());
}

} // namespace

TEST_CASE("answers, check-in parts and agreements by the other partner are kept as imported by the importer",
          "[import][signing]") {
    test::TempJournal t;
    REQUIRE(importAs(t, QStringLiteral("Alex")).has_value());

    auto sam = t.reopenAs(QStringLiteral("Sam"));
    const auto prompt = core::Prompts(*sam).show(QStringLiteral("trust-001"));
    REQUIRE(prompt.has_value());
    REQUIRE(prompt->answers.size() == 2);
    CHECK(answerBy(*prompt, QStringLiteral("Sam")).importedByName == QStringLiteral("Alex"));
    CHECK(answerBy(*prompt, QStringLiteral("Alex")).importedByName.isEmpty());
    const QJsonObject shown = core::json::toJson(*prompt);
    for (const QJsonValue& a : shown[QStringLiteral("answers")].toArray()) {
        const bool samsAnswer = a[QStringLiteral("author")].toString() == QStringLiteral("Sam");
        CHECK(a[QStringLiteral("imported_by")].toString() == (samsAnswer ? QStringLiteral("Alex") : QString()));
        CHECK(a[QStringLiteral("imported_by")].isNull() == !samsAnswer);
    }

    const auto custom = core::Prompts(*sam).show(kSamsPrompt);
    REQUIRE(custom.has_value());
    CHECK(custom->prompt.authorName == QStringLiteral("Sam"));
    CHECK(custom->prompt.importedByName == QStringLiteral("Alex"));

    const auto checkIn = core::CheckIns(*sam).get(kWeek);
    REQUIRE(checkIn.has_value());
    CHECK(partBy(*checkIn, QStringLiteral("Sam")).importedByName == QStringLiteral("Alex"));
    CHECK(partBy(*checkIn, QStringLiteral("Alex")).importedByName.isEmpty());
    const QJsonObject parts = core::json::toJson(*checkIn, *sam, false)[QStringLiteral("parts")].toObject();
    CHECK(parts[QStringLiteral("Sam")][QStringLiteral("imported_by")].toString() == QStringLiteral("Alex"));
    CHECK(parts[QStringLiteral("Alex")][QStringLiteral("imported_by")].isNull());
    // Search names them the same way (the search must not outlive the journal).
    {
        core::Search search(*sam);
        const auto hits = search.query(QStringLiteral("\"said to be Sam's answer\" OR \"Alex's own answer\""));
        REQUIRE(hits.has_value());
        REQUIRE(hits->size() == 2);
        for (const core::search::SearchHit& hit : *hits) {
            CAPTURE(hit.snippet);
            CHECK(hit.author ==
                  (hit.snippet.contains(QStringLiteral("Said")) ? QStringLiteral("Sam") : QStringLiteral("Alex")));
            CHECK(hit.importedBy == (hit.author == QStringLiteral("Sam") ? QStringLiteral("Alex") : QString()));
            CHECK(hit.authorship == core::Authorship::Verified);
        }
    }
    sam.reset();

    // Alex signed them as imported by Alex: sound, for both partners.
    CHECK(unverified(t, QStringLiteral("Sam")) == 0);
    CHECK(unverified(t, QStringLiteral("Alex")) == 0);
}

TEST_CASE("dropping imported_by in the file does not pass imported writing off as its author's", "[import][signing]") {
    test::TempJournal t;
    REQUIRE(importAs(t, QStringLiteral("Alex")).has_value());
    test::editFile(t.path(), "UPDATE answer SET imported_by=NULL");
    CHECK(unverified(t, QStringLiteral("Sam")) == 1);
    test::editFile(t.path(), "UPDATE checkin_part SET imported_by=NULL");
    CHECK(unverified(t, QStringLiteral("Sam")) == 2);
    test::editFile(t.path(), "UPDATE checkin SET agreements_imported_by=NULL");
    CHECK(unverified(t, QStringLiteral("Sam")) == 3);
    test::editFile(t.path(), "UPDATE prompt SET imported_by=NULL WHERE builtin=0");
    CHECK(unverified(t, QStringLiteral("Sam")) == 4);
}

TEST_CASE("the author makes imported answers and parts theirs by writing them or importing them again",
          "[import][signing]") {
    test::TempJournal t;
    REQUIRE(importAs(t, QStringLiteral("Alex")).has_value());
    {
        // Answering again: the answer is Sam's, signed by Sam.
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        REQUIRE(core::Prompts(*sam).answer(QStringLiteral("trust-001"), QStringLiteral("Sam's own words")));
        const auto prompt = core::Prompts(*sam).show(QStringLiteral("trust-001"));
        CHECK(answerBy(*prompt, QStringLiteral("Sam")).importedByName.isEmpty());
    }
    CHECK(unverified(t, QStringLiteral("Sam")) == 0);
    {
        // Importing the same document: Sam's part and agreements become Sam's.
        auto imported = importAs(t, QStringLiteral("Sam"));
        REQUIRE(imported.has_value());
        CHECK(imported->total().added == 0);
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        CHECK(partBy(*core::CheckIns(*sam).get(kWeek), QStringLiteral("Sam")).importedByName.isEmpty());
    }
    CHECK(unverified(t, QStringLiteral("Sam")) == 0);
    // Putting imported_by back on Sam's own part is caught.
    test::editFile(t.path(), "UPDATE checkin_part SET imported_by=(SELECT id FROM partner WHERE name='Alex')");
    CHECK(unverified(t, QStringLiteral("Sam")) >= 1);
}
