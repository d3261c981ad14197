#include "FileTampering.h"
#include "TempJournal.h"
#include "crypto/PartnerKeys.h"
#include "crypto/Signing.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"
#include "journal/Secrets.h"

#include <catch2/catch.hpp>

// A rotation replaces the rotating partner's signing key too (issue 16): a
// key that leaked signs nothing after it. The other partner's pin follows
// the new key only along steps each signed by the key before, so every
// attack here is a key, or a step, that the pinned key did not sign.

using namespace twofold;
using core::Authorship;
using core::Entries;
using core::Journal;
using core::Secrets;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");
const core::crypto::KdfLimits kCheap = core::crypto::KdfLimits::minimum();

QByteArray passOf(const QString& who) {
    return TempJournal::passphraseFor(who);
}

QString sharedEntry(Journal& journal, const QString& text) {
    core::EntryInput input;
    input.text = text;
    input.visibility = core::Visibility::Shared;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

QByteArray samsKeys(const QString& path) {
    return test::readBlob(path, "SELECT sign_public_key || box_public_key || keys_signature FROM partner WHERE name=?",
                          {kSam});
}

QByteArray signKeyOf(const QString& path, const QString& who) {
    return test::readBlob(path, "SELECT sign_public_key FROM partner WHERE name=?", {who});
}

int unverifiedRows(Journal& journal) {
    auto report = core::Maintenance(journal).verify();
    REQUIRE(report.has_value());
    return static_cast<int>(report->unverifiedRows.size());
}

} // namespace

TEST_CASE("rotate-keys replaces the signing key; the other partner follows one rotation or several", "[signing]") {
    TempJournal t(true);
    const QByteArray first = signKeyOf(t.path(), kSam);
    QString samsEntry;
    {
        auto sam = t.reopenAs(kSam, passOf(kSam));
        samsEntry = sharedEntry(*sam, QStringLiteral("from Sam"));
        auto rotated = Secrets(*sam, kCheap).rotateKeys(passOf(kSam));
        REQUIRE(rotated.has_value());
        CHECK(rotated->rowsResigned == 1);
        const QByteArray second = signKeyOf(t.path(), kSam);
        CHECK(second != first);
        CHECK(second.size() == 32);
        REQUIRE(Secrets(*sam, kCheap).rotateKeys(passOf(kSam)));
        CHECK(signKeyOf(t.path(), kSam) != second);
        // Sam's session signs with the newest key at once.
        sharedEntry(*sam, QStringLiteral("after the rotations"));
        CHECK(unverifiedRows(*sam) == 0);
    }
    // Alex pinned the first key and follows both steps.
    auto alex = t.reopenAs(kAlex, passOf(kAlex));
    CHECK(Entries(*alex).get(samsEntry)->authorship == Authorship::Verified);
    CHECK(unverifiedRows(*alex) == 0);
    // Alex now pins the newest key: sealing the new journal key to Sam passes.
    REQUIRE(Secrets(*alex, kCheap).rotateKeys(passOf(kAlex)));
    auto sam = t.reopenAs(kSam, passOf(kSam));
    CHECK(Entries(*sam).list({}).value().size() == 2);
    CHECK(unverifiedRows(*sam) == 0);
}

TEST_CASE("a succession step signed by any key but the pinned one is not followed; nothing is written",
          "[signing][attack]") {
    TempJournal t(true);
    const QString journalId = t.journal->journalId();
    const QString samUuid = t.journal->findPartner(kSam)->id;
    // The attacker's whole key set, signed by itself, and a step to it
    // signed by a key the attacker also made.
    const auto box = core::crypto::PartnerSecrets::generate();
    const auto sign = core::crypto::SigningKey::generate();
    const auto stepper = core::crypto::SigningKey::generate();
    const QByteArray keysSignature =
        sign.sign(core::crypto::partnerKeysMessage(journalId, samUuid, box.boxPublicKey, sign.publicKey));
    const QByteArray step =
        stepper.sign(core::crypto::signingKeySuccessionMessage(journalId, samUuid, stepper.publicKey, sign.publicKey));
    test::editFile(t.path(),
                   "UPDATE partner SET box_public_key=?, sign_public_key=?, keys_signature=? WHERE name='Sam'",
                   {box.boxPublicKey, sign.publicKey, keysSignature});
    const QString key = QStringLiteral("signing_key_succession:") + samUuid;
    const QString line = QString::fromLatin1(sign.publicKey.toBase64() + ' ' + step.toBase64() + '\n');
    test::editFile(t.path(), "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", {key, line});
    const QByteArray before = samsKeys(t.path());
    auto reopened = Journal::open(t.path());
    REQUIRE(reopened.has_value());
    auto unlocked = (*reopened)->unlock(kAlex, passOf(kAlex));
    REQUIRE_FALSE(unlocked.has_value());
    CHECK(unlocked.error().message == QStringLiteral("The other partner's keys in this file were changed."));
    CHECK(samsKeys(t.path()) == before);
}

TEST_CASE("Sam's keys from before a rotation, put back, are refused whether or not Alex followed it",
          "[signing][attack]") {
    for (const bool alexFollowed : {false, true}) {
        CAPTURE(alexFollowed);
        TempJournal t(true);
        const QByteArray sign = test::readBlob(t.path(), "SELECT sign_public_key FROM partner WHERE name='Sam'");
        const QByteArray box = test::readBlob(t.path(), "SELECT box_public_key FROM partner WHERE name='Sam'");
        const QByteArray keysSignature =
            test::readBlob(t.path(), "SELECT keys_signature FROM partner WHERE name='Sam'");
        REQUIRE(Secrets(*t.reopenAs(kSam, passOf(kSam)), kCheap).rotateKeys(passOf(kSam)));
        if (alexFollowed) {
            REQUIRE(t.reopenAs(kAlex, passOf(kAlex)) != nullptr);
        }
        // The old key set is a sound one, signed by the key Alex may still
        // pin: only the step Sam's rotation recorded tells it is stale.
        test::editFile(t.path(),
                       "UPDATE partner SET box_public_key=?, sign_public_key=?, keys_signature=? WHERE name='Sam'",
                       {box, sign, keysSignature});
        auto reopened = Journal::open(t.path());
        REQUIRE(reopened.has_value());
        auto unlocked = (*reopened)->unlock(kAlex, passOf(kAlex));
        REQUIRE_FALSE(unlocked.has_value());
        CHECK(unlocked.error().message == QStringLiteral("The other partner's keys in this file were changed."));
    }
}

TEST_CASE("Sam's rotation does not sign what was slipped in under Sam's name", "[signing][attack]") {
    TempJournal t;
    auto alex = t.reopenAs(kAlex);
    // Alex writes a shared entry as Sam with the journal key, unsigned.
    const QString forgedId =
        test::forgeSharedEntry(*alex, kSam, QStringLiteral("Sam never wrote this"), QDate(2026, 12, 3));
    alex.reset();

    auto sam = t.reopenAs(kSam);
    sharedEntry(*sam, QStringLiteral("Sam's own"));
    auto rotated = Secrets(*sam, kCheap).rotateKeys({});
    REQUIRE(rotated.has_value());
    CHECK(rotated->rowsResigned == 1);
    CHECK(Entries(*sam).get(forgedId)->authorship == Authorship::Unverified);
    CHECK(unverifiedRows(*sam) == 1);
    CHECK(unverifiedRows(*t.reopenAs(kAlex)) == 1);
}
