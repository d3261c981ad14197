#include "FileTampering.h"
#include "TempJournal.h"
#include "crypto/PartnerKeys.h"
#include "crypto/Signing.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Secrets.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Signing keys, pins of the other partner's keys and the journal key
// commitment (issue 16, holes 1 and 2), each written as the attack: the file
// edited with SQL, then the core used as a partner would.

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::ErrorCode;
using core::Journal;
using core::Secrets;
using core::Visibility;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");
const core::crypto::KdfLimits kCheap = core::crypto::KdfLimits::minimum();

QByteArray passOf(const QString& who) {
    return TempJournal::passphraseFor(who);
}

// Everything about keys the file holds, and every entry, as one digest: a
// refused step must leave it as it was.
QByteArray keyState(const QString& path) {
    return test::readBlob(path, "SELECT (SELECT group_concat(key || '=' || value, ';') FROM meta) || '|' || "
                                "(SELECT group_concat(hex(box_public_key) || hex(journal_key_sealed) || "
                                "ifnull(hex(sign_public_key), '-') || ifnull(hex(keys_signature), '-') || "
                                "ifnull(hex(passphrase_wrap), '-') || ifnull(hex(secrets_plain), '-'), ';') "
                                "FROM partner) || '|' || "
                                "(SELECT ifnull(group_concat(hex(body), ';'), '') FROM entry)");
}

QByteArray column(const QString& path, const char* sql, const QString& name) {
    return test::readBlob(path, sql, {name});
}

QString addEntry(Journal& journal, const QString& text) {
    EntryInput input;
    input.text = text;
    input.visibility = Visibility::Shared;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

// The attacker's own X25519 key pair: a perfectly usable key, which is what
// makes the swap dangerous.
QByteArray attackersBoxKey() {
    return core::crypto::PartnerSecrets::generate().boxPublicKey;
}

} // namespace

TEST_CASE("a new journal gives each partner a signing key that signs their public keys, and a signed commitment",
          "[signing]") {
    TempJournal t(true);
    const QString journalId = t.journal->journalId();
    for (const QString& who : {kAlex, kSam}) {
        CAPTURE(who);
        const QByteArray signKey = column(t.path(), "SELECT sign_public_key FROM partner WHERE name=?", who);
        const QByteArray boxKey = column(t.path(), "SELECT box_public_key FROM partner WHERE name=?", who);
        const QByteArray signature = column(t.path(), "SELECT keys_signature FROM partner WHERE name=?", who);
        const QString uuid =
            QString::fromUtf8(column(t.path(), "SELECT CAST(uuid AS BLOB) FROM partner WHERE name=?", who));
        CHECK(signKey.size() == 32);
        CHECK(core::crypto::verifySignature(signKey, core::crypto::partnerKeysMessage(journalId, uuid, boxKey, signKey),
                                            signature));
        // Not over another partner's keys.
        CHECK_FALSE(core::crypto::verifySignature(
            signKey, core::crypto::partnerKeysMessage(journalId, uuid, attackersBoxKey(), signKey), signature));
        auto journal = t.reopenAs(who, passOf(who));
        CHECK(journal->actingPartner()->name == who);
    }
    CHECK_FALSE(test::readBlob(t.path(), "SELECT value FROM meta WHERE key='journal_key_commitment'").isEmpty());
    CHECK(test::readBlob(t.path(), "SELECT CAST(count(*) AS TEXT) FROM meta WHERE key LIKE 'signing_secrets:%'") ==
          "2");
}

TEST_CASE("hole 1: a box key written into Sam's row is refused at rotation and at unlock; nothing is written",
          "[signing][attack]") {
    for (const bool protect : {false, true}) {
        CAPTURE(protect);
        TempJournal t(protect);
        const QByteArray alexPass = protect ? passOf(kAlex) : QByteArray();
        REQUIRE(t.journal->unlock(kAlex, alexPass));
        const QString id = addEntry(*t.journal, QStringLiteral("shared words"));
        test::editFile(t.path(), "UPDATE partner SET box_public_key=? WHERE name='Sam'", {attackersBoxKey()});
        const QByteArray before = keyState(t.path());

        auto rotated = Secrets(*t.journal, kCheap).rotateKeys(alexPass);
        REQUIRE_FALSE(rotated.has_value());
        if (protect) {
            CHECK(rotated.error().code == ErrorCode::Tampered);
            CHECK(rotated.error().message ==
                  QStringLiteral("The other partner's keys in this file were changed. The keys were not changed."));
        } else {
            // Sam's secrets lie in the clear and no longer match the key:
            // the record check says so before the pins are asked.
            CHECK(rotated.error().message == QStringLiteral("Sam's key record is damaged. The keys were not changed."));
        }
        CHECK(keyState(t.path()) == before);
        CHECK(Entries(*t.journal).get(id)->text == QStringLiteral("shared words"));

        auto reopened = Journal::open(t.path());
        REQUIRE(reopened.has_value());
        auto unlocked = (*reopened)->unlock(kAlex, alexPass);
        REQUIRE_FALSE(unlocked.has_value());
        CHECK(unlocked.error().message == QStringLiteral("The other partner's keys in this file were changed."));
        CHECK_FALSE((*reopened)->isUnlocked());
        CHECK(keyState(t.path()) == before);
    }
}

