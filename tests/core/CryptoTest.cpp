#include "TempJournal.h"
#include "crypto/KeyWrap.h"
#include "crypto/PartnerKeys.h"
#include "crypto/RecoveryCode.h"
#include "crypto/Sealer.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Vault.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <QtEndian>

#include <catch2/catch.hpp>
#include <sodium.h>

#include <chrono>
#include <vector>

using namespace twofold;
using namespace twofold::core::crypto;
using core::ErrorCode;

namespace {
SealContext context(const QString& column = QStringLiteral("body")) {
    return SealContext{QStringLiteral("entry"),
                       column,
                       QStringLiteral("row-1"),
                       QStringLiteral("author-1"),
                       QStringLiteral("shared"),
                       QStringLiteral("2026-11-25"),
                       QString()};
}
} // namespace

TEST_CASE("sealed values round-trip and hide their length to a 64-byte block", "[crypto]") {
    const SecretBytes key = SecretBytes::random(kKeyBytes);
    const QByteArray text = QStringLiteral("Zoë 🌧️ مرحبا 你好").toUtf8();
    const QByteArray sealed = seal(key, text, context());
    CHECK_FALSE(sealed.contains(text));
    auto opened = open(key, sealed, context());
    REQUIRE(opened.has_value());
    CHECK(*opened == text);
    CHECK(seal(key, QByteArray(1, 'a'), context()).size() == seal(key, QByteArray(60, 'a'), context()).size());
    CHECK(seal(key, text, context()) != sealed); // a fresh nonce each time
}

TEST_CASE("a sealed value fails to open with another key, context or a flipped bit", "[crypto]") {
    const SecretBytes key = SecretBytes::random(kKeyBytes);
    const QByteArray sealed = seal(key, "hello", context());
    CHECK(open(SecretBytes::random(kKeyBytes), sealed, context()).error().code == ErrorCode::Tampered);
    CHECK_FALSE(open(key, sealed, context(QStringLiteral("title"))).has_value());
    SealContext moved = context();
    moved.rowUuid = QStringLiteral("row-2");
    CHECK_FALSE(open(key, sealed, moved).has_value());
    SealContext redated = context();
    redated.period = QStringLiteral("2026-11-26");
    CHECK_FALSE(open(key, sealed, redated).has_value());
    for (int i = 0; i < sealed.size(); i += 7) {
        QByteArray flipped = sealed;
        flipped[i] = static_cast<char>(flipped[i] ^ 0x01);
        CHECK_FALSE(open(key, flipped, context()).has_value());
    }
    CHECK_FALSE(open(key, QByteArray(), context()).has_value());
}

TEST_CASE("a passphrase wrap opens only with the passphrase, and damage is told from a wrong passphrase", "[crypto]") {
    const SecretBytes secrets = SecretBytes::random(64);
    const QByteArray record = wrapWithPassphrase(secrets, "correct horse", KdfLimits::minimum());
    auto ok = unwrapWithPassphrase(record, "correct horse");
    REQUIRE(ok.has_value());
    CHECK(std::equal(ok->data(), ok->data() + 64, secrets.data()));
    CHECK(unwrapWithPassphrase(record, "wrong horse").error().code == ErrorCode::WrongPassphrase);
    QByteArray damaged = record;
    damaged[40] = static_cast<char>(damaged[40] ^ 0x10);
    CHECK(unwrapWithPassphrase(damaged, "correct horse").error().code == ErrorCode::Corrupt);
    CHECK(unwrapWithPassphrase(QByteArray("short"), "x").error().code == ErrorCode::Corrupt);
}

TEST_CASE("key-derivation parameters outside safe bounds are refused before the KDF runs", "[crypto]") {
    const SecretBytes secrets = SecretBytes::random(64);
    // A crafted record asking for 64 GiB of memory, with a valid checksum.
    QByteArray record = wrapWithPassphrase(secrets, "pw", KdfLimits::minimum());
    qToBigEndian<quint64>(64ull * 1024 * 1024 * 1024, record.data() + 13);
    const int body = static_cast<int>(record.size()) - 32;
    crypto_generichash(reinterpret_cast<unsigned char*>(record.data()) + body, 32,
                       reinterpret_cast<const unsigned char*>(record.constData()), static_cast<size_t>(body), nullptr,
                       0);
    auto result = unwrapWithPassphrase(record, "pw");
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Corrupt);
    CHECK(result.error().message.contains(QStringLiteral("safe bounds")));
}

