#pragma once

#include <QByteArray>

#include <cstddef>

namespace twofold::core::crypto {

// Key material in libsodium's guarded memory (sodium_malloc): not swapped
// where the OS allows, guard pages around it, wiped and freed on destruction.
// Move-only, so a key has exactly one owner.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(const unsigned char* data, std::size_t size);
    static SecretBytes copyOf(const QByteArray& data);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    SecretBytes clone() const { return copyOf(m_data, m_size); }
    // The bytes as a QByteArray that does not own them (fromRawData), for
    // calls that take one: valid while this lives. A copy that is changed
    // detaches into ordinary memory, which is not wiped.
    QByteArray view() const {
        return QByteArray::fromRawData(reinterpret_cast<const char*>(m_data), static_cast<qsizetype>(m_size));
    }
    // Same size and bytes, compared in constant time (sodium_memcmp).
    bool equals(const SecretBytes& other) const;
    // Wipes and frees now (lock).
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace twofold::core::crypto
