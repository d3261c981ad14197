#pragma once

#include "FileTampering.h" // fileHash

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <sys/stat.h>

namespace twofold::test {

// The permission bits of a file, e.g. 0600.
inline unsigned fileMode(const QString& path) {
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return 0xffff;
    }
    return info.st_mode & 07777;
}

// A minimal import document holding only entries.
inline QByteArray entriesDocument(const QJsonArray& entries, int version = 1) {
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("twofold")},
                                     {QStringLiteral("version"), version},
                                     {QStringLiteral("entries"), entries}})
        .toJson();
}

inline QJsonObject minimalEntry(const QString& author, const QString& date, const QString& text) {
    return QJsonObject{
        {QStringLiteral("author"), author}, {QStringLiteral("date"), date}, {QStringLiteral("text"), text}};
}

} // namespace twofold::test