namespace {
// A passphrase record whose Argon2 parameters were rewritten, with a valid checksum.
QByteArray craftedWrap(quint64 ops, quint64 mem) {
    QByteArray record = wrapWithPassphrase(SecretBytes::random(64), "pw", KdfLimits::minimum());
    qToBigEndian<quint64>(ops, record.data() + 5);
    qToBigEndian<quint64>(mem, record.data() + 13);
    const int body = static_cast<int>(record.size()) - 32;
    crypto_generichash(reinterpret_cast<unsigned char*>(record.data()) + body, 32,
                       reinterpret_cast<const unsigned char*>(record.constData()), static_cast<size_t>(body), nullptr,
                       0);
    return record;
}
} // namespace

TEST_CASE("Argon2 cost is capped at 4 x MODERATE (ops x memory) before the KDF runs", "[crypto]") {
    const quint64 moderateOps = crypto_pwhash_OPSLIMIT_MODERATE;
    const quint64 moderateMem = crypto_pwhash_MEMLIMIT_MODERATE;
    const quint64 gib = 1024ull * 1024 * 1024;
    // 4 passes over 1 GiB: each parameter is within its own bound, the product is not.
    REQUIRE(4 * gib > 4 * moderateOps * moderateMem);
    const auto started = std::chrono::steady_clock::now();
    auto crafted = unwrapWithPassphrase(craftedWrap(4, gib), "pw");
    const auto elapsed = std::chrono::steady_clock::now() - started;
    REQUIRE_FALSE(crafted.has_value());
    CHECK(crafted.error().code == ErrorCode::Corrupt);
    CHECK(crafted.error().message.contains(QStringLiteral("safe bounds")));
    CHECK(elapsed < std::chrono::milliseconds(200)); // refused without running the KDF
    CHECK_FALSE(wrapLimits(craftedWrap(4, gib)).has_value());
    CHECK_FALSE(checkPassphraseWrap(craftedWrap(20, moderateMem)));
    CHECK_FALSE(checkKdfLimits({4, gib}));
    CHECK_FALSE(checkKdfLimits({4 * moderateOps, moderateMem + 1}));
    CHECK_FALSE(checkKdfLimits({moderateOps, 4 * moderateMem + 1024}));
    // MODERATE, and exactly four times it (in passes or in memory), pass the bounds.
    CHECK(checkKdfLimits(KdfLimits::moderate()));
    CHECK(checkKdfLimits({4 * moderateOps, moderateMem}));
    CHECK(checkKdfLimits({moderateOps, 4 * moderateMem}));
    CHECK_FALSE(checkKdfLimits({3 * moderateOps, gib})); // 9 GiB-passes against a cap of 3
    CHECK(checkKdfLimits(KdfLimits::minimum()));
    CHECK(wrapLimits(craftedWrap(4 * moderateOps, moderateMem)).has_value());
}

TEST_CASE("the journal key is never sealed to a zero or low-order public key", "[crypto]") {
    const SecretBytes journalKey = generateJournalKey();
    // The all-zero point and the other points of small order on Curve25519
    // (from libsodium's own blacklist), and a key of the wrong size.
    const std::vector<QByteArray> bad = {
        QByteArray(32, '\0'),
        QByteArray::fromHex("0100000000000000000000000000000000000000000000000000000000000000"),
        QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        QByteArray::fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
        QByteArray::fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
        QByteArray(31, '\x09'),
    };
    for (const QByteArray& key : bad) {
        CAPTURE(key.toHex().toStdString());
        CHECK_FALSE(isUsableBoxPublicKey(key));
        auto sealed = sealJournalKey(journalKey, key);
        REQUIRE_FALSE(sealed.has_value());
        CHECK(sealed.error().code == ErrorCode::Corrupt);
        CHECK(sealed.error().message.contains(QStringLiteral("not a usable key")));
    }
    CHECK(isUsableBoxPublicKey(PartnerSecrets::generate().boxPublicKey));
}

