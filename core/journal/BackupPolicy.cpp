#include "journal/BackupPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace twofold::core {

QString BackupPolicy::folderFor(const QString& journalPath) const {
    if (!folder.isEmpty()) {
        return QDir::cleanPath(folder);
    }
    return QFileInfo(journalPath).absoluteFilePath() + QStringLiteral(".backups");
}

Result<void> BackupPolicy::check() const {
    if (counts.keepDaily < 1 || counts.keepDaily > kMaxDaily) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("BackupPolicy", "Keep between 1 and %1 daily backups.").arg(kMaxDaily));
    }
    if (counts.keepWeekly < 0 || counts.keepWeekly > kMaxWeekly) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("BackupPolicy", "Keep between 0 and %1 weekly backups.").arg(kMaxWeekly));
    }
    if (!folder.isEmpty() && QDir::isRelativePath(folder)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "BackupPolicy", "The backup folder must be a full path, such as /home/you/Backups."));
    }
    return {};
}

} // namespace twofold::core
