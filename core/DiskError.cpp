#include "DiskError.h"

#include <QCoreApplication>

#include <cerrno>

namespace twofold::core {

QString diskFullSentence() {
    return QCoreApplication::translate("DiskError", "The disk is full; nothing was changed.");
}

std::optional<QString> diskSentence(int systemErrno) {
    switch (systemErrno) {
    case ENOSPC:
        return diskFullSentence();
    case EDQUOT:
        return QCoreApplication::translate("DiskError",
                                           "Your share of the disk (quota) is used up; nothing was changed.");
    case EROFS:
        return QCoreApplication::translate("DiskError", "The disk is read-only; nothing was changed.");
    case EFBIG:
        return QCoreApplication::translate("DiskError",
                                           "The file has reached the largest size allowed here; nothing was changed.");
    default:
        return std::nullopt;
    }
}

} // namespace twofold::core
