#include "prompts/PromptOfTheDay.h"

#include "Clock.h"
#include "ClockPin.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"
#include "storage/Statement.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <optional>

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

TEST_CASE("sensitive themes start at not-now for both partners, all others at yes", "[prompts][consent]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto themes = Prompts(*t.journal).themes();
    REQUIRE(themes.has_value());
    REQUIRE(themes->size() == library().themes().size());
    for (const core::ThemeWithChoices& theme : *themes) {
        INFO(theme.theme.id.toStdString());
        REQUIRE(theme.choices.size() == 2);
        for (const auto& c : theme.choices) {
            CHECK(c.isDefault);
            CHECK(c.choice == (theme.theme.sensitive ? ThemeChoice::NotNow : ThemeChoice::Yes));
        }
    }
}

TEST_CASE("a partner's theme choice is theirs, by id or name, and unknown themes are refused", "[prompts][consent]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto chosen = Prompts(*t.journal).choose(QStringLiteral("DESIRE AND SEX"), ThemeChoice::Yes);
    REQUIRE(chosen.has_value());
    CHECK(chosen->theme.id == QStringLiteral("desire"));
    CHECK(chosen->choices[0].choice == ThemeChoice::Yes);
    CHECK(chosen->choices[1].choice == ThemeChoice::NotNow);
    CHECK(!chosen->chosenByAll());
    REQUIRE(Prompts(*t.journal).choose(QStringLiteral("trust"), ThemeChoice::NotNow));
    REQUIRE(Prompts(*t.journal).choose(QStringLiteral("trust"), ThemeChoice::Yes));
    // Every theme row of the partner is rewritten at once, so the file does not
    // show which theme changed.
    const int themeCount = static_cast<int>(library().themes().size());
    CHECK(countRows(*t.journal, "SELECT count(*) FROM theme_choice") == themeCount);
    CHECK(countRows(*t.journal, "SELECT count(DISTINCT updated) FROM theme_choice") == 1);
    CHECK(countRows(*t.journal, "SELECT count(DISTINCT uuid) FROM theme_choice") == themeCount);
    CHECK(Prompts(*t.journal).choose(QStringLiteral("gardening"), ThemeChoice::Yes).error().code ==
          ErrorCode::NotFound);
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    auto seen = Prompts(*sam).themes();
    for (const auto& theme : *seen) {
        if (theme.theme.id == QLatin1String("desire")) {
            CHECK(theme.choices[0].choice == ThemeChoice::Yes);
            CHECK(!theme.choices[0].isDefault);
        }
    }
    // A reader without an acting partner cannot choose for anyone.
    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    CHECK(Prompts(**reader).choose(QStringLiteral("trust"), ThemeChoice::Yes).error().code == ErrorCode::Forbidden);
    // The choice is sealed: the file holds no "yes".
    core::storage::Statement s(internals(*t.journal).database(), "SELECT choice FROM theme_choice");
    while (s.step()) {
        CHECK(!s.blob(0).contains("yes"));
    }
}

TEST_CASE("sexual prompts are offered only once both partners opted in to desire", "[prompts][consent][today]") {
    ClockReset reset;
    test::TempJournal t;
    // Consent and myths hold explicit prompts; only they are open.
    chooseOnly(t, {QStringLiteral("consent"), QStringLiteral("myths")});
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    const auto simulate = [&](int days, int offset) {
        QSet<QString> themes;
        bool anyExplicit = false;
        for (int d = 0; d < days; ++d) {
            setDay(QDate(2027, 1, 1).addDays(offset + d));
            const core::Prompt p = todayFor(*alex);
            themes.insert(p.theme);
            anyExplicit = anyExplicit || p.isExplicit;
        }
        return std::make_pair(themes, anyExplicit);
    };
    auto [themes, anyExplicit] = simulate(40, 0);
    CHECK(themes == QSet<QString>{QStringLiteral("consent"), QStringLiteral("myths")});
    CHECK(!anyExplicit);
    // One partner's yes is not enough.
    REQUIRE(Prompts(*alex).choose(QStringLiteral("desire"), ThemeChoice::Yes));
    std::tie(themes, anyExplicit) = simulate(40, 100);
    CHECK(!themes.contains(QStringLiteral("desire")));
    CHECK(!anyExplicit);
    REQUIRE(Prompts(*t.reopenAs(QStringLiteral("Sam"))).choose(QStringLiteral("desire"), ThemeChoice::Yes));
    std::tie(themes, anyExplicit) = simulate(60, 200);
    CHECK(themes.contains(QStringLiteral("desire")));
    CHECK(anyExplicit);
}

