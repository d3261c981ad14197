#include "crypto/SigningSecrets.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace twofold::core::crypto {

namespace {

constexpr char kVersion = 1;
constexpr int kSeed = crypto_sign_SEEDBYTES;
constexpr int kBox = crypto_box_PUBLICKEYBYTES;
constexpr int kSign = crypto_sign_PUBLICKEYBYTES;
constexpr int kSize = 1 + kSeed + 1 + kBox + kSign;

} // namespace

QByteArray serializeSigningSecrets(const SigningSecrets& secrets) {
    QByteArray bytes;
    bytes.reserve(kSize);
    bytes.append(kVersion);
    bytes.append(reinterpret_cast<const char*>(secrets.key.seed.data()),
                 static_cast<qsizetype>(secrets.key.seed.size()));
    const bool pinned = secrets.other.isSet();
    bytes.append(static_cast<char>((pinned ? 1 : 0) | (secrets.rowsSigned ? 2 : 0)));
    bytes.append(pinned ? secrets.other.boxPublicKey : QByteArray(kBox, '\0'));
    bytes.append(pinned ? secrets.other.signPublicKey : QByteArray(kSign, '\0'));
    return bytes;
}

Result<SigningSecrets> parseSigningSecrets(const QByteArray& bytes) {
    const Error damaged =
        makeError(ErrorCode::Corrupt,
                  QCoreApplication::translate("SigningSecrets", "A partner's signing key record is damaged."));
    const auto flags = static_cast<unsigned char>(bytes.size() == kSize ? bytes[1 + kSeed] : 0);
    if (bytes.size() != kSize || bytes[0] != kVersion || flags > 3) {
        return damaged;
    }
    auto key =
        SigningKey::fromSeed(SecretBytes::copyOf(reinterpret_cast<const unsigned char*>(bytes.constData()) + 1, kSeed));
    if (!key) {
        return damaged;
    }
    SigningSecrets secrets{std::move(*key), {}, (flags & 2) != 0};
    if ((flags & 1) != 0) {
        secrets.other.boxPublicKey = bytes.mid(2 + kSeed, kBox);
        secrets.other.signPublicKey = bytes.mid(2 + kSeed + kBox, kSign);
    }
    return secrets;
}

} // namespace twofold::core::crypto
