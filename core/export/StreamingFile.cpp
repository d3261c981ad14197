#include "export/StreamingFile.h"

#include "export/SafeFile.h"

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

namespace twofold::core {

namespace {

Error ioError(const QString& path, int error) {
    return makeError(ErrorCode::Io, QCoreApplication::translate("StreamingFile", "%1 cannot be written: %2.")
                                        .arg(path, QString::fromLocal8Bit(std::strerror(error))));
}

Error existsError(const QString& path) {
    return makeError(ErrorCode::AlreadyExists,
                     QCoreApplication::translate("StreamingFile",
                                                 "%1 already exists; it would be overwritten, so nothing was written.")
                         .arg(path));
}

} // namespace

Result<StreamingFile> StreamingFile::create(const QString& path) {
    if (auto refused = safe_file::refuseExisting(path); !refused) {
        return refused.error();
    }
    const QFileInfo info(path);
    const QDir folder = info.absoluteDir();
    if (!folder.exists()) {
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("StreamingFile", "The folder %1 does not exist.").arg(folder.path()));
    }
    const QByteArray folderName = QFile::encodeName(folder.absolutePath());
    int fd = ::open(folderName.constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd >= 0) {
        ::fchmod(fd, S_IRUSR | S_IWUSR);
        return StreamingFile(info.absoluteFilePath(), fd, {});
    }
    if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
        return ioError(path, errno);
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QByteArray temp = QFile::encodeName(
            folder.filePath(QStringLiteral(".%1.%2.tmp")
                                .arg(info.fileName())
                                .arg(QRandomGenerator::system()->generate(), 8, 16, QLatin1Char('0'))));
        fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
        if (fd >= 0) {
            ::fchmod(fd, S_IRUSR | S_IWUSR);
            return StreamingFile(info.absoluteFilePath(), fd, temp);
        }
        if (errno != EEXIST) {
            return ioError(path, errno);
        }
    }
    return ioError(path, EEXIST);
}

StreamingFile::StreamingFile(StreamingFile&& other) noexcept
    : m_path(std::move(other.m_path))
    , m_fd(other.m_fd)
    , m_tempName(std::move(other.m_tempName))
    , m_writeError(other.m_writeError) {
    other.m_fd = -1;
    other.m_tempName.clear();
}

StreamingFile::~StreamingFile() {
    discard();
}

void StreamingFile::discard() {
    if (m_fd >= 0) {
        ::close(m_fd);
        m_fd = -1;
    }
    if (!m_tempName.isEmpty()) {
        ::unlink(m_tempName.constData());
        m_tempName.clear();
    }
}

bool StreamingFile::append(const char* data, size_t size) {
    if (m_fd < 0 || m_writeError != 0) {
        return false;
    }
    size_t done = 0;
    while (done < size) {
        const ssize_t n = ::write(m_fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            m_writeError = errno;
            return false;
        }
        done += static_cast<size_t>(n);
    }
    return true;
}

Result<void> StreamingFile::commit() {
    if (m_fd < 0) {
        return ioError(m_path, EBADF);
    }
    if (m_writeError != 0) {
        const int error = m_writeError;
        discard();
        return ioError(m_path, error);
    }
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        discard();
        return ioError(m_path, error);
    }
    const QByteArray target = QFile::encodeName(m_path);
    int linked = 0;
    if (m_tempName.isEmpty()) {
        // link() never replaces: an existing destination is EEXIST.
        const QByteArray self = QByteArrayLiteral("/proc/self/fd/") + QByteArray::number(m_fd);
        linked = ::linkat(AT_FDCWD, self.constData(), AT_FDCWD, target.constData(), AT_SYMLINK_FOLLOW) == 0 ? 0 : errno;
    } else {
        linked = ::renameat2(AT_FDCWD, m_tempName.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0
                     ? 0
                     : errno;
        if (linked == EINVAL || linked == ENOSYS) {
            linked = ::link(m_tempName.constData(), target.constData()) == 0 ? 0 : errno;
        }
    }
    if (linked == 0 && !m_tempName.isEmpty()) {
        ::unlink(m_tempName.constData()); // gone already after a rename
        m_tempName.clear();
    }
    discard();
    if (linked == EEXIST) {
        return existsError(m_path);
    }
    if (linked != 0) {
        return ioError(m_path, linked);
    }
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    const int dirFd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace twofold::core
