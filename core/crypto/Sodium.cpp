#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdlib>
#include <mutex>

namespace twofold::core::crypto {

void ensureSodium() {
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0) {
            std::abort();
        }
    });
}

void wipe(QByteArray& bytes) {
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<size_t>(bytes.size()));
    }
    bytes.clear();
}

QByteArray randomBytes(int size) {
    ensureSodium();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(size));
    return bytes;
}

} // namespace twofold::core::crypto
