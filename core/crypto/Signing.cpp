#include "crypto/Signing.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <cstdlib>

namespace twofold::core::crypto {

namespace {

constexpr char kCommitmentContext[] = "twofold journal key commitment 1";

} // namespace

SigningKey SigningKey::generate() {
    ensureSodium();
    auto key = fromSeed(SecretBytes::random(crypto_sign_SEEDBYTES));
    if (!key) {
        std::abort(); // a fresh seed always has the right size
    }
    return std::move(*key);
}

Result<SigningKey> SigningKey::fromSeed(const SecretBytes& seed) {
    ensureSodium();
    if (seed.size() != crypto_sign_SEEDBYTES) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Signing", "A partner's signing key is damaged."));
    }
    SigningKey key;
    key.seed = seed.clone();
    key.publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    if (crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(key.publicKey.data()), secret.data(), seed.data()) !=
        0) {
        std::abort(); // fixed, valid sizes: libsodium has no failure path here
    }
    return key;
}

QByteArray SigningKey::sign(const QByteArray& message) const {
    ensureSodium();
    SecretBytes secret(crypto_sign_SECRETKEYBYTES);
    unsigned char publicKeyBytes[crypto_sign_PUBLICKEYBYTES];
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (seed.size() != crypto_sign_SEEDBYTES ||
        crypto_sign_seed_keypair(publicKeyBytes, secret.data(), seed.data()) != 0 ||
        crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(message.constData()),
                             static_cast<unsigned long long>(message.size()), secret.data()) != 0) {
        std::abort(); // a signing key always comes from fromSeed/generate; never return a half-made signature
    }
    return signature;
}

bool verifySignature(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    ensureSodium();
    if (static_cast<size_t>(publicKey.size()) != crypto_sign_PUBLICKEYBYTES ||
        static_cast<size_t>(signature.size()) != crypto_sign_BYTES) {
        return false;
    }
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       static_cast<unsigned long long>(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData())) == 0;
}

CanonicalWriter& CanonicalWriter::add(const QByteArray& field) {
    unsigned char length[4];
    qToBigEndian<quint32>(static_cast<quint32>(field.size()), length);
    m_bytes.append(reinterpret_cast<const char*>(length), 4);
    m_bytes.append(field);
    return *this;
}

CanonicalWriter& CanonicalWriter::add(qint64 number) {
    unsigned char bytes[8];
    qToBigEndian<qint64>(number, bytes);
    return add(QByteArray(reinterpret_cast<const char*>(bytes), 8));
}

void CanonicalWriter::wipe() {
    crypto::wipe(m_bytes);
    m_bytes.clear();
}

QByteArray partnerKeysMessage(const QString& journalId, const QString& partnerUuid, const QByteArray& boxPublicKey,
                              const QByteArray& signPublicKey) {
    return CanonicalWriter("twofold/partner-keys/1")
        .add(journalId)
        .add(partnerUuid)
        .add(boxPublicKey)
        .add(signPublicKey)
        .bytes();
}

QByteArray signingKeySuccessionMessage(const QString& journalId, const QString& partnerUuid, const QByteArray& oldKey,
                                       const QByteArray& newKey) {
    return CanonicalWriter("twofold/signing-key-succession/1")
        .add(journalId)
        .add(partnerUuid)
        .add(oldKey)
        .add(newKey)
        .bytes();
}

QByteArray journalKeyCommitment(const SecretBytes& journalKey) {
    ensureSodium();
    QByteArray id(crypto_generichash_BYTES, Qt::Uninitialized);
    if (journalKey.size() < crypto_generichash_KEYBYTES_MIN || journalKey.size() > crypto_generichash_KEYBYTES_MAX ||
        crypto_generichash(reinterpret_cast<unsigned char*>(id.data()), static_cast<size_t>(id.size()),
                           reinterpret_cast<const unsigned char*>(kCommitmentContext), sizeof kCommitmentContext - 1,
                           journalKey.data(), journalKey.size()) != 0) {
        std::abort(); // the journal key is always 32 bytes
    }
    return id;
}

bool commitmentMatches(const SecretBytes& journalKey, const QByteArray& stored) {
    const QByteArray expected = journalKeyCommitment(journalKey);
    return stored.size() == expected.size() &&
           sodium_memcmp(stored.constData(), expected.constData(), static_cast<size_t>(expected.size())) == 0;
}

QByteArray commitmentMessage(const QString& journalId, const QByteArray& commitment) {
    return CanonicalWriter("twofold/journal-key-commitment/1").add(journalId).add(commitment).bytes();
}

} // namespace twofold::core::crypto
