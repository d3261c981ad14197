#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace twofold::core {

// What went wrong, in categories the front ends map to their own vocabulary
// (the CLI to exit codes, the window to dialogs). The message is one clear
// sentence meant for a person.
enum class ErrorCode {
    // The journal cannot be opened (CLI exit 3).
    Missing,
    NotAJournal,
    NewerVersion,
    Corrupt,
    WrongPassphrase,
    Locked,
    // The request is well-formed but refused (CLI exit 4).
    NotFound,
    Forbidden,
    InvalidArgument,
    AlreadyExists,
    Tampered,
    Io,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// True when the error means "the journal could not be opened" rather than
// "this request was refused".
bool isOpenError(ErrorCode code);

// A value or an Error. Shaped like std::expected (has_value, value, error,
// operator*, operator->) so it can become one when the toolchain allows.
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error)) {}

    // std::expected's name, so Result can become one.
    bool has_value() const { return m_state.index() == 0; } // NOLINT(readability-identifier-naming)
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    // By value, so `for (x : *makeResult())` cannot dangle.
    T value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true) {}

    bool has_value() const { return !m_failed; } // NOLINT(readability-identifier-naming)
    explicit operator bool() const { return has_value(); }
    const Error& error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message) {
    return Error{code, std::move(message)};
}

} // namespace twofold::core
