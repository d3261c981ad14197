#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace twofold::core::crypto {

// A partner's Ed25519 key pair (crypto_sign), kept as its 32-byte seed: the
// 64-byte secret key libsodium signs with is derived from it when needed.
struct SigningKey {
    SecretBytes seed;
    QByteArray publicKey;

    static SigningKey generate();
    // Corrupt when the seed is not 32 bytes.
    static Result<SigningKey> fromSeed(const SecretBytes& seed);
    SigningKey clone() const { return SigningKey{seed.clone(), publicKey}; }

    // A detached 64-byte signature.
    QByteArray sign(const QByteArray& message) const;
};

// Whether `signature` is `publicKey`'s detached signature of `message`.
// False for a public key or signature of the wrong size.
bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

// Length-prefixed fields (4-byte big-endian length, then the bytes), so that
// no two lists of fields encode alike whatever bytes they hold.
class CanonicalWriter {
public:
    explicit CanonicalWriter(const char* domainTag) { add(QByteArray(domainTag)); }
    CanonicalWriter& add(const QByteArray& field);
    CanonicalWriter& add(const QString& field) { return add(field.toUtf8()); }
    CanonicalWriter& add(qint64 number);
    const QByteArray& bytes() const { return m_bytes; }
    // Wipes what was written (the message may hold plaintext).
    void wipe();

private:
    QByteArray m_bytes;
};

// What a partner's keys_signature signs: the journal, the partner and both
// their public keys. The other partner checks it with the signing key they
// pinned, which is how a changed box key is told from a rotation.
QByteArray partnerKeysMessage(const QString& journalId, const QString& partnerUuid, const QByteArray& boxPublicKey,
                              const QByteArray& signPublicKey);

// What a partner's old signing key signs when their rotation replaces it:
// the journal, the partner, the old key and the new. The other partner's
// pin follows such a statement, one rotation at a time, and nothing else.
QByteArray signingKeySuccessionMessage(const QString& journalId, const QString& partnerUuid, const QByteArray& oldKey,
                                       const QByteArray& newKey);

// The journal key commitment: BLAKE2b-256 keyed with the journal key over a
// fixed context. Says nothing about the key to someone without it, and no
// other key gives the same id.
QByteArray journalKeyCommitment(const SecretBytes& journalKey);
// Whether `stored` is `journalKey`'s commitment, compared in constant time.
bool commitmentMatches(const SecretBytes& journalKey, const QByteArray& stored);
// What the maker of the journal key signs: the journal and the commitment.
QByteArray commitmentMessage(const QString& journalId, const QByteArray& commitment);

} // namespace twofold::core::crypto
