#pragma once

#include "Result.h"
#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

namespace twofold::core::crypto {

inline constexpr int kKeyBytes = 32;

// Everything about a sealed value that stays in clear. It is bound into the
// AEAD's associated data, so a value moved to another row, column, author,
// visibility or date no longer opens.
struct SealContext {
    QString table;
    QString column;
    QString rowUuid;
    QString authorUuid;
    QString visibility; // "shared", "private" or empty
    QString period;     // the day (YYYY-MM-DD), the week (YYYY-Www) or empty
};

// XChaCha20-Poly1305 (IETF) with a random nonce per write and the plaintext
// padded to a multiple of 64 bytes. Layout: version byte | nonce | ciphertext.
QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const SealContext& context);

// Fails with ErrorCode::Tampered when the value was altered, moved, or sealed
// with another key.
Result<QByteArray> open(const SecretBytes& key, const QByteArray& sealed, const SealContext& context);

} // namespace twofold::core::crypto
