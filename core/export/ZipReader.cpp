#include "export/ZipReader.h"

#include <QCoreApplication>
#include <QFile>

#include <memory>
#include <zip.h>

namespace twofold::core {

namespace {

struct ArchiveCloser {
    void operator()(zip_t* archive) const { zip_discard(archive); } // read-only: nothing to write back
};
struct FileCloser {
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};

Error notReadable(const QString& why) {
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("ZipReader", "it is not a readable zip archive (%1).").arg(why));
}

QString libzipMessage(int code) {
    zip_error_t error;
    zip_error_init_with_code(&error, code);
    const QString message = QString::fromUtf8(zip_error_strerror(&error));
    zip_error_fini(&error);
    return message;
}

} // namespace

bool looksLikeZip(const QByteArray& head) {
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

Result<std::vector<ZipMember>> readZipMembers(const QString& path, const std::function<bool(const QString&)>& wanted,
                                              qint64 maxBytesEach) {
    int code = 0;
    std::unique_ptr<zip_t, ArchiveCloser> archive(zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &code));
    if (!archive) {
        return notReadable(libzipMessage(code));
    }
    std::vector<ZipMember> members;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const char* rawName = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), ZIP_FL_ENC_GUESS);
        if (!rawName) {
            return notReadable(QString::fromUtf8(zip_strerror(archive.get())));
        }
        const QString name = QString::fromUtf8(rawName);
        if (!wanted(name)) {
            continue;
        }
        std::unique_ptr<zip_file_t, FileCloser> file(zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(i), 0));
        if (!file) {
            return notReadable(QString::fromUtf8(zip_strerror(archive.get())));
        }
        ZipMember member{name, {}};
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(file.get(), buffer, sizeof buffer);
            if (n < 0) {
                return notReadable(QString::fromUtf8(zip_file_strerror(file.get())));
            }
            if (n == 0) {
                break;
            }
            if (member.bytes.size() + n > maxBytesEach) {
                return makeError(ErrorCode::InvalidArgument,
                                 QCoreApplication::translate("ZipReader", "%1 in the archive is larger than %2 MiB.")
                                     .arg(name)
                                     .arg(maxBytesEach / (1024 * 1024)));
            }
            member.bytes.append(buffer, static_cast<qsizetype>(n));
        }
        members.push_back(std::move(member));
    }
    return members;
}

} // namespace twofold::core
