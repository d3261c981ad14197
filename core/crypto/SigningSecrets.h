#pragma once

#include "Result.h"
#include "crypto/Signing.h"

#include <QByteArray>

namespace twofold::core::crypto {

// The other partner's public keys as this partner accepted them: at the
// journal's creation, or (after an upgrade) at the first unlock where the
// other's keys_signature checked. Empty until then.
struct PinnedKeys {
    QByteArray boxPublicKey;
    QByteArray signPublicKey;

    bool isSet() const { return !signPublicKey.isEmpty(); }
    bool operator==(const PinnedKeys&) const = default;
};

// What a partner keeps about signing beside their wrapped secrets: their
// signing key and their pins of the other partner. Sealed with their
// private-content key (which both their passphrase and recovery-code wraps
// hold), so neither the other partner nor anyone with the file can read or
// change it, and it can be written at an unlock that knows only one of the
// two secrets.
struct SigningSecrets {
    SigningKey key;
    PinnedKeys other;
    // Set once every row this partner wrote before they had the key is
    // signed (journal/RowSignatures): from then on an unsigned row of theirs
    // is not theirs, and an unlock never signs what it finds unsigned.
    bool rowsSigned = false;

    SigningSecrets clone() const { return SigningSecrets{key.clone(), other, rowsSigned}; }
};

// Layout: version (1) | seed (32) | flags (1: 1 pinned, 2 rows signed) | box
// public key (32) | sign public key (32); the keys are zero when not pinned.
QByteArray serializeSigningSecrets(const SigningSecrets& secrets);
Result<SigningSecrets> parseSigningSecrets(const QByteArray& bytes);

} // namespace twofold::core::crypto
