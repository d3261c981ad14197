#pragma once

// The attacks and accidents the tests stage against a journal file, in one
// place: someone editing the file with the sqlite3 tool (through a
// connection of their own, foreign keys off), bit flips in a sealed value,
// bytes overwritten in the raw file, and the digest that shows a refused
// request left the file exactly as it was.

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariantList>

namespace twofold::core {
class Journal;
}

namespace twofold::test {

// Runs one statement on the journal file through its own connection.
// Values bind in order: QByteArray as a BLOB, integers as integers, the
// rest as text.
void editFile(const QString& path, const char* sql, const QVariantList& values = {});

// The first column of the first row a query returns, as a BLOB (REQUIREs
// a row).
QByteArray readBlob(const QString& path, const char* sql, const QVariantList& values = {});

// `bytes` with one bit pattern flipped at `at` (0x20 unless told).
QByteArray flipped(QByteArray bytes, qsizetype at, char mask = 0x20);

// Flips one byte of a sealed value in place: `table`.`column` of the row
// whose uuid is `uuid`; `at` counts from the value's start, or from its end
// when negative. For tests of what tampering the core notices.
void flipByteOfValue(const QString& path, const QString& table, const QString& column, const QString& uuid,
                     qsizetype at);

// Overwrites bytes of the raw file at `offset` (the journal must be closed,
// or its WAL checkpointed, for the damage to be what a reader sees).
void overwriteBytes(const QString& path, qint64 offset, const QByteArray& bytes);

// The forgery signatures rule out (issue 16): `holder`, unlocked and so
// holding the journal key, writes a shared entry in `authorName`'s name
// straight into the file — sealed as the app would, unsigned. Returns its id.
QString forgeSharedEntry(core::Journal& holder, const QString& authorName, const QString& text, const QDate& day);

// The SHA-256 of a file, hex; empty when it cannot be read.
QByteArray fileHash(const QString& path);

} // namespace twofold::test
