#include "crypto/Sealer.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

#include <cstdlib>

namespace twofold::core::crypto {

namespace {

constexpr unsigned char kFormat1 = 1;
constexpr unsigned char kFormat2 = 2;
constexpr size_t kPadBlock = 64;
constexpr size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr size_t kTagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;

QByteArray associatedData(const SealContext& c, unsigned char format) {
    // Fields are separated by a byte that cannot occur in any of them (UUIDs,
    // identifiers, dates, theme ids) so that no two contexts serialize alike.
    const QChar sep(0x1f);
    QString ad = QStringLiteral("twofold/%1").arg(format) + sep + c.table + sep + c.column + sep + c.rowUuid + sep +
                 c.authorUuid + sep + c.visibility + sep + c.period;
    if (format >= kFormat2) {
        ad += sep + c.subject;
    }
    return ad.toUtf8();
}

} // namespace

QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const SealContext& context) {
    ensureSodium();
    if (key.size() != kKeyBytes) {
        std::abort(); // every key comes from the vault, 32 bytes; never seal with less
    }
    const QByteArray ad = associatedData(context, kFormat2);
    // Pad in an ordinary buffer that is wiped afterwards: the plaintext
    // already lives in ordinary memory (a QString), and sodium_malloc costs
    // two mprotect calls and guard pages per value, which dominates bulk work
    // such as building the search index.
    const size_t maxPadded = static_cast<size_t>(plaintext.size()) + kPadBlock;
    QByteArray padded(static_cast<qsizetype>(maxPadded), Qt::Uninitialized);
    std::copy(plaintext.constBegin(), plaintext.constEnd(), padded.begin());
    size_t paddedLength = 0;
    if (sodium_pad(&paddedLength, reinterpret_cast<unsigned char*>(padded.data()),
                   static_cast<size_t>(plaintext.size()), kPadBlock, maxPadded) != 0) {
        std::abort(); // cannot happen: the buffer always has room for one block
    }
    QByteArray out(static_cast<qsizetype>(1 + kNonceBytes + paddedLength + kTagBytes), Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(out.data());
    bytes[0] = kFormat2;
    unsigned char* nonce = bytes + 1;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long cipherLength = 0;
    const int sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(
        bytes + 1 + kNonceBytes, &cipherLength, reinterpret_cast<const unsigned char*>(padded.constData()),
        paddedLength, reinterpret_cast<const unsigned char*>(ad.constData()),
        static_cast<unsigned long long>(ad.size()), nullptr, nonce, key.data());
    wipe(padded);
    if (sealed != 0) {
        // Fails only for messages beyond 2^38 bytes; never store a half-sealed value.
        sodium_memzero(bytes, static_cast<size_t>(out.size()));
        std::abort();
    }
    return out;
}

int sealFormat(const QByteArray& sealed) {
    if (static_cast<size_t>(sealed.size()) < 1 + kNonceBytes + kTagBytes + kPadBlock) {
        return 0;
    }
    const auto format = static_cast<unsigned char>(sealed[0]);
    return format == kFormat1 || format == kFormat2 ? format : 0;
}

Result<QByteArray> open(const SecretBytes& key, const QByteArray& sealed, const SealContext& context, Format1 format1) {
    ensureSodium();
    const auto tampered = [&] {
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("Sealer", "A sealed value in %1.%2 of %3 cannot be opened: it was "
                                                               "altered, moved, or sealed with another key.")
                             .arg(context.table, context.column, context.rowUuid));
    };
    const int format = sealFormat(sealed);
    if (key.size() != kKeyBytes || format == 0) {
        return tampered();
    }
    // A format-1 value binds no subject: where one matters it could have been
    // moved to another theme or prompt, so it is accepted only until the
    // journal's values are resealed.
    if (format == kFormat1 && !context.subject.isEmpty() && format1 == Format1::Refused) {
        return tampered();
    }
    const QByteArray ad = associatedData(context, static_cast<unsigned char>(format));
    const auto* bytes = reinterpret_cast<const unsigned char*>(sealed.constData());
    const size_t cipherLength = static_cast<size_t>(sealed.size()) - 1 - kNonceBytes;
    // Decrypted straight into the QByteArray that is returned (see seal()).
    QByteArray plain(static_cast<qsizetype>(cipherLength - kTagBytes), Qt::Uninitialized);
    auto* plainBytes = reinterpret_cast<unsigned char*>(plain.data());
    unsigned long long plainLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plainBytes, &plainLength, nullptr, bytes + 1 + kNonceBytes,
                                                   cipherLength, reinterpret_cast<const unsigned char*>(ad.constData()),
                                                   static_cast<unsigned long long>(ad.size()), bytes + 1,
                                                   key.data()) != 0) {
        return tampered();
    }
    size_t unpadded = 0;
    if (sodium_unpad(&unpadded, plainBytes, static_cast<size_t>(plainLength), kPadBlock) != 0) {
        wipe(plain);
        return tampered();
    }
    plain.truncate(static_cast<qsizetype>(unpadded));
    return plain;
}

} // namespace twofold::core::crypto
