#include "journal/Prompts.h"

#include "Clock.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Secrets.h"
#include "journal/Vault.h"
#include "prompts/PromptLibrary.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace twofold;
using core::Depth;
using core::ErrorCode;
using core::Prompts;
using core::ThemeChoice;
using test::chooseOnly;
using test::ClockReset;
using test::countRows;
using test::library;
using test::setDay;
using test::todayFor;

TEST_CASE("every built-in prompt is synced into a journal, once", "[prompts][sync]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto prompts = Prompts(*t.journal).list();
    REQUIRE(prompts.has_value());
    // Retired prompts get their rows too, but are listed only once answered.
    const auto live = std::count_if(library().prompts().begin(), library().prompts().end(),
                                    [](const core::Prompt& p) { return !p.retired; });
    CHECK(static_cast<qsizetype>(prompts->size()) == live);
    const int builtin = countRows(*t.journal, "SELECT count(*) FROM prompt WHERE builtin=1 AND text IS NULL");
    CHECK(builtin == static_cast<int>(library().prompts().size()));
    const int uuids = countRows(*t.journal, "SELECT count(DISTINCT uuid) FROM prompt");
    REQUIRE(Prompts(*t.journal).sync());
    REQUIRE(Prompts(*t.reopenAs(QStringLiteral("Sam"))).sync());
    CHECK(countRows(*t.journal, "SELECT count(*) FROM prompt") == builtin);
    CHECK(countRows(*t.journal, "SELECT count(DISTINCT uuid) FROM prompt") == uuids);
    const auto first = Prompts(*t.journal).list();
    CHECK(first->front().id == library().prompts().front().id);
    CHECK(first->front().text == library().prompts().front().text);
    CHECK(!first->front().custom);
}

TEST_CASE("an upgrade adds new built-in prompts and keeps answers and existing prompts untouched", "[prompts][sync]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Kept ✨")));
    auto custom = Prompts(*t.journal).add({QStringLiteral("trust"), std::nullopt, QStringLiteral("Ours?")});
    REQUIRE(custom.has_value());
    const int before = countRows(*t.journal, "SELECT count(*) FROM prompt");
    // An older version's journal: two prompts of this release are missing and
    // the marker names another library.
    internals(*t.journal).database().exec("DELETE FROM prompt WHERE key IN ('play-016', 'desire-016')");
    internals(*t.journal).database().exec("UPDATE meta SET value='older' WHERE key='builtin_prompts'");
    const int trustRow = countRows(*t.journal, "SELECT id FROM prompt WHERE key='trust-001'");
    REQUIRE(Prompts(*t.journal).sync());
    CHECK(countRows(*t.journal, "SELECT count(*) FROM prompt") == before);
    CHECK(countRows(*t.journal, "SELECT id FROM prompt WHERE key='trust-001'") == trustRow);
    CHECK(countRows(*t.journal, "SELECT count(*) FROM prompt WHERE key='play-016'") == 1);
    auto shown = Prompts(*t.journal).show(QStringLiteral("trust-001"));
    REQUIRE(shown.has_value());
    REQUIRE(shown->answers.size() == 1);
    CHECK(shown->answers[0].text == QStringLiteral("Kept ✨"));
    CHECK(Prompts(*t.journal).show(custom->id)->prompt.text == QStringLiteral("Ours?"));

    // The marker alone does not hide a missing prompt.
    internals(*t.journal).database().exec("DELETE FROM prompt WHERE key='play-015'");
    REQUIRE(Prompts(*t.journal).sync());
    CHECK(countRows(*t.journal, "SELECT count(*) FROM prompt WHERE key='play-015'") == 1);
}

TEST_CASE("an answer stays hidden from the partner until both have answered", "[prompts][answers]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString text = QStringLiteral("مرحبا 🌧️ e\u0301");
    auto mine = Prompts(*t.journal).answer(QStringLiteral("inner-world-002"), text);
    REQUIRE(mine.has_value());
    CHECK(!mine->revealed);
    REQUIRE(mine->answers.size() == 1);
    CHECK(mine->answers[0].text == QStringLiteral("مرحبا 🌧️ e\u0301"));

    auto sam = t.reopenAs(QStringLiteral("Sam"));
    auto seen = Prompts(*sam).show(QStringLiteral("inner-world-002"));
    REQUIRE(seen.has_value());
    CHECK(!seen->revealed);
    CHECK(seen->answers.empty());
    CHECK(seen->answeredBy == std::vector<QString>{QStringLiteral("Alex")});

    auto both = Prompts(*sam).answer(QStringLiteral("inner-world-002"), QStringLiteral("Mine too"));
    REQUIRE(both.has_value());
    CHECK(both->revealed);
    CHECK(both->answers.size() == 2);
    auto alexView = Prompts(*t.journal).show(QStringLiteral("inner-world-002"));
    CHECK(alexView->revealed);
    CHECK(alexView->answers.size() == 2);
}

