#include "crypto/KeyWrap.h"

#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <cstdlib>
#include <cstring>

namespace twofold::core::crypto {

namespace {

constexpr char kMagic[4] = {'T', 'F', 'W', '1'};
constexpr unsigned char kKindPassphrase = 1;
constexpr unsigned char kKindRecovery = 2;
constexpr size_t kSaltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr size_t kNonceBytes = crypto_secretbox_NONCEBYTES;
constexpr size_t kHeaderBytes = 4 + 1 + 8 + 8 + kSaltBytes + kNonceBytes;
constexpr size_t kChecksumBytes = 32;

// Bounds that a file may ask for: anything outside is refused before the KDF
// runs, so a crafted file can neither hang nor exhaust the machine. The
// per-parameter maxima keep the product below from overflowing.
constexpr std::uint64_t kMaxOps = 20;
constexpr std::uint64_t kMaxMem = 1024ull * 1024 * 1024;
constexpr std::uint64_t kMaxCost =
    4ull * crypto_pwhash_OPSLIMIT_MODERATE * static_cast<std::uint64_t>(crypto_pwhash_MEMLIMIT_MODERATE);

struct Header {
    unsigned char kind = 0;
    KdfLimits limits;
    const unsigned char* salt = nullptr;
    const unsigned char* nonce = nullptr;
    const unsigned char* cipher = nullptr;
    size_t cipherLength = 0;
};

Error corrupt() {
    return makeError(ErrorCode::Corrupt,
                     QCoreApplication::translate("KeyWrap", "The key record in the journal is damaged."));
}

Result<Header> parse(const QByteArray& record, unsigned char expectedKind) {
    if (static_cast<size_t>(record.size()) < kHeaderBytes + crypto_secretbox_MACBYTES + kChecksumBytes ||
        std::memcmp(record.constData(), kMagic, 4) != 0) {
        return corrupt();
    }
    const auto* bytes = reinterpret_cast<const unsigned char*>(record.constData());
    const size_t bodyLength = static_cast<size_t>(record.size()) - kChecksumBytes;
    unsigned char checksum[kChecksumBytes];
    if (crypto_generichash(checksum, kChecksumBytes, bytes, bodyLength, nullptr, 0) != 0 ||
        sodium_memcmp(checksum, bytes + bodyLength, kChecksumBytes) != 0) {
        return corrupt();
    }
    Header h;
    h.kind = bytes[4];
    h.limits.opsLimit = qFromBigEndian<quint64>(bytes + 5);
    h.limits.memLimit = qFromBigEndian<quint64>(bytes + 13);
    h.salt = bytes + 21;
    h.nonce = h.salt + kSaltBytes;
    h.cipher = bytes + kHeaderBytes;
    h.cipherLength = bodyLength - kHeaderBytes;
    if (h.kind != expectedKind) {
        return corrupt();
    }
    if (h.kind == kKindPassphrase) {
        if (auto bounded = checkKdfLimits(h.limits); !bounded) {
            return bounded.error();
        }
    }
    return h;
}

SecretBytes deriveFromPassphrase(const QByteArray& passphrase, const unsigned char* salt, KdfLimits limits) {
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_pwhash(key.data(), key.size(), passphrase.constData(),
                      static_cast<unsigned long long>(passphrase.size()), salt, limits.opsLimit,
                      static_cast<size_t>(limits.memLimit), crypto_pwhash_ALG_ARGON2ID13) != 0) {
        throw std::bad_alloc(); // libsodium fails here only when the memory cannot be had
    }
    return key;
}

SecretBytes deriveFromCode(const QByteArray& code, const unsigned char* salt) {
    SecretBytes key(crypto_secretbox_KEYBYTES);
    if (crypto_generichash(key.data(), key.size(), reinterpret_cast<const unsigned char*>(code.constData()),
                           static_cast<unsigned long long>(code.size()), salt, kSaltBytes) != 0) {
        std::abort(); // fixed, valid sizes: libsodium has no failure path here
    }
    return key;
}

QByteArray wrap(const SecretBytes& secrets, const SecretBytes& key, unsigned char kind, KdfLimits limits,
                const QByteArray& salt) {
    QByteArray record(
        static_cast<qsizetype>(kHeaderBytes + crypto_secretbox_MACBYTES + secrets.size() + kChecksumBytes),
        Qt::Uninitialized);
    auto* bytes = reinterpret_cast<unsigned char*>(record.data());
    std::memcpy(bytes, kMagic, 4);
    bytes[4] = kind;
    qToBigEndian<quint64>(limits.opsLimit, bytes + 5);
    qToBigEndian<quint64>(limits.memLimit, bytes + 13);
    std::memcpy(bytes + 21, salt.constData(), kSaltBytes);
    unsigned char* nonce = bytes + 21 + kSaltBytes;
    randombytes_buf(nonce, kNonceBytes);
    const size_t bodyLength = static_cast<size_t>(record.size()) - kChecksumBytes;
    if (crypto_secretbox_easy(bytes + kHeaderBytes, secrets.data(), secrets.size(), nonce, key.data()) != 0 ||
        crypto_generichash(bytes + bodyLength, kChecksumBytes, bytes, bodyLength, nullptr, 0) != 0) {
        // Fixed, valid sizes: libsodium has no failure path here. Never
        // return a half-written record.
        sodium_memzero(bytes, static_cast<size_t>(record.size()));
        std::abort();
    }
    return record;
}

Result<SecretBytes> unwrap(const Header& h, const SecretBytes& key, ErrorCode wrongCode, const QString& wrongMessage) {
    SecretBytes secrets(h.cipherLength - crypto_secretbox_MACBYTES);
    if (crypto_secretbox_open_easy(secrets.data(), h.cipher, h.cipherLength, h.nonce, key.data()) != 0) {
        return makeError(wrongCode, wrongMessage);
    }
    return secrets;
}

} // namespace