TEST_CASE("recovery codes carry 140 bits, check each group and forgive look-alikes", "[crypto]") {
    const QString code = RecoveryCode::generate();
    CHECK(code.size() == 7 * 5 + 6);
    CHECK(RecoveryCode::looksLikeCode(code));
    auto normalized = RecoveryCode::normalize(code.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    REQUIRE(normalized.has_value());
    CHECK(normalized->size() == 28);
    CHECK(RecoveryCode::generate() != code);
    // Change one data character of group 3: its check character catches it.
    QString typo = code;
    const int at = 2 * 6 + 1;
    typo[at] = typo[at] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    auto wrong = RecoveryCode::normalize(typo);
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().message.contains(QStringLiteral("Group 3")));
    CHECK_FALSE(RecoveryCode::looksLikeCode(QStringLiteral("correct horse battery staple")));
}

namespace {

QString compactCode(const QString& code) {
    QString out = code;
    return out.remove(QLatin1Char('-'));
}

} // namespace

TEST_CASE("a recovery code with any one character mistyped or two neighbours swapped is refused before key work",
          "[crypto]") {
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    // Many codes, so that every data value meets every position and neighbour.
    for (int sample = 0; sample < 200; ++sample) {
        const QString code = compactCode(RecoveryCode::generate());
        REQUIRE(code.size() == 35);
        REQUIRE(RecoveryCode::normalize(code).has_value());
        for (int at = 0; at < code.size(); ++at) {
            for (const QChar replacement : alphabet) {
                if (replacement == code[at]) {
                    continue;
                }
                QString typo = code;
                typo[at] = replacement;
                const auto refused = RecoveryCode::normalize(typo);
                INFO(typo.toStdString());
                REQUIRE_FALSE(refused.has_value());
                CHECK(refused.error().message.contains(QStringLiteral("Group %1").arg(at / 5 + 1)));
            }
        }
        for (int at = 0; at + 1 < code.size(); ++at) {
            if (code[at] == code[at + 1]) {
                continue; // swapping equal characters is no typo
            }
            QString swapped = code;
            std::swap(swapped[at], swapped[at + 1]);
            INFO(swapped.toStdString());
            REQUIRE_FALSE(RecoveryCode::normalize(swapped).has_value());
        }
    }
}

TEST_CASE("the older check's blind spot (0 for 8 in a group's third place) is caught in new codes", "[crypto]") {
    for (int sample = 0; sample < 200; ++sample) {
        QString code = RecoveryCode::generate();
        const QChar third = code[2];
        code[2] = third == QLatin1Char('0') ? QLatin1Char('8') : third == QLatin1Char('8') ? QLatin1Char('0') : third;
        if (code[2] != third) {
            CHECK_FALSE(RecoveryCode::normalize(code).has_value());
        }
    }
}

TEST_CASE("recovery codes issued before the new check still open", "[crypto]") {
    // The codes printed for tests/fixtures/journal-v1.twofold with the older check.
    for (const char* code :
         {"H0F1C-2DD7G-4BPDQ-11QZC-3674Q-9V529-WN5Q7", "5B17S-N32T1-FPPZA-VX469-TQVDH-14SB1-P60XT"}) {
        const auto normalized = RecoveryCode::normalize(QString::fromLatin1(code));
        REQUIRE(normalized.has_value());
        QByteArray data;
        const QString compact = compactCode(QString::fromLatin1(code));
        for (int at = 0; at < compact.size(); ++at) {
            if (at % 5 != 4) {
                data.append(compact[at].toLatin1());
            }
        }
        CHECK(*normalized == data);
    }
}

