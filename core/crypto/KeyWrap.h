#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>

#include <cstdint>

namespace twofold::core::crypto {

// Argon2id cost. MODERATE (3 passes, 256 MiB) is the product default; tests
// may use a cheaper level, which is stored with the wrap like any other.
struct KdfLimits {
    std::uint64_t opsLimit = 0;
    std::uint64_t memLimit = 0;

    static KdfLimits moderate();
    static KdfLimits interactive();
    // The cheapest parameters libsodium allows; for tests only.
    static KdfLimits minimum();
};

// Wraps a partner's secrets (box secret key + private-content key) under a
// key derived from a passphrase (Argon2id) or from a recovery code (BLAKE2b:
// the code already carries 140 random bits, so it needs no stretching).
//
// Record layout: "TFW1" | kind (1) | ops (8) | mem (8) | salt (16) | nonce (24)
// | ciphertext | BLAKE2b-256 checksum of all before it. The unkeyed checksum
// lets a damaged record (ErrorCode::Corrupt) be told from a wrong secret
// (ErrorCode::WrongPassphrase).
QByteArray wrapWithPassphrase(const SecretBytes& secrets, const QByteArray& passphrase, KdfLimits limits);
QByteArray wrapWithRecoveryCode(const SecretBytes& secrets, const QByteArray& normalizedCode);

Result<SecretBytes> unwrapWithPassphrase(const QByteArray& record, const QByteArray& passphrase);
Result<SecretBytes> unwrapWithRecoveryCode(const QByteArray& record, const QByteArray& normalizedCode);

// The bounds a file's Argon2 parameters must keep, checked before the KDF
// runs: each within libsodium's minimum and a sane maximum, and
// ops × memory at most 4 × MODERATE (≈ 4 × 0.7 s and 256 MiB), so a crafted
// file can neither hang nor exhaust the machine. ErrorCode::Corrupt outside.
Result<void> checkKdfLimits(KdfLimits limits);

// The Argon2 parameters a record asks for, after the bounds check.
Result<KdfLimits> wrapLimits(const QByteArray& record);

// Structural checks that need no secret (magic, kind, checksum, KDF bounds):
// `verify` runs them on every partner's records, including the other
// partner's, whose secrets it cannot open. ErrorCode::Corrupt on damage.
Result<void> checkPassphraseWrap(const QByteArray& record);
Result<void> checkRecoveryWrap(const QByteArray& record);

} // namespace twofold::core::crypto
