#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace twofold::core {

// Writes plaintext exports. The bytes go to a temporary file in the
// destination's own folder (mode 0600 from the start, flushed to disk) that is
// then renamed into place, so a reader never sees half a file and a failed
// write leaves nothing behind but what was there before.
namespace safe_file {

enum class Existing {
    Refuse,  // an existing destination is refused (AlreadyExists), even when it appears meanwhile
    Replace, // an existing destination is replaced atomically
};

Result<void> write(const QString& path, const QByteArray& bytes, Existing existing);

// The refusal write() gives for an existing destination, checked up front so
// that nothing is decrypted for an export that cannot be written.
Result<void> refuseExisting(const QString& path);

} // namespace safe_file
} // namespace twofold::core
