#include "crypto/PartnerKeys.h"

#include "crypto/Sealer.h"
#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstring>

namespace twofold::core::crypto {

PartnerSecrets PartnerSecrets::generate() {
    ensureSodium();
    PartnerSecrets secrets;
    secrets.boxPublicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    secrets.boxSecretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(reinterpret_cast<unsigned char*>(secrets.boxPublicKey.data()), secrets.boxSecretKey.data());
    secrets.privateKey = SecretBytes::random(kKeyBytes);
    return secrets;
}

SecretBytes PartnerSecrets::serialize() const {
    SecretBytes bytes(crypto_box_SECRETKEYBYTES + kKeyBytes);
    std::memcpy(bytes.data(), boxSecretKey.data(), crypto_box_SECRETKEYBYTES);
    std::memcpy(bytes.data() + crypto_box_SECRETKEYBYTES, privateKey.data(), kKeyBytes);
    return bytes;
}

Result<PartnerSecrets> PartnerSecrets::deserialize(const QByteArray& publicKey, const SecretBytes& bytes) {
    ensureSodium();
    if (bytes.size() != crypto_box_SECRETKEYBYTES + kKeyBytes || publicKey.size() != crypto_box_PUBLICKEYBYTES) {
        return makeError(ErrorCode::Corrupt, QStringLiteral("A partner's key record is damaged."));
    }
    PartnerSecrets secrets;
    secrets.boxPublicKey = publicKey;
    secrets.boxSecretKey = SecretBytes::copyOf(bytes.data(), crypto_box_SECRETKEYBYTES);
    secrets.privateKey = SecretBytes::copyOf(bytes.data() + crypto_box_SECRETKEYBYTES, kKeyBytes);
    // The stored public key must belong to the secret key, or someone swapped it.
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    crypto_scalarmult_base(derived, secrets.boxSecretKey.data());
    if (sodium_memcmp(derived, publicKey.constData(), crypto_box_PUBLICKEYBYTES) != 0) {
        return makeError(ErrorCode::Corrupt, QStringLiteral("A partner's keys do not match each other."));
    }
    return secrets;
}

SecretBytes generateJournalKey() {
    return SecretBytes::random(kKeyBytes);
}

QByteArray sealJournalKey(const SecretBytes& journalKey, const QByteArray& boxPublicKey) {
    ensureSodium();
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES + journalKey.size()), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), journalKey.data(), journalKey.size(),
                    reinterpret_cast<const unsigned char*>(boxPublicKey.constData()));
    return sealed;
}

Result<SecretBytes> openJournalKey(const QByteArray& sealed, const PartnerSecrets& secrets) {
    ensureSodium();
    if (static_cast<size_t>(sealed.size()) != crypto_box_SEALBYTES + kKeyBytes) {
        return makeError(ErrorCode::Corrupt, QStringLiteral("The journal key record is damaged."));
    }
    SecretBytes key(kKeyBytes);
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(secrets.boxPublicKey.constData()),
                             secrets.boxSecretKey.data()) != 0) {
        return makeError(ErrorCode::Corrupt, QStringLiteral("The journal key record is damaged or was replaced."));
    }
    return key;
}

} // namespace twofold::core::crypto
