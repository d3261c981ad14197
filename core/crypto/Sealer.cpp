#include "crypto/Sealer.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <vector>

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
    // Pad in an ordinary buffer, wiped afterwards. Not sodium_malloc: the
    // plaintext already lives in ordinary memory, and guarded pages (mmap,
    // mprotect, mlock per value) would make sealing and opening thousands of
    // values — saving, search indexing, rotation — many times slower.
    const size_t maxPadded = static_cast<size_t>(plaintext.size()) + kPadBlock;
    std::vector<unsigned char> padded(maxPadded);
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
    sodium_memzero(padded.data(), padded.size());
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
    // Decrypted straight into the result (see seal() on guarded memory);
    // what is cut off after unpadding is only padding.
    QByteArray padded(static_cast<qsizetype>(cipherLength - kTagBytes), Qt::Uninitialized);
    auto* plain = reinterpret_cast<unsigned char*>(padded.data());
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain, &plainLength, nullptr, bytes + 1 + kNonceBytes, cipherLength,
                                                   reinterpret_cast<const unsigned char*>(ad.constData()),
                                                   static_cast<unsigned long long>(ad.size()), bytes + 1,
                                                   key.data()) != 0) {
        return tampered();
    }
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, plain, static_cast<size_t>(plainLength), kPadBlock) != 0) {
        return tampered();
    }
    padded.truncate(static_cast<qsizetype>(unpadded));
    return padded;
}

} // namespace twofold::core::crypto
