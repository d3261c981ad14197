#include "crypto/PartnerKeys.h"

#include "crypto/Sealer.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdlib>
#include <cstring>

namespace twofold::core::crypto {

PartnerSecrets PartnerSecrets::generate() {
    ensureSodium();
    PartnerSecrets secrets;
    secrets.boxPublicKey = QByteArray(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    secrets.boxSecretKey = SecretBytes(crypto_box_SECRETKEYBYTES);
    if (crypto_box_keypair(reinterpret_cast<unsigned char*>(secrets.boxPublicKey.data()),
                           secrets.boxSecretKey.data()) != 0) {
        std::abort(); // libsodium's key generation has no failure path; never continue with a half-made key
    }
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
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("PartnerKeys", "A partner's key record is damaged."));
    }
    PartnerSecrets secrets;
    secrets.boxPublicKey = publicKey;
    secrets.boxSecretKey = SecretBytes::copyOf(bytes.data(), crypto_box_SECRETKEYBYTES);
    secrets.privateKey = SecretBytes::copyOf(bytes.data() + crypto_box_SECRETKEYBYTES, kKeyBytes);
    // The stored public key must belong to the secret key, or someone swapped it.
    unsigned char derived[crypto_box_PUBLICKEYBYTES];
    const int derivedOk = crypto_scalarmult_base(derived, secrets.boxSecretKey.data());
    const bool matches =
        derivedOk == 0 && sodium_memcmp(derived, publicKey.constData(), crypto_box_PUBLICKEYBYTES) == 0;
    sodium_memzero(derived, sizeof derived);
    if (!matches) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("PartnerKeys", "A partner's keys do not match each other."));
    }
    return secrets;
}

SecretBytes generateJournalKey() {
    return SecretBytes::random(kKeyBytes);
}

bool isUsableBoxPublicKey(const QByteArray& boxPublicKey) {
    ensureSodium();
    if (static_cast<size_t>(boxPublicKey.size()) != crypto_box_PUBLICKEYBYTES) {
        return false;
    }
    const auto* key = reinterpret_cast<const unsigned char*>(boxPublicKey.constData());
    if (sodium_is_zero(key, crypto_box_PUBLICKEYBYTES)) {
        return false;
    }
    // X25519 clamps every scalar to a multiple of the cofactor, so a point of
    // low order (or one that is not on the curve's useful subgroup) gives the
    // all-zero shared secret, which crypto_scalarmult reports as failure.
    const SecretBytes scalar = SecretBytes::random(crypto_scalarmult_SCALARBYTES);
    unsigned char shared[crypto_scalarmult_BYTES];
    const bool usable = crypto_scalarmult(shared, scalar.data(), key) == 0;
    sodium_memzero(shared, sizeof shared);
    return usable;
}

Result<QByteArray> sealJournalKey(const SecretBytes& journalKey, const QByteArray& boxPublicKey) {
    ensureSodium();
    const Error unusable = makeError(
        ErrorCode::Corrupt, QCoreApplication::translate("PartnerKeys", "A partner's public key in the journal is not a "
                                                                       "usable key (it was damaged or replaced), so "
                                                                       "nothing was written."));
    if (journalKey.size() != kKeyBytes || !isUsableBoxPublicKey(boxPublicKey)) {
        return unusable;
    }
    QByteArray sealed(static_cast<qsizetype>(crypto_box_SEALBYTES + journalKey.size()), Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), journalKey.data(), journalKey.size(),
                        reinterpret_cast<const unsigned char*>(boxPublicKey.constData())) != 0) {
        sodium_memzero(sealed.data(), static_cast<size_t>(sealed.size()));
        return unusable;
    }
    return sealed;
}

Result<SecretBytes> openJournalKey(const QByteArray& sealed, const PartnerSecrets& secrets) {
    ensureSodium();
    if (static_cast<size_t>(sealed.size()) != crypto_box_SEALBYTES + kKeyBytes) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("PartnerKeys", "The journal key record is damaged."));
    }
    SecretBytes key(kKeyBytes);
    if (crypto_box_seal_open(key.data(), reinterpret_cast<const unsigned char*>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char*>(secrets.boxPublicKey.constData()),
                             secrets.boxSecretKey.data()) != 0) {
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate(
                                                 "PartnerKeys", "The journal key record is damaged or was replaced."));
    }
    return key;
}

} // namespace twofold::core::crypto
