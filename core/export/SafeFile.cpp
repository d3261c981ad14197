#include "export/SafeFile.h"

#include "DiskError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <sys/stat.h>

namespace twofold::core::safe_file {

namespace {

QString systemError(int error) {
    return QString::fromLocal8Bit(std::strerror(error));
}

Error ioError(const QString& path, int error) {
    // A full disk is said as such; the temporary file is already gone.
    if (const auto sentence = diskSentence(error)) {
        return makeError(ErrorCode::Io, *sentence);
    }
    return makeError(
        ErrorCode::Io,
        QCoreApplication::translate("SafeFile", "%1 cannot be written: %2.").arg(path, systemError(error)));
}

bool writeAll(int fd, const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, static_cast<size_t>(bytes.size() - done));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return false;
        }
        done += n;
    }
    return true;
}

// Moves the finished temporary file into place without replacing anything:
// renameat2(RENAME_NOREPLACE) where the file system has it, else link+unlink,
// which fails just the same when the destination exists.
int renameNoReplace(const QByteArray& from, const QByteArray& to) {
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return errno;
    }
    if (::link(from.constData(), to.constData()) != 0) {
        return errno;
    }
    ::unlink(from.constData());
    return 0;
}

} // namespace

Result<void> refuseExisting(const QString& path) {
    const QFileInfo info(path);
    if (info.exists() || info.isSymLink()) {
        return makeError(ErrorCode::AlreadyExists,
                         QCoreApplication::translate(
                             "SafeFile", "%1 already exists; it would be overwritten, so nothing was written.")
                             .arg(path));
    }
    return {};
}

Result<void> write(const QString& path, const QByteArray& bytes, Existing existing) {
    const QFileInfo info(path);
    if (existing == Existing::Refuse) {
        if (auto refused = refuseExisting(path); !refused) {
            return refused;
        }
    }
    if (info.isDir()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("SafeFile", "%1 is a folder, not a file.").arg(path));
    }
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("SafeFile", "The folder %1 does not exist.").arg(folder.path()));
    }
    const QByteArray target = QFile::encodeName(info.absoluteFilePath());
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 20 && fd < 0; ++attempt) {
        temp = QFile::encodeName(
            folder.filePath(QStringLiteral(".%1.%2.tmp")
                                .arg(info.fileName())
                                .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))));
        // O_EXCL: never follow or reuse something already there; 0600 from
        // the first byte, whatever the umask.
        fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
        if (fd < 0 && errno != EEXIST) {
            return ioError(path, errno);
        }
    }
    if (fd < 0) {
        return ioError(path, EEXIST);
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    const bool written = writeAll(fd, bytes) && ::fsync(fd) == 0;
    const int writeErrno = errno;
    if (::close(fd) != 0 || !written) {
        const int error = written ? errno : writeErrno;
        ::unlink(temp.constData());
        return ioError(path, error);
    }
    const int renamed = existing == Existing::Refuse
                            ? renameNoReplace(temp, target)
                            : (::rename(temp.constData(), target.constData()) == 0 ? 0 : errno);
    if (renamed != 0) {
        ::unlink(temp.constData());
        if (renamed == EEXIST) {
            return makeError(ErrorCode::AlreadyExists,
                             QCoreApplication::translate(
                                 "SafeFile", "%1 already exists; it would be overwritten, so nothing was written.")
                                 .arg(path));
        }
        return ioError(path, renamed);
    }
    // Make the rename itself durable.
    const int dirFd = ::open(QFile::encodeName(folder.absolutePath()).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace twofold::core::safe_file
