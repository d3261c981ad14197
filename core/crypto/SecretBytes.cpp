#include "crypto/SecretBytes.h"

#include "crypto/Sodium.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace twofold::core::crypto {

SecretBytes::SecretBytes(std::size_t size) {
    ensureSodium();
    if (size == 0) {
        return;
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    m_size = size;
}

SecretBytes::~SecretBytes() {
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0)) {}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept {
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size) {
    SecretBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecretBytes SecretBytes::copyOf(const unsigned char* data, std::size_t size) {
    SecretBytes bytes(size);
    if (size > 0) {
        std::copy(data, data + size, bytes.data());
    }
    return bytes;
}

SecretBytes SecretBytes::copyOf(const QByteArray& data) {
    return copyOf(reinterpret_cast<const unsigned char*>(data.constData()), static_cast<std::size_t>(data.size()));
}

void SecretBytes::clear() {
    if (m_data) {
        sodium_free(m_data); // sodium_free wipes before freeing
        m_data = nullptr;
        m_size = 0;
    }
}

bool SecretBytes::equals(const SecretBytes& other) const {
    if (m_size != other.m_size) {
        return false;
    }
    return m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0;
}

} // namespace twofold::core::crypto
