#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <vector>

namespace twofold::core {

struct ZipMember {
    QString name; // its path inside the archive
    QByteArray bytes;
};

// Whether the bytes start like a zip archive (a local file header).
bool looksLikeZip(const QByteArray& head);

// The members of the zip archive at `path` whose names `wanted` accepts,
// read with libzip. Each is at most `maxBytesEach` once uncompressed (counted
// while reading, not taken from the archive's own claim, so a crafted
// archive cannot exhaust memory). Errors are one sentence without the path.
Result<std::vector<ZipMember>> readZipMembers(const QString& path, const std::function<bool(const QString&)>& wanted,
                                              qint64 maxBytesEach);

} // namespace twofold::core