Result<void> checkKdfLimits(KdfLimits limits) {
    if (limits.opsLimit < crypto_pwhash_OPSLIMIT_MIN || limits.opsLimit > kMaxOps ||
        limits.memLimit < crypto_pwhash_MEMLIMIT_MIN || limits.memLimit > kMaxMem ||
        limits.opsLimit * limits.memLimit > kMaxCost) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate(
                             "KeyWrap", "The journal asks for key-derivation settings outside safe bounds; it may have "
                                        "been tampered with."));
    }
    return {};
}

KdfLimits KdfLimits::moderate() {
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfLimits KdfLimits::interactive() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfLimits KdfLimits::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

QByteArray wrapWithPassphrase(const SecretBytes& secrets, const QByteArray& passphrase, KdfLimits limits) {
    ensureSodium();
    const QByteArray salt = randomBytes(kSaltBytes);
    const SecretBytes key =
        deriveFromPassphrase(passphrase, reinterpret_cast<const unsigned char*>(salt.constData()), limits);
    return wrap(secrets, key, kKindPassphrase, limits, salt);
}

QByteArray wrapWithRecoveryCode(const SecretBytes& secrets, const QByteArray& normalizedCode) {
    ensureSodium();
    const QByteArray salt = randomBytes(kSaltBytes);
    const SecretBytes key = deriveFromCode(normalizedCode, reinterpret_cast<const unsigned char*>(salt.constData()));
    return wrap(secrets, key, kKindRecovery, {}, salt);
}

Result<SecretBytes> unwrapWithPassphrase(const QByteArray& record, const QByteArray& passphrase) {
    ensureSodium();
    auto header = parse(record, kKindPassphrase);
    if (!header) {
        return header.error();
    }
    const SecretBytes key = deriveFromPassphrase(passphrase, header->salt, header->limits);
    return unwrap(*header, key, ErrorCode::WrongPassphrase,
                  QCoreApplication::translate("KeyWrap", "The passphrase is wrong."));
}

Result<SecretBytes> unwrapWithRecoveryCode(const QByteArray& record, const QByteArray& normalizedCode) {
    ensureSodium();
    auto header = parse(record, kKindRecovery);
    if (!header) {
        return header.error();
    }
    const SecretBytes key = deriveFromCode(normalizedCode, header->salt);
    return unwrap(*header, key, ErrorCode::WrongPassphrase,
                  QCoreApplication::translate("KeyWrap", "The recovery code is wrong."));
}

Result<KdfLimits> wrapLimits(const QByteArray& record) {
    auto header = parse(record, kKindPassphrase);
    if (!header) {
        return header.error();
    }
    return header->limits;
}

Result<void> checkPassphraseWrap(const QByteArray& record) {
    ensureSodium();
    auto header = parse(record, kKindPassphrase);
    if (!header) {
        return header.error();
    }
    return {};
}

Result<void> checkRecoveryWrap(const QByteArray& record) {
    ensureSodium();
    auto header = parse(record, kKindRecovery);
    if (!header) {
        return header.error();
    }
    return {};
}

} // namespace twofold::core::crypto
