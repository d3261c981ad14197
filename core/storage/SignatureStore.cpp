#include "storage/SignatureStore.h"

#include "storage/Statement.h"

#include <cstdlib>

namespace twofold::core::storage {

namespace {

struct Table {
    const char* table;
    const char* all;
    const char* one;
    const char* importers; // nullptr: the table has no imported_by
    const char* accept;
    const char* importerOf; // one row's imported_by; nullptr as above
};

constexpr Table kTables[] = {
    {"entry", "SELECT id, signature FROM entry WHERE signature IS NOT NULL", "SELECT signature FROM entry WHERE id=?",
     "SELECT id, imported_by FROM entry WHERE imported_by IS NOT NULL", "UPDATE entry SET imported_by=NULL WHERE id=?",
     "SELECT imported_by FROM entry WHERE id=?"},
    {"draft", "SELECT id, signature FROM draft WHERE signature IS NOT NULL", "SELECT signature FROM draft WHERE id=?",
     nullptr, nullptr, nullptr},
    {"checkin", "SELECT id, agreements_signature FROM checkin WHERE agreements_signature IS NOT NULL",
     "SELECT agreements_signature FROM checkin WHERE id=?",
     "SELECT id, agreements_imported_by FROM checkin WHERE agreements_imported_by IS NOT NULL",
     "UPDATE checkin SET agreements_imported_by=NULL WHERE id=?",
     "SELECT agreements_imported_by FROM checkin WHERE id=?"},
    {"checkin_part", "SELECT id, signature FROM checkin_part WHERE signature IS NOT NULL",
     "SELECT signature FROM checkin_part WHERE id=?",
     "SELECT id, imported_by FROM checkin_part WHERE imported_by IS NOT NULL",
     "UPDATE checkin_part SET imported_by=NULL WHERE id=?", "SELECT imported_by FROM checkin_part WHERE id=?"},
    {"prompt", "SELECT id, signature FROM prompt WHERE signature IS NOT NULL",
     "SELECT signature FROM prompt WHERE id=?", "SELECT id, imported_by FROM prompt WHERE imported_by IS NOT NULL",
     "UPDATE prompt SET imported_by=NULL WHERE id=?", "SELECT imported_by FROM prompt WHERE id=?"},
    {"answer", "SELECT id, signature FROM answer WHERE signature IS NOT NULL",
     "SELECT signature FROM answer WHERE id=?", "SELECT id, imported_by FROM answer WHERE imported_by IS NOT NULL",
     "UPDATE answer SET imported_by=NULL WHERE id=?", "SELECT imported_by FROM answer WHERE id=?"},
    {"theme_choice", "SELECT id, signature FROM theme_choice WHERE signature IS NOT NULL",
     "SELECT signature FROM theme_choice WHERE id=?",
     "SELECT id, imported_by FROM theme_choice WHERE imported_by IS NOT NULL",
     "UPDATE theme_choice SET imported_by=NULL WHERE id=?", "SELECT imported_by FROM theme_choice WHERE id=?"},
};

const Table& tableOf(const QString& name) {
    for (const Table& t : kTables) {
        if (name == QLatin1String(t.table)) {
            return t;
        }
    }
    std::abort();
}

} // namespace

QHash<qint64, QByteArray> SignatureStore::all(const QString& table) {
    Statement s(m_db, tableOf(table).all);
    QHash<qint64, QByteArray> signatures;
    while (s.step()) {
        signatures.insert(s.int64(0), s.blob(1));
    }
    return signatures;
}

QByteArray SignatureStore::one(const QString& table, qint64 rowId) {
    Statement s(m_db, tableOf(table).one);
    s.bind(1, rowId);
    return s.step() ? s.blob(0) : QByteArray();
}

QHash<qint64, qint64> SignatureStore::importers(const QString& table) {
    QHash<qint64, qint64> importers;
    if (const char* sql = tableOf(table).importers) {
        Statement s(m_db, sql);
        while (s.step()) {
            importers.insert(s.int64(0), s.int64(1));
        }
    }
    return importers;
}

std::optional<qint64> SignatureStore::importerOf(const QString& table, qint64 rowId) {
    const char* sql = tableOf(table).importerOf;
    if (!sql) {
        return std::nullopt;
    }
    Statement s(m_db, sql);
    s.bind(1, rowId);
    return s.step() ? s.optionalInt64(0) : std::nullopt;
}

void SignatureStore::clearImportedBy(const QString& table, qint64 rowId) {
    const char* sql = tableOf(table).accept;
    if (!sql) {
        std::abort(); // a table without imported_by: a bug
    }
    Statement s(m_db, sql);
    s.bind(1, rowId);
    s.run();
}

} // namespace twofold::core::storage
