#include "storage/SignatureStore.h"

#include "storage/Statement.h"

#include <cstdlib>

namespace twofold::core::storage {

namespace {

struct Table {
    const char* table;
    const char* all;
    const char* one;
};

constexpr Table kTables[] = {
    {"entry", "SELECT id, signature FROM entry WHERE signature IS NOT NULL", "SELECT signature FROM entry WHERE id=?"},
    {"draft", "SELECT id, signature FROM draft WHERE signature IS NOT NULL", "SELECT signature FROM draft WHERE id=?"},
    {"checkin", "SELECT id, agreements_signature FROM checkin WHERE agreements_signature IS NOT NULL",
     "SELECT agreements_signature FROM checkin WHERE id=?"},
    {"checkin_part", "SELECT id, signature FROM checkin_part WHERE signature IS NOT NULL",
     "SELECT signature FROM checkin_part WHERE id=?"},
    {"prompt", "SELECT id, signature FROM prompt WHERE signature IS NOT NULL",
     "SELECT signature FROM prompt WHERE id=?"},
    {"answer", "SELECT id, signature FROM answer WHERE signature IS NOT NULL",
     "SELECT signature FROM answer WHERE id=?"},
    {"theme_choice", "SELECT id, signature FROM theme_choice WHERE signature IS NOT NULL",
     "SELECT signature FROM theme_choice WHERE id=?"},
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

} // namespace twofold::core::storage
