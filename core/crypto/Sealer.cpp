#include "crypto/Sealer.h"

#include "crypto/Sodium.h"

#include <sodium.h>

namespace twofold::core::crypto {

namespace {

constexpr unsigned char kSealVersion = 1;
constexpr size_t kPadBlock = 64;
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray associatedData(const SealContext& c) {
    // Fields are separated by a byte that cannot occur in any of them (UUIDs,
    // identifiers, dates) so that no two contexts serialize alike.
    const QChar sep(0x1f);
    return (QStringLiteral("twofold/1") + sep + c.table + sep + c.column + sep + c.rowUuid + sep + c.authorUuid + sep +
            c.visibility + sep + c.period)
        .toUtf8();
}

} // namespace

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const SealContext& context) {
    ensureSodium();
    const QByteArray ad = associatedData(context);
    // Pad in a guarded buffer so the padded plaintext copy is wiped afterwards.
    const size_t maxPadded = static_cast<size_t>(plaintext.size()) + kPadBlock;
    SecretBytes padded(maxPadded);
    std::copy(plaintext.constBegin(), plaintext.constEnd(), padded.data());
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, padded.data(), static_cast<size_t>(plaintext.size()), kPadBlock, maxPadded) != 0) {
        std::abort(); // cannot happen: the buffer always has room for one block
    }
    QByteArray out(static_cast<qsizetype>(1 + kNonceBytes + paddedLength + kTagBytes), Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    bytes[0] = kSealVersion;
    unsigned char* nonce = bytes + 1;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes + 1 + kNonceBytes, &cipherLength, padded.data(), paddedLength,
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.data());
    return out;
}

Result<QByteArray> open(const SecretBytes& key, const QByteArray& sealed, const SealContext& context) {
    ensureSodium();
    const auto tampered = [&] {
        return makeError(ErrorCode::Tampered, QStringLiteral("A sealed value in %1.%2 of %3 cannot be opened: it was "
                                                             "altered, moved, or sealed with another key.")
                                                  .arg(context.table, context.column, context.rowUuid));
    };
    if (key.size() != kKeyBytes || static_cast<size_t>(sealed.size()) < 1 + kNonceBytes + kTagBytes + kPadBlock ||
        static_cast<unsigned char>(sealed[0]) != kSealVersion) {
        return tampered();
    }
    const QByteArray ad = associatedData(context);
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.constData());
    const size_t cipherLength = static_cast<size_t>(sealed.size()) - 1 - kNonceBytes;
    SecretBytes padded(cipherLength - kTagBytes);
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(padded.data(), &plainLength, nullptr, bytes + 1 + kNonceBytes,
                                                   cipherLength, reinterpret_cast<const unsigned char*>(ad.constData()),
                                                   static_cast<unsigned long long>(ad.size()), bytes + 1,
                                                   key.data()) != 0) {
        return tampered();
    }
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, padded.data(), static_cast<size_t>(plainLength), kPadBlock) != 0) {
        return tampered();
    }
    return QByteArray(reinterpret_cast<const char*>(padded.data()), static_cast<qsizetype>(unpadded));
}

} // namespace twofold::core::crypto