TEST_CASE("a signing key written into Sam's row with a box key it signed is still refused", "[signing][attack]") {
    TempJournal t(true);
    // The attacker makes a whole key set of their own and signs it, as a
    // rotation by Sam would: the pinned signing key is what tells them apart.
    const auto box = core::crypto::PartnerSecrets::generate();
    const auto sign = core::crypto::SigningKey::generate();
    const QString samUuid =
        QString::fromUtf8(column(t.path(), "SELECT CAST(uuid AS BLOB) FROM partner WHERE name=?", kSam));
    const QByteArray signature =
        sign.sign(core::crypto::partnerKeysMessage(t.journal->journalId(), samUuid, box.boxPublicKey, sign.publicKey));
    test::editFile(t.path(),
                   "UPDATE partner SET box_public_key=?, sign_public_key=?, keys_signature=? WHERE name='Sam'",
                   {box.boxPublicKey, sign.publicKey, signature});
    const QByteArray before = keyState(t.path());
    auto unlocked = t.journal->unlock(kAlex, passOf(kAlex));
    REQUIRE_FALSE(unlocked.has_value());
    CHECK(unlocked.error().message == QStringLiteral("The other partner's keys in this file were changed."));
    CHECK(keyState(t.path()) == before);
}

TEST_CASE("Sam's own rotation, signed with Sam's pinned key, is followed by Alex's unlock and rotation", "[signing]") {
    TempJournal t(true);
    {
        auto sam = t.reopenAs(kSam, passOf(kSam));
        addEntry(*sam, QStringLiteral("from Sam"));
        REQUIRE(Secrets(*sam, kCheap).rotateKeys(passOf(kSam)));
    }
    auto alex = t.reopenAs(kAlex, passOf(kAlex));
    REQUIRE(Secrets(*alex, kCheap).rotateKeys(passOf(kAlex)));
    auto sam = t.reopenAs(kSam, passOf(kSam));
    CHECK(Entries(*sam).list({}).value().size() == 1);
}

TEST_CASE("hole 2: another journal key sealed to Alex's public key is refused right after opening it",
          "[signing][attack]") {
    for (const bool protect : {false, true}) {
        CAPTURE(protect);
        TempJournal t(protect);
        const QByteArray alexBox = column(t.path(), "SELECT box_public_key FROM partner WHERE name=?", kAlex);
        const auto chosen = core::crypto::generateJournalKey();
        auto sealed = core::crypto::sealJournalKey(chosen, alexBox);
        REQUIRE(sealed.has_value());
        test::editFile(t.path(), "UPDATE partner SET journal_key_sealed=? WHERE name='Alex'", {*sealed});
        const QByteArray before = keyState(t.path());
        auto unlocked = t.journal->unlock(kAlex, protect ? passOf(kAlex) : QByteArray());
        REQUIRE_FALSE(unlocked.has_value());
        CHECK(unlocked.error().code == ErrorCode::Tampered);
        CHECK(unlocked.error().message == QStringLiteral("The journal key in this file was replaced (it does not "
                                                         "match its commitment); nothing was written."));
        CHECK_FALSE(t.journal->isUnlocked());
        CHECK(keyState(t.path()) == before);
        if (!protect) {
            // The reader's way in checks the same commitment.
            test::editFile(t.path(), "UPDATE partner SET journal_key_sealed=? WHERE name='Sam'",
                           {*core::crypto::sealJournalKey(
                               chosen, column(t.path(), "SELECT box_public_key FROM partner WHERE name=?", kSam))});
            CHECK_FALSE(t.journal->unlockReader().has_value());
        }
    }
}

