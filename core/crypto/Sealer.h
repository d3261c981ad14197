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
    // What the value is about, when that is another row or a clear column:
    // the theme of a theme choice, the prompt of an answer, the theme and
    // depth of a custom prompt, the entry of a draft (format 2). Empty for
    // the rest, whose row already says everything.
    QString subject = {};
};

// Values sealed before format 2 bind no subject. Such a value opens only
// while the journal still holds some (the first unlock after the upgrade
// reseals them, journal/SubjectBinding), or when its context has no subject,
// since then formats 1 and 2 bind the same things.
enum class Format1 { Refused, Accepted };

// XChaCha20-Poly1305 (IETF) with a random nonce per write and the plaintext
// padded to a multiple of 64 bytes. Layout: format byte (2) | nonce | ciphertext.
QByteArray seal(const SecretBytes& key, const QByteArray& plaintext, const SealContext& context);

// Fails with ErrorCode::Tampered when the value was altered, moved, or sealed
// with another key, or is of format 1 with a subject that format 1 cannot
// bind while `format1` is Refused.
Result<QByteArray> open(const SecretBytes& key, const QByteArray& sealed, const SealContext& context,
                        Format1 format1 = Format1::Refused);

// The format a sealed value was written in (1 or 2), 0 when it is no sealed value.
int sealFormat(const QByteArray& sealed);

} // namespace twofold::core::crypto
