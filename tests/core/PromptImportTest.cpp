#include "ExportSupport.h"
#include "TempJournal.h"
#include "export/JsonImport.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::JsonImport;
using core::Prompts;
using core::ThemeChoice;

namespace {

QByteArray document(const QJsonObject& lists) {
    QJsonObject doc = lists;
    doc.insert(QStringLiteral("format"), QStringLiteral("twofold"));
    doc.insert(QStringLiteral("version"), 1);
    return QJsonDocument(doc).toJson();
}

core::Result<core::ImportSummary> importAs(const test::TempJournal& t, const QString& who, const QByteArray& json) {
    auto journal = t.reopenAs(who);
    return JsonImport(*journal).fromBytes(json, QStringLiteral("doc.json"));
}

ThemeChoice choiceOf(const test::TempJournal& t, const QString& who, const QString& theme) {
    auto journal = t.reopenAs(who);
    auto themes = Prompts(*journal).themes();
    REQUIRE(themes.has_value());
    for (const core::ThemeWithChoices& th : *themes) {
        for (const core::PartnerThemeChoice& c : th.choices) {
            if (th.theme.id == theme && c.partnerName == who) {
                return c.choice;
            }
        }
    }
    FAIL("no such theme");
    return ThemeChoice::Yes;
}

} // namespace

TEST_CASE("custom prompts and answers are imported, answers revealed by the usual rule", "[import][prompts]") {
    test::TempJournal t;
    const QString promptId = QStringLiteral("0d3b8a4e-6c55-4c8e-9a3b-7f1e2d4c5b6a");
    const QByteArray json = document(
        {{QStringLiteral("prompts"),
          QJsonArray{QJsonObject{{QStringLiteral("id"), promptId},
                                 {QStringLiteral("theme"), QStringLiteral("Trust")},
                                 {QStringLiteral("depth"), QStringLiteral("light")},
                                 {QStringLiteral("text"), QStringLiteral("What would you like more of? 🌱")},
                                 {QStringLiteral("author"), QStringLiteral("sam")},
                                 {QStringLiteral("custom"), true}}}},
         {QStringLiteral("answers"), QJsonArray{QJsonObject{{QStringLiteral("prompt"), promptId},
                                                            {QStringLiteral("author"), QStringLiteral("Sam")},
                                                            {QStringLiteral("text"), QStringLiteral("Walks ✨")}},
                                                QJsonObject{{QStringLiteral("prompt"), QStringLiteral("trust-001")},
                                                            {QStringLiteral("author"), QStringLiteral("Alex")},
                                                            {QStringLiteral("text"), QStringLiteral("مرحبا")}}}}});
    auto imported = importAs(t, QStringLiteral("Alex"), json);
    REQUIRE(imported.has_value());
    CHECK(imported->total().added == 3);
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        auto shown = Prompts(*sam).show(promptId);
        REQUIRE(shown.has_value());
        CHECK(shown->prompt.custom);
        CHECK(shown->prompt.text == QStringLiteral("What would you like more of? 🌱"));
        CHECK(shown->prompt.theme == QStringLiteral("trust"));
        REQUIRE(shown->answers.size() == 1);
        CHECK(shown->answers[0].text == QStringLiteral("Walks ✨"));
        // Alex's answer to trust-001 stays hidden from Sam until Sam answers.
        auto builtin = Prompts(*sam).show(QStringLiteral("trust-001"));
        REQUIRE(builtin.has_value());
        CHECK(builtin->answers.empty());
        CHECK_FALSE(builtin->revealed);
    }
    auto again = importAs(t, QStringLiteral("Sam"), json);
    REQUIRE(again.has_value());
    CHECK(again->total().added == 0);
    // Sam's answer, which Alex imported in Sam's name, is Sam's own now.
    CHECK(again->total().updated == 1);
    CHECK(again->total().unchanged == 2);
}

TEST_CASE("theme choices: only the importer's own, and never over a choice they made", "[import][prompts]") {
    test::TempJournal t;
    const QByteArray doc =
        document({{QStringLiteral("theme_choices"),
                   QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("desire")},
                                          {QStringLiteral("choices"),
                                           QJsonObject{{QStringLiteral("Alex"), QStringLiteral("yes")},
                                                       {QStringLiteral("Sam"), QStringLiteral("yes")}}}},
                              QJsonObject{{QStringLiteral("id"), QStringLiteral("trust")},
                                          {QStringLiteral("choices"),
                                           QJsonObject{{QStringLiteral("Alex"), QStringLiteral("not-now")}}}}}}});
    auto imported = importAs(t, QStringLiteral("Alex"), doc);
    REQUIRE(imported.has_value());
    CHECK(imported->total().updated == 2);
    CHECK(choiceOf(t, QStringLiteral("Alex"), QStringLiteral("desire")) == ThemeChoice::Yes);
    CHECK(choiceOf(t, QStringLiteral("Alex"), QStringLiteral("trust")) == ThemeChoice::NotNow);
    // Sam's consent is Sam's to give.
    CHECK(choiceOf(t, QStringLiteral("Sam"), QStringLiteral("desire")) == ThemeChoice::NotNow);

    // Once Sam has chosen, an old file does not change Sam's mind either.
    {
        auto sam = t.reopenAs(QStringLiteral("Sam"));
        REQUIRE(Prompts(*sam).choose(QStringLiteral("desire"), ThemeChoice::NotNow));
    }
    auto bySam = importAs(t, QStringLiteral("Sam"), doc);
    REQUIRE(bySam.has_value());
    CHECK(bySam->total().updated == 0);
    CHECK(bySam->total().skipped == 1);
    CHECK(choiceOf(t, QStringLiteral("Sam"), QStringLiteral("desire")) == ThemeChoice::NotNow);
}