TEST_CASE("a commitment rewritten for the attacker's key, without its maker's signature, is refused",
          "[signing][attack]") {
    TempJournal t(true);
    const QByteArray alexBox = column(t.path(), "SELECT box_public_key FROM partner WHERE name=?", kAlex);
    const auto chosen = core::crypto::generateJournalKey();
    test::editFile(t.path(), "UPDATE partner SET journal_key_sealed=? WHERE name='Alex'",
                   {*core::crypto::sealJournalKey(chosen, alexBox)});
    test::editFile(t.path(), "UPDATE meta SET value=? WHERE key='journal_key_commitment'",
                   {QString::fromLatin1(core::crypto::journalKeyCommitment(chosen).toBase64())});
    const QByteArray before = keyState(t.path());
    auto unlocked = t.journal->unlock(kAlex, passOf(kAlex));
    REQUIRE_FALSE(unlocked.has_value());
    CHECK(unlocked.error().code == ErrorCode::Tampered);
    CHECK(keyState(t.path()) == before);
}

TEST_CASE("a partner's signing record removed or moved to the other partner stops their unlock; nothing is written",
          "[signing][attack]") {
    TempJournal t(true);
    const QString alexUuid =
        QString::fromUtf8(column(t.path(), "SELECT CAST(uuid AS BLOB) FROM partner WHERE name=?", kAlex));
    const QString samUuid =
        QString::fromUtf8(column(t.path(), "SELECT CAST(uuid AS BLOB) FROM partner WHERE name=?", kSam));
    const QByteArray samRecord = test::readBlob(t.path(), "SELECT value FROM meta WHERE key=?",
                                                {QString(QStringLiteral("signing_secrets:") + samUuid)});
    test::editFile(t.path(), "UPDATE meta SET value=? WHERE key=?",
                   {QString::fromLatin1(samRecord), QString(QStringLiteral("signing_secrets:") + alexUuid)});
    QByteArray before = keyState(t.path());
    auto moved = t.journal->unlock(kAlex, passOf(kAlex));
    REQUIRE_FALSE(moved.has_value());
    CHECK(moved.error().message == QStringLiteral("Alex's signing key record in this file was altered; nothing was "
                                                  "written."));
    CHECK(keyState(t.path()) == before);

    test::editFile(t.path(), "DELETE FROM meta WHERE key=?", {QString(QStringLiteral("signing_secrets:") + alexUuid)});
    before = keyState(t.path());
    auto removed = t.journal->unlock(kAlex, passOf(kAlex));
    REQUIRE_FALSE(removed.has_value());
    CHECK(removed.error().message == QStringLiteral("Alex's signing key is missing from this file (it was removed or "
                                                    "damaged); nothing was written."));
    CHECK(keyState(t.path()) == before);
}

TEST_CASE("an upgraded journal: each partner's first unlock makes their signing key, then pins the other's",
          "[signing][fixture][migration]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.twofold"));
    REQUIRE(QFile::copy(QStringLiteral(TWOFOLD_FIXTURES_DIR "/journal-v1.twofold"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray alexPass("alex fixture passphrase");
    const QByteArray samPass("sam fixture passphrase");
    const auto unlockAs = [&](const QString& who, const QByteArray& pass) {
        auto journal = Journal::open(path);
        REQUIRE(journal.has_value());
        auto unlocked = (*journal)->unlock(who, pass);
        REQUIRE(unlocked.has_value());
        return std::move(*journal);
    };
    const char* signKeyOf = "SELECT ifnull(sign_public_key, '') FROM partner WHERE name=?";
    {
        auto alex = unlockAs(kAlex, alexPass);
        CHECK(column(path, signKeyOf, kAlex).size() == 32);
        CHECK(column(path, signKeyOf, kSam).isEmpty()); // Sam has not unlocked since the upgrade
        CHECK(test::readBlob(path, "SELECT value FROM meta WHERE key='journal_key_commitment_by'") ==
              column(path, "SELECT CAST(uuid AS BLOB) FROM partner WHERE name=?", kAlex));
    }
    const QByteArray alexKey = column(path, signKeyOf, kAlex);
    unlockAs(kAlex, alexPass); // idempotent: the second unlock changes nothing
    CHECK(column(path, signKeyOf, kAlex) == alexKey);
    unlockAs(kSam, samPass); // Sam's key, and Sam pins Alex's
    CHECK(column(path, signKeyOf, kSam).size() == 32);
    unlockAs(kAlex, alexPass); // Alex pins Sam's now that Sam signed them

    // From here on a box key swapped into Sam's row is caught.
    test::editFile(path, "UPDATE partner SET box_public_key=? WHERE name='Sam'", {attackersBoxKey()});
    auto journal = Journal::open(path);
    REQUIRE(journal.has_value());
    auto unlocked = (*journal)->unlock(kAlex, alexPass);
    REQUIRE_FALSE(unlocked.has_value());
    CHECK(unlocked.error().message == QStringLiteral("The other partner's keys in this file were changed."));
}
