#pragma once

#include <QByteArray>

namespace twofold::core::crypto {

// Initializes libsodium once (thread-safe); aborts if it cannot, since no
// key operation may run without a working CSPRNG.
void ensureSodium();

// Overwrites the bytes of a plaintext buffer before it is released.
void wipe(QByteArray& bytes);

QByteArray randomBytes(int size);

} // namespace twofold::core::crypto
