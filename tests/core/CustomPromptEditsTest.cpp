// The couple's own prompts changed and deleted: only by their author, never
// once answered, sealed again for their new theme and depth, and a deleted
// one's words gone from the file.
#include "FileTampering.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "journal/ChangeFeed.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::Depth;
using core::ErrorCode;
using core::Prompts;
using test::countRows;

namespace {

core::Prompt addOwn(core::Journal& journal, const QString& text) {
    auto added = Prompts(journal).add({QStringLiteral("play"), Depth::Light, text});
    REQUIRE(added.has_value());
    return *added;
}

QByteArray promptRowDigest(const test::TempJournal& t, const QString& id) {
    return test::readBlob(t.path(),
                          "SELECT quote(theme) || quote(depth) || quote(text) || quote(updated) || "
                          "quote(deleted_at) FROM prompt WHERE key=?",
                          {id});
}

} // namespace

TEST_CASE("the author changes their own prompt's words, theme and depth; the other partner reads the new one",
          "[prompts][custom]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    const core::Prompt mine = addOwn(*t.journal, QStringLiteral("Which game do we play best?"));
    std::vector<core::Change> reported;
    const int id = t.journal->changes().subscribe(
        [&](const core::ChangeSet& set) { reported.insert(reported.end(), set.changes.begin(), set.changes.end()); });

    auto edited = Prompts(*t.journal)
                      .edit(mine.id, {QStringLiteral("trust"), Depth::Deepest,
                                      QStringLiteral("  What would you trust me with? ")});
    t.journal->changes().unsubscribe(id);
    REQUIRE(edited.has_value());
    CHECK(edited->id == mine.id);
    CHECK(edited->theme == QStringLiteral("trust"));
    CHECK(edited->depth == Depth::Deepest);
    CHECK(edited->text == QStringLiteral("What would you trust me with?"));
    REQUIRE(reported.size() == 1);
    CHECK(reported.front() ==
          core::Change{core::ChangeKind::Prompt, core::ChangeAction::Updated, mine.id, t.journal->actingPartner()->id});

    // Opening it proves it was sealed again for the new theme and depth
    // (both are part of what the text binds).
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto shown = Prompts(*alex).show(mine.id);
    REQUIRE(shown.has_value());
    CHECK(shown->prompt.text == edited->text);
    CHECK(shown->prompt.theme == QStringLiteral("trust"));
    CHECK(shown->prompt.depth == Depth::Deepest);

    // Only the words given: theme and depth stay.
    auto reworded = Prompts(*t.journal).edit(mine.id, {QString(), std::nullopt, QStringLiteral("Trust me with?")});
    REQUIRE(reworded.has_value());
    CHECK(reworded->theme == QStringLiteral("trust"));
    CHECK(reworded->depth == Depth::Deepest);

    // And the row's theme edited back with SQL no longer opens.
    test::editFile(t.path(), "UPDATE prompt SET theme='play' WHERE key=?", {mine.id});
    CHECK(Prompts(*alex).show(mine.id).error().code == ErrorCode::Tampered);
}

TEST_CASE("a prompt is changed or deleted only by its author, only while unanswered, never a built-in one",
          "[prompts][custom]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    const core::Prompt mine = addOwn(*t.journal, QStringLiteral("What made you laugh this week?"));
    const QByteArray before = promptRowDigest(t, mine.id);
    auto alex = t.reopenAs(QStringLiteral("Alex"));

    const core::CustomPromptInput change{QString(), std::nullopt, QStringLiteral("Rewritten by Alex")};
    auto notAuthor = Prompts(*alex).edit(mine.id, change);
    REQUIRE(!notAuthor.has_value());
    CHECK(notAuthor.error().code == ErrorCode::Forbidden);
    CHECK(notAuthor.error().message == QStringLiteral("Only Sam can change this prompt; they wrote it."));
    CHECK(Prompts(*alex).remove(mine.id).error().code == ErrorCode::Forbidden);
    CHECK(promptRowDigest(t, mine.id) == before);

    CHECK(Prompts(*t.journal).edit(QStringLiteral("trust-001"), change).error().code == ErrorCode::Forbidden);
    CHECK(Prompts(*t.journal).remove(QStringLiteral("trust-001")).error().code == ErrorCode::Forbidden);
    CHECK(Prompts(*t.journal).edit(QStringLiteral("no-such-prompt"), change).error().code == ErrorCode::NotFound);
    CHECK(Prompts(*t.journal).edit(mine.id, {QString(), std::nullopt, QStringLiteral("   ")}).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(Prompts(*t.journal).edit(mine.id, {QStringLiteral("gardening"), std::nullopt, change.text}).error().code ==
          ErrorCode::NotFound);
    CHECK(promptRowDigest(t, mine.id) == before);

    // Once the other partner answered, the question stays as it was asked.
    REQUIRE(Prompts(*alex).answer(mine.id, QStringLiteral("The cat and the ladder.")));
    auto afterAnswer = Prompts(*t.journal).edit(mine.id, {QString(), std::nullopt, QStringLiteral("Other?")});
    REQUIRE(!afterAnswer.has_value());
    CHECK(afterAnswer.error().message == QStringLiteral("This prompt has an answer now, so it stays as it was asked."));
    CHECK(Prompts(*t.journal).remove(mine.id).error().code == ErrorCode::Forbidden);
    CHECK(promptRowDigest(t, mine.id) == before);
    CHECK(Prompts(*t.journal).show(mine.id)->prompt.text == mine.text);
}

TEST_CASE("a deleted prompt is gone from the list, from today and from the file's words; a tombstone stays",
          "[prompts][custom]") {
    test::ClockReset reset;
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const core::Prompt mine = addOwn(*t.journal, QStringLiteral("Which walk should we take again?"));
    REQUIRE(Prompts(*t.journal).remove(mine.id));

    for (const core::Prompt& p : *Prompts(*t.journal).list()) {
        CHECK(p.id != mine.id);
    }
    CHECK(Prompts(*t.journal).show(mine.id).error().code == ErrorCode::NotFound);
    CHECK(Prompts(*t.journal).answer(mine.id, QStringLiteral("x")).error().code == ErrorCode::NotFound);
    CHECK(Prompts(*t.journal).remove(mine.id).error().code == ErrorCode::NotFound);
    CHECK(countRows(*t.journal, "SELECT count(*) FROM prompt WHERE builtin=0 AND text IS NULL AND "
                                "deleted_at IS NOT NULL") == 1);

    // With only its theme open, today's prompt never is the deleted one.
    test::chooseOnly(t, {QStringLiteral("play")});
    for (int d = 0; d < 30; ++d) {
        test::setDay(QDate(2027, 6, 1).addDays(d));
        CHECK(test::todayFor(*t.journal).id != mine.id);
    }
}
