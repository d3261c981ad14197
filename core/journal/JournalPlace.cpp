#include "journal/JournalPlace.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <unistd.h>

namespace twofold::core {

Result<void> checkJournalPlace(const QString& path) {
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!info.exists()) {
        if (!QFileInfo(folder).isDir()) {
            return makeError(ErrorCode::Missing,
                             QCoreApplication::translate("JournalPlace",
                                                         "The folder %1 does not exist, so there is no journal at %2.")
                                 .arg(folder, path));
        }
        return makeError(ErrorCode::Missing,
                         QCoreApplication::translate("JournalPlace", "There is no journal at %1.").arg(path));
    }
    if (!info.isFile()) {
        return makeError(ErrorCode::NotAJournal,
                         QCoreApplication::translate("JournalPlace", "%1 is not a file.").arg(path));
    }
    const auto notWritable = [](const QString& target) {
        return ::access(QFile::encodeName(target).constData(), W_OK) == 0 ? 0 : errno;
    };
    if (const int error = notWritable(folder); error != 0) {
        if (error == EROFS) {
            return makeError(
                ErrorCode::Missing,
                QCoreApplication::translate("JournalPlace",
                                            "The journal %1 is on a read-only disk, and Twofold only opens a journal "
                                            "it can keep safe by writing; nothing was changed.")
                    .arg(path));
        }
        return makeError(
            ErrorCode::Missing,
            QCoreApplication::translate("JournalPlace",
                                        "The folder %1 is read-only for you, and Twofold needs to write beside the "
                                        "journal there; nothing was changed.")
                .arg(folder));
    }
    if (notWritable(path) != 0) {
        return makeError(ErrorCode::Missing,
                         QCoreApplication::translate("JournalPlace",
                                                     "The journal file %1 is read-only for you; nothing was changed.")
                             .arg(path));
    }
    return {};
}

} // namespace twofold::core
