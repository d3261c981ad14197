#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace twofold::core {

// A plaintext export written piece by piece (a PDF book, page after page)
// that appears at its destination whole or not at all. The bytes go to an
// unnamed file in the destination's folder (O_TMPFILE, mode 0600), which
// commit() links into place without ever replacing an existing file. An
// export that is cancelled, fails or is killed leaves nothing behind. Where
// the file system has no unnamed files, a hidden named one (0600) is used
// and removed unless committed.
class StreamingFile {
public:
    // Refuses an existing destination (AlreadyExists) and a missing folder.
    static Result<StreamingFile> create(const QString& path);

    StreamingFile(StreamingFile&& other) noexcept;
    StreamingFile& operator=(StreamingFile&&) = delete;
    StreamingFile(const StreamingFile&) = delete;
    ~StreamingFile(); // without commit(): nothing remains

    // False once a write failed; the failure is reported by commit().
    bool append(const char* data, size_t size);
    // Flushes to disk and puts the file in place. AlreadyExists when a file
    // appeared at the destination meanwhile (it is left untouched).
    Result<void> commit();

private:
    StreamingFile(QString path, int fd, QByteArray tempName)
        : m_path(std::move(path))
        , m_fd(fd)
        , m_tempName(std::move(tempName)) {}
    void discard();

    QString m_path;
    int m_fd = -1;
    QByteArray m_tempName; // empty for an unnamed (O_TMPFILE) file
    int m_writeError = 0;
};

} // namespace twofold::core