TEST_CASE("the prompt of the day is the same for both partners all day", "[prompts][today]") {
    ClockReset reset;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    std::optional<test::ClockPin> pin(std::in_place, QDateTime(QDate(2027, 3, 5), QTime(6, 0), Qt::UTC));
    const core::Prompt morning = todayFor(*t.journal);
    pin->set(QDateTime(QDate(2027, 3, 5), QTime(15, 0), Qt::UTC));
    CHECK(todayFor(*t.reopenAs(QStringLiteral("Sam"))).id == morning.id);
    CHECK(todayFor(*t.journal).id == morning.id);
    // Only themes both said yes to (by default: everything but desire).
    CHECK(morning.theme != QStringLiteral("desire"));
    CHECK(!morning.isExplicit);
}

TEST_CASE("no prompt of the day repeats until the eligible pool is used up", "[prompts][today]") {
    ClockReset reset;
    test::TempJournal t;
    chooseOnly(t, {QStringLiteral("trust"), QStringLiteral("play")});
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    int pool = 0;
    for (const core::Prompt& p : library().prompts()) {
        pool += (p.theme == QLatin1String("trust") || p.theme == QLatin1String("play")) ? 1 : 0;
    }
    REQUIRE(pool >= 24);
    QMap<QString, int> shown;
    for (int round = 0; round < 2; ++round) {
        QSet<QString> thisRound;
        for (int d = 0; d < pool; ++d) {
            setDay(QDate(2027, 1, 1).addDays(round * pool + d));
            const core::Prompt p = todayFor(*alex);
            CHECK((p.theme == QLatin1String("trust") || p.theme == QLatin1String("play")));
            CHECK(!thisRound.contains(p.id));
            thisRound.insert(p.id);
            ++shown[p.id];
        }
        CHECK(thisRound.size() == pool);
    }
    for (int times : shown) {
        CHECK(times == 2);
    }
}

TEST_CASE("the prompt of the day is deterministic given the date and the journal", "[prompts][today]") {
    ClockReset reset;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    QStringList first;
    for (int d = 0; d < 10; ++d) {
        setDay(QDate(2027, 6, 1).addDays(d));
        first << todayFor(*t.journal).id;
    }
    // Forget the history and replay the same days: the same prompts.
    internals(*t.journal).database().exec("DELETE FROM prompt_day");
    QStringList again;
    for (int d = 0; d < 10; ++d) {
        setDay(QDate(2027, 6, 1).addDays(d));
        again << todayFor(*t.journal).id;
    }
    CHECK(first == again);
    // The choice itself depends only on its inputs, and differs per couple.
    std::vector<core::PromptCandidate> candidates;
    for (const core::Prompt& p : library().prompts()) {
        candidates.push_back({p.id, 0});
    }
    const QDate day(2027, 6, 1);
    CHECK(core::choosePromptOfTheDay(candidates, QStringLiteral("j1"), day) ==
          core::choosePromptOfTheDay(candidates, QStringLiteral("j1"), day));
    QStringList a;
    QStringList b;
    for (int d = 0; d < 5; ++d) {
        a << core::choosePromptOfTheDay(candidates, QStringLiteral("j1"), day.addDays(d));
        b << core::choosePromptOfTheDay(candidates, QStringLiteral("j2"), day.addDays(d));
    }
    CHECK(a != b);
    candidates[3].timesShown = -1; // fewest shown always wins
    CHECK(core::choosePromptOfTheDay(candidates, QStringLiteral("j1"), day) == candidates[3].key);
    CHECK(core::choosePromptOfTheDay({}, QStringLiteral("j1"), day).isEmpty());
}

TEST_CASE("when today's prompt stops being eligible, another one is chosen", "[prompts][today]") {
    ClockReset reset;
    test::TempJournal t;
    chooseOnly(t, {QStringLiteral("trust"), QStringLiteral("play")});
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    setDay(QDate(2027, 2, 2));
    const core::Prompt before = todayFor(*alex);
    REQUIRE(Prompts(*alex).choose(before.theme, ThemeChoice::NotNow));
    const core::Prompt after = todayFor(*alex);
    CHECK(after.theme != before.theme);
    CHECK(todayFor(*t.reopenAs(QStringLiteral("Sam"))).id == after.id);
}

TEST_CASE("with no theme chosen by both, there is no prompt of the day and a reason", "[prompts][today]") {
    test::TempJournal t;
    chooseOnly(t, {});
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto today = Prompts(*alex).today();
    REQUIRE(today.has_value());
    CHECK(!today->prompt.has_value());
    CHECK(today->reason.contains(QStringLiteral("both")));
    // One partner's yes is not enough.
    REQUIRE(Prompts(*alex).choose(QStringLiteral("trust"), ThemeChoice::Yes));
    CHECK(!Prompts(*alex).today()->prompt.has_value());
}
