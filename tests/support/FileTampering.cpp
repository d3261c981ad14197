#include "FileTampering.h"

#include "domain/Entry.h"
#include "journal/EntryCodec.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/Database.h"
#include "storage/EntryStore.h"
#include "storage/Statement.h"

#include <QCryptographicHash>
#include <QFile>
#include <QUuid>

#include <catch2/catch.hpp>

namespace twofold::test {

namespace {

using core::storage::Database;
using core::storage::Statement;

void bindAll(Statement& statement, const QVariantList& values) {
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values[i];
        if (v.typeId() == QMetaType::QByteArray) {
            statement.bind(i + 1, v.toByteArray());
        } else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int) {
            statement.bind(i + 1, v.toLongLong());
        } else {
            statement.bind(i + 1, v.toString());
        }
    }
}

} // namespace

void editFile(const QString& path, const char* sql, const QVariantList& values) {
    Database db(path, Database::Mode::ReadWrite);
    db.exec("PRAGMA foreign_keys=OFF");
    Statement statement(db, sql);
    bindAll(statement, values);
    statement.run();
}

QByteArray readBlob(const QString& path, const char* sql, const QVariantList& values) {
    Database db(path, Database::Mode::ReadOnly);
    Statement statement(db, sql);
    bindAll(statement, values);
    REQUIRE(statement.step());
    return statement.blob(0);
}

QByteArray flipped(QByteArray bytes, qsizetype at, char mask) {
    REQUIRE(at >= 0);
    REQUIRE(at < bytes.size());
    bytes[at] = static_cast<char>(bytes[at] ^ mask);
    return bytes;
}

void flipByteOfValue(const QString& path, const QString& table, const QString& column, const QString& uuid,
                     qsizetype at) {
    // Table and column come from the test itself, never from input.
    const QByteArray select = QStringLiteral("SELECT %1 FROM %2 WHERE uuid=?").arg(column, table).toUtf8();
    const QByteArray value = readBlob(path, select.constData(), {uuid});
    const QByteArray update = QStringLiteral("UPDATE %1 SET %2=? WHERE uuid=?").arg(table, column).toUtf8();
    editFile(path, update.constData(), {flipped(value, at < 0 ? value.size() + at : at, 0x01), uuid});
}

void overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    REQUIRE(file.write(bytes) == bytes.size());
}

QString forgeSharedEntry(core::Journal& holder, const QString& authorName, const QString& text, const QDate& day) {
    const auto author = holder.findPartner(authorName);
    REQUIRE(author.has_value());
    core::Entry forged;
    forged.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    forged.authorId = author->id;
    forged.day = day;
    forged.visibility = core::Visibility::Shared;
    forged.text = text;
    core::storage::EntryRow row;
    core::entry_codec::sealInto(holder, forged, row);
    row.created = row.updated = 1;
    row.device = QStringLiteral("x");
    core::storage::EntryStore(core::internals(holder).database()).insert(row);
    return forged.id;
}

QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace twofold::test
