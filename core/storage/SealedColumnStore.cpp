#include "storage/SealedColumnStore.h"

#include "storage/Statement.h"

#include <cstdlib>

namespace twofold::core::storage {

namespace {

struct Column {
    const char* table;
    const char* column;
    const char* sql;
};

// Every sealed column of the schema. Add a row here with each new one.
constexpr Column kColumns[] = {
    {"entry", "title", "UPDATE entry SET title=? WHERE id=?"},
    {"entry", "body", "UPDATE entry SET body=? WHERE id=?"},
    {"entry", "mood", "UPDATE entry SET mood=? WHERE id=?"},
    {"entry", "tags", "UPDATE entry SET tags=? WHERE id=?"},
    {"draft", "content", "UPDATE draft SET content=? WHERE id=?"},
    {"checkin", "agreements", "UPDATE checkin SET agreements=? WHERE id=?"},
    {"checkin_part", "ratings", "UPDATE checkin_part SET ratings=? WHERE id=?"},
    {"checkin_part", "fields", "UPDATE checkin_part SET fields=? WHERE id=?"},
    {"prompt", "text", "UPDATE prompt SET text=? WHERE id=?"},
    {"answer", "body", "UPDATE answer SET body=? WHERE id=?"},
    {"theme_choice", "choice", "UPDATE theme_choice SET choice=? WHERE id=?"},
    {"favourite_set", "body", "UPDATE favourite_set SET body=? WHERE partner_id=?"},
    // The authors' signatures, sealed like the values they sign (RowSignatures).
    {"entry", "signature", "UPDATE entry SET signature=? WHERE id=?"},
    {"draft", "signature", "UPDATE draft SET signature=? WHERE id=?"},
    {"checkin", "agreements_signature", "UPDATE checkin SET agreements_signature=? WHERE id=?"},
    {"checkin_part", "signature", "UPDATE checkin_part SET signature=? WHERE id=?"},
    {"prompt", "signature", "UPDATE prompt SET signature=? WHERE id=?"},
    {"answer", "signature", "UPDATE answer SET signature=? WHERE id=?"},
    {"theme_choice", "signature", "UPDATE theme_choice SET signature=? WHERE id=?"},
};

} // namespace

void SealedColumnStore::write(const QString& table, const QString& column, qint64 rowId, const QByteArray& sealed) {
    for (const Column& c : kColumns) {
        if (table == QLatin1String(c.table) && column == QLatin1String(c.column)) {
            Statement s(m_db, c.sql);
            s.bind(1, sealed).bind(2, rowId);
            s.run();
            return;
        }
    }
    std::abort();
}

} // namespace twofold::core::storage
