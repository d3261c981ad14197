#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

namespace twofold::core::crypto {

// A partner's secrets: an X25519 box key pair (to receive the journal key)
// and a random key for their private writing.
struct PartnerSecrets {
    QByteArray boxPublicKey;
    SecretBytes boxSecretKey;
    SecretBytes privateKey;

    static PartnerSecrets generate();
    // The 64 bytes that are wrapped by passphrase and recovery code:
    // box secret key | private-content key.
    SecretBytes serialize() const;
    static Result<PartnerSecrets> deserialize(const QByteArray& publicKey, const SecretBytes& bytes);
};

SecretBytes generateJournalKey();

// crypto_box_seal: anyone with the public key can seal, only the holder of
// the secret key can open. Used to hand the journal key to each partner.
// Refuses (one sentence, nothing produced) a public key that is not 32 bytes,
// is all zero or is of low order: sealing to such a key would hand the
// journal key to anyone, or fail inside libsodium.
Result<QByteArray> sealJournalKey(const SecretBytes& journalKey, const QByteArray& boxPublicKey);
// A 32-byte X25519 public key that is not zero and not of low order.
bool isUsableBoxPublicKey(const QByteArray& boxPublicKey);
Result<SecretBytes> openJournalKey(const QByteArray& sealed, const PartnerSecrets& secrets);

} // namespace twofold::core::crypto
