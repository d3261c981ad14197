#include "DiskError.h"

#include <cerrno>

namespace twofold::core {

QString diskFullSentence() {
    return QStringLiteral("The disk is full; nothing was changed.");
}

std::optional<QString> diskSentence(int systemErrno) {
    switch (systemErrno) {
    case ENOSPC:
        return diskFullSentence();
    case EDQUOT:
        return QStringLiteral("Your share of the disk (quota) is used up; nothing was changed.");
    case EROFS:
        return QStringLiteral("The disk is read-only; nothing was changed.");
    case EFBIG:
        return QStringLiteral("The file has reached the largest size allowed here; nothing was changed.");
    default:
        return std::nullopt;
    }
}

} // namespace twofold::core