TEST_CASE("the journal key opens only for its partner", "[crypto]") {
    const PartnerSecrets alex = PartnerSecrets::generate();
    const PartnerSecrets sam = PartnerSecrets::generate();
    const SecretBytes journalKey = generateJournalKey();
    const auto forAlex = sealJournalKey(journalKey, alex.boxPublicKey);
    REQUIRE(forAlex.has_value());
    REQUIRE(openJournalKey(*forAlex, alex).has_value());
    CHECK_FALSE(openJournalKey(*forAlex, sam).has_value());
    auto roundTrip = PartnerSecrets::deserialize(alex.boxPublicKey, alex.serialize());
    REQUIRE(roundTrip.has_value());
    CHECK_FALSE(PartnerSecrets::deserialize(sam.boxPublicKey, alex.serialize()).has_value());
}

TEST_CASE("unlock: right passphrase, wrong passphrase, recovery code", "[crypto][journal]") {
    test::TempJournal t(true);
    auto journal = core::Journal::open(t.path());
    REQUIRE(journal.has_value());
    auto wrong = (*journal)->unlock(QStringLiteral("alex"), "not it");
    REQUIRE_FALSE(wrong.has_value());
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK_FALSE((*journal)->isUnlocked());
    auto missing = (*journal)->unlock(QStringLiteral("alex"), {});
    CHECK(missing.error().code == ErrorCode::WrongPassphrase);
    REQUIRE((*journal)->unlock(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex"))));
    CHECK((*journal)->actingPartner()->name == QStringLiteral("Alex"));
    CHECK_FALSE((*journal)->unlockedWithRecoveryCode());
    REQUIRE((*journal)->unlock(QStringLiteral("Sam"), t.recoveryCodes.value(QStringLiteral("Sam")).toUtf8()));
    CHECK((*journal)->unlockedWithRecoveryCode());
    // Alex's code does not open Sam.
    CHECK_FALSE((*journal)->unlock(QStringLiteral("Sam"), t.recoveryCodes.value(QStringLiteral("Alex")).toUtf8()));
    (*journal)->lock();
    CHECK_FALSE((*journal)->isUnlocked());
    CHECK((*journal)->unlockReader().error().code == ErrorCode::Locked);
}

TEST_CASE("a private entry cannot be read from the file by the other partner's keys", "[crypto][privacy]") {
    test::TempJournal t(true);
    REQUIRE(t.journal->unlock(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam"))));
    core::EntryInput input;
    input.text = QStringLiteral("the surprise party plan");
    input.visibility = core::Visibility::Private;
    auto added = core::Entries(*t.journal).add(input);
    REQUIRE(added.has_value());
    // Nothing of the plaintext is in the file.
    internals(*t.journal).database().checkpointTruncate();
    QFile file(t.path());
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("surprise party"));
    // Alex's keys fail on the sealed body read straight from the file, even
    // bypassing the use case's permission check.
    auto alex = t.reopenAs(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex")));
    core::storage::Statement s(internals(*alex).database(), "SELECT body, uuid, day FROM entry");
    REQUIRE(s.step());
    const SealContext ctx{QStringLiteral("entry"),
                          QStringLiteral("body"),
                          s.text(1),
                          added->authorId,
                          QStringLiteral("private"),
                          s.text(2),
                          QString()};
    CHECK_FALSE(open(internals(*alex).vault().journalKey(), s.blob(0), ctx).has_value());
    CHECK_FALSE(open(internals(*alex).vault().secrets()->privateKey, s.blob(0), ctx).has_value());
    CHECK(core::Entries(*alex).get(added->id).error().code == ErrorCode::NotFound);
}

TEST_CASE("SecretBytes::equals compares size and every byte", "[crypto]") {
    const SecretBytes a = SecretBytes::random(32);
    CHECK(a.equals(a.clone()));
    for (size_t i = 0; i < a.size(); ++i) {
        SecretBytes b = a.clone();
        b.data()[i] ^= 0x01;
        CHECK_FALSE(a.equals(b));
    }
    CHECK_FALSE(a.equals(SecretBytes::copyOf(a.data(), 31)));
    CHECK(SecretBytes().equals(SecretBytes()));
}