TEST_CASE("answering again replaces the answer; bad answers are refused", "[prompts][answers]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Prompts prompts(*t.journal);
    REQUIRE(prompts.answer(QStringLiteral("play-001"), QStringLiteral("first")));
    const int id = countRows(*t.journal, "SELECT id FROM answer");
    auto again = prompts.answer(QStringLiteral("play-001"), QStringLiteral("second"));
    REQUIRE(again.has_value());
    CHECK(again->answers.size() == 1);
    CHECK(again->answers[0].text == QStringLiteral("second"));
    CHECK(countRows(*t.journal, "SELECT count(*) FROM answer") == 1);
    CHECK(countRows(*t.journal, "SELECT id FROM answer") == id);
    CHECK(prompts.answer(QStringLiteral("play-001"), QStringLiteral(" \n ")).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(prompts.answer(QStringLiteral("play-999"), QStringLiteral("x")).error().code == ErrorCode::NotFound);
    CHECK(prompts.show(QStringLiteral("nope")).error().code == ErrorCode::NotFound);
    CHECK(prompts.answer(QStringLiteral("play-001"), QString(Prompts::kMaxAnswerBytes + 1, QLatin1Char('a')))
              .error()
              .code == ErrorCode::InvalidArgument);
    CHECK(Prompts(*t.reopenAs(QStringLiteral("Sam"))).show(QStringLiteral("play-001"))->answers.empty());
    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    CHECK(Prompts(**reader).answer(QStringLiteral("play-001"), QStringLiteral("x")).error().code ==
          ErrorCode::Forbidden);
    CHECK(Prompts(**reader).show(QStringLiteral("play-001"))->answers.empty());
    core::Journal& locked = **core::Journal::open(t.path());
    CHECK(Prompts(locked).list().error().code == ErrorCode::Locked);
}

TEST_CASE("the couple's own prompts are sealed, listed and answerable", "[prompts][custom]") {
    ClockReset reset;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    Prompts prompts(*t.journal);
    auto added = prompts.add({QStringLiteral("Play, rituals and shared meaning"), std::nullopt,
                              QStringLiteral("  Which song is ours, and why? 🎶 ")});
    REQUIRE(added.has_value());
    CHECK(added->custom);
    CHECK(added->theme == QStringLiteral("play"));
    CHECK(added->depth == Depth::Deeper);
    CHECK(added->text == QStringLiteral("Which song is ours, and why? 🎶"));
    auto deep = prompts.add({QStringLiteral("trust"), Depth::Deepest, QStringLiteral("What keeps us true?")});
    REQUIRE(deep.has_value());

    auto alex = t.reopenAs(QStringLiteral("Alex"));
    core::PromptFilter filter;
    filter.theme = QStringLiteral("play");
    auto listed = Prompts(*alex).list(filter);
    REQUIRE(listed.has_value());
    CHECK(listed->back().id == added->id);
    CHECK(listed->back().text == added->text);
    CHECK(listed->back().authorName == QStringLiteral("Sam"));
    filter.theme.reset();
    filter.depth = Depth::Deepest;
    bool found = false;
    for (const core::Prompt& p : *Prompts(*alex).list(filter)) {
        CHECK(p.depth == Depth::Deepest);
        found = found || p.id == deep->id;
    }
    CHECK(found);
    REQUIRE(Prompts(*alex).answer(added->id, QStringLiteral("Ours")));
    CHECK(Prompts(*alex).show(added->id)->answers.size() == 1);

    CHECK(prompts.add({QStringLiteral("gardening"), std::nullopt, QStringLiteral("x")}).error().code ==
          ErrorCode::NotFound);
    CHECK(prompts.add({QStringLiteral("play"), std::nullopt, QStringLiteral("  ")}).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(prompts.add({QStringLiteral("play"), std::nullopt, QString(Prompts::kMaxPromptChars + 1, QLatin1Char('x'))})
              .error()
              .code == ErrorCode::InvalidArgument);
    core::storage::Statement s(internals(*t.journal).database(), "SELECT text FROM prompt WHERE builtin=0");
    while (s.step()) {
        CHECK(!s.blob(0).contains("song"));
    }
    // Custom prompts take part in the prompt of the day like the others.
    chooseOnly(t, {QStringLiteral("trust")});
    QSet<QString> seen;
    for (int d = 0; d < 17; ++d) {
        setDay(QDate(2027, 4, 1).addDays(d));
        seen.insert(todayFor(*alex).id);
    }
    CHECK(seen.contains(deep->id));
}

TEST_CASE("answers, custom prompts and theme choices are walked as sealed values and detect tampering",
          "[prompts][sealed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Prompts prompts(*t.journal);
    REQUIRE(prompts.answer(QStringLiteral("stress-002"), QStringLiteral("answer")));
    REQUIRE(prompts.add({QStringLiteral("stress"), std::nullopt, QStringLiteral("custom")}));
    REQUIRE(prompts.choose(QStringLiteral("desire"), ThemeChoice::Yes));
    QSet<QString> tables;
    for (const core::SealedValue& v : core::collectSealedValues(*t.journal)) {
        tables.insert(v.table + QLatin1Char('.') + v.column);
        CHECK(internals(*t.journal).vault().open(v.visibility, v.sealed, v.context).has_value());
    }
    CHECK(tables.contains(QStringLiteral("answer.body")));
    CHECK(tables.contains(QStringLiteral("prompt.text")));
    CHECK(tables.contains(QStringLiteral("theme_choice.choice")));
    // A sealed value moved from another column no longer opens.
    internals(*t.journal).database().exec("UPDATE answer SET body=(SELECT text FROM prompt WHERE builtin=0)");
    CHECK(prompts.show(QStringLiteral("stress-002")).error().code == ErrorCode::Tampered);
}

TEST_CASE("readable answers follow the reveal rule across all prompts", "[prompts][answers]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(Prompts(*t.journal).answer(QStringLiteral("touch-001"), QStringLiteral("Alex on touch")));
    REQUIRE(Prompts(*t.journal).answer(QStringLiteral("play-002"), QStringLiteral("Alex on play")));
    REQUIRE(Prompts(*sam).answer(QStringLiteral("play-002"), QStringLiteral("Sam on play")));
    REQUIRE(Prompts(*sam).answer(QStringLiteral("stress-003"), QStringLiteral("Sam on stress")));

    const auto texts = [](core::Journal& journal) {
        QStringList out;
        for (const core::Answer& a : *Prompts(journal).readableAnswers()) {
            out << a.promptId + QLatin1Char(':') + a.text;
            CHECK(a.id.size() == 36);
            CHECK(a.created.isValid());
        }
        out.sort();
        return out;
    };
    CHECK(texts(*t.journal) == QStringList{QStringLiteral("play-002:Alex on play"),
                                           QStringLiteral("play-002:Sam on play"),
                                           QStringLiteral("touch-001:Alex on touch")});
    CHECK(texts(*sam) == QStringList{QStringLiteral("play-002:Alex on play"), QStringLiteral("play-002:Sam on play"),
                                     QStringLiteral("stress-003:Sam on stress")});
    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    CHECK(texts(**reader) ==
          QStringList{QStringLiteral("play-002:Alex on play"), QStringLiteral("play-002:Sam on play")});
}

TEST_CASE("answers, custom prompts and theme choices survive a key rotation", "[prompts][sealed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Prompts(*t.journal).answer(QStringLiteral("life-changes-004"), QStringLiteral("Alex's answer")));
    auto custom = Prompts(*t.journal).add({QStringLiteral("life-changes"), Depth::Light, QStringLiteral("Ours")});
    REQUIRE(custom.has_value());
    REQUIRE(Prompts(*t.journal).choose(QStringLiteral("desire"), ThemeChoice::Yes));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(Prompts(*sam).answer(QStringLiteral("life-changes-004"), QStringLiteral("Sam's answer")));

    auto rotated = core::Secrets(*t.journal, core::crypto::KdfLimits::minimum()).rotateKeys({});
    REQUIRE(rotated.has_value());

    auto again = t.reopenAs(QStringLiteral("Sam"));
    auto shown = Prompts(*again).show(QStringLiteral("life-changes-004"));
    REQUIRE(shown.has_value());
    CHECK(shown->answers.size() == 2);
    CHECK(Prompts(*again).show(custom->id)->prompt.text == QStringLiteral("Ours"));
    for (const auto& theme : *Prompts(*again).themes()) {
        if (theme.theme.id == QLatin1String("desire")) {
            CHECK(theme.choices[0].choice == ThemeChoice::Yes);
        }
    }
}
