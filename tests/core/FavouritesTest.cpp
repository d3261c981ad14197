// Favourite prompts: each partner's own, sealed so that neither the other
// partner nor the file tells which prompts someone keeps.
#include "journal/Favourites.h"

#include "FileTampering.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "journal/ChangeFeed.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "journal/Secrets.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::ErrorCode;
using core::Favourites;
using test::countRows;

namespace {

const QString kDesire = QStringLiteral("desire-001");
const QString kTrust = QStringLiteral("trust-002");

} // namespace

TEST_CASE("each partner keeps their own favourites, and the other partner never sees them", "[prompts][favourites]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Favourites(*t.journal).set(kDesire, true));
    REQUIRE(Favourites(*t.journal).set(kTrust, true));
    CHECK(*Favourites(*t.journal).ids() == QSet<QString>{kDesire, kTrust});

    auto sam = t.reopenAs(QStringLiteral("Sam"));
    CHECK(Favourites(*sam).ids()->isEmpty());
    REQUIRE(Favourites(*sam).set(kTrust, true));
    CHECK(*Favourites(*sam).ids() == QSet<QString>{kTrust});

    REQUIRE(Favourites(*t.journal).set(kDesire, false));
    CHECK(*Favourites(*t.journal).ids() == QSet<QString>{kTrust});
    CHECK(*Favourites(*t.reopenAs(QStringLiteral("Sam"))).ids() == QSet<QString>{kTrust});

    // In the file: one sealed row per partner, no prompt id in clear.
    CHECK(countRows(*t.journal, "SELECT count(*) FROM favourite_set") == 2);
    CHECK(!test::readBlob(t.path(), "SELECT group_concat(hex(body)) FROM favourite_set").isEmpty());
    const QByteArray bodies = test::readBlob(t.path(), "SELECT group_concat(body, '') FROM favourite_set");
    CHECK(!bodies.contains("trust"));
    CHECK(!bodies.contains("desire"));
}

TEST_CASE("favouring what is already so writes nothing; an unknown prompt is refused with the journal unchanged",
          "[prompts][favourites]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(Favourites(*t.journal).set(kTrust, true));
    const QByteArray before = test::readBlob(t.path(), "SELECT quote(body) || updated FROM favourite_set");
    int published = 0;
    const int id = t.journal->changes().subscribe([&](const core::ChangeSet&) { ++published; });
    REQUIRE(Favourites(*t.journal).set(kTrust, true));
    REQUIRE(Favourites(*t.journal).set(QStringLiteral("stress-001"), false));
    auto unknown = Favourites(*t.journal).set(QStringLiteral("no-such-prompt"), true);
    t.journal->changes().unsubscribe(id);
    REQUIRE(!unknown.has_value());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(published == 0);
    CHECK(test::readBlob(t.path(), "SELECT quote(body) || updated FROM favourite_set") == before);
}

TEST_CASE("a deleted prompt drops out of the favourites; favourites survive a key rotation", "[prompts][favourites]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto own = core::Prompts(*t.journal).add({QStringLiteral("play"), std::nullopt, QStringLiteral("Ours?")});
    REQUIRE(own.has_value());
    REQUIRE(Favourites(*t.journal).set(own->id, true));
    REQUIRE(Favourites(*t.journal).set(kTrust, true));
    REQUIRE(core::Prompts(*t.journal).remove(own->id));
    CHECK(*Favourites(*t.journal).ids() == QSet<QString>{kTrust});

    REQUIRE(core::Secrets(*t.journal, core::crypto::KdfLimits::minimum()).rotateKeys({}));
    CHECK(*Favourites(*t.reopenAs(QStringLiteral("Alex"))).ids() == QSet<QString>{kTrust});
}

TEST_CASE("a favourite set moved to the other partner's row, or edited in the file, does not open",
          "[prompts][favourites][tamper]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Favourites(*t.journal).set(kDesire, true));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(Favourites(*sam).set(kTrust, true));

    // Sam's row given Alex's sealed set: Sam's key cannot open it.
    test::editFile(t.path(),
                   "UPDATE favourite_set SET body=(SELECT body FROM favourite_set f JOIN partner p ON "
                   "p.id=f.partner_id WHERE p.name='Alex') WHERE partner_id=(SELECT id FROM partner WHERE name='Sam')");
    CHECK(Favourites(*sam).ids().error().code == ErrorCode::Tampered);
    // Alex's row under a new uuid: the set binds its row.
    test::editFile(t.path(), "UPDATE favourite_set SET uuid='00000000-0000-4000-8000-000000000000' WHERE "
                             "partner_id=(SELECT id FROM partner WHERE name='Alex')");
    CHECK(Favourites(*t.journal).ids().error().code == ErrorCode::Tampered);
}
