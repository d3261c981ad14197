#include "storage/FavouriteStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

std::optional<FavouriteSetRow> FavouriteStore::find(qint64 partnerId) {
    Statement s(m_db, "SELECT partner_id, uuid, updated, device, body FROM favourite_set WHERE partner_id=?");
    s.bind(1, partnerId);
    if (!s.step()) {
        return std::nullopt;
    }
    FavouriteSetRow row;
    row.partnerId = s.int64(0);
    row.uuid = s.text(1);
    row.updated = s.int64(2);
    row.device = s.text(3);
    row.body = s.blob(4);
    return row;
}

void FavouriteStore::insert(const FavouriteSetRow& row) {
    Statement s(m_db, "INSERT INTO favourite_set (partner_id, uuid, updated, device, body) VALUES (?,?,?,?,?)");
    s.bind(1, row.partnerId).bind(2, row.uuid).bind(3, row.updated).bind(4, row.device).bind(5, row.body);
    s.run();
}

void FavouriteStore::update(const FavouriteSetRow& row) {
    Statement s(m_db, "UPDATE favourite_set SET updated=?, device=?, body=? WHERE partner_id=?");
    s.bind(1, row.updated).bind(2, row.device).bind(3, row.body).bind(4, row.partnerId);
    s.run();
}

} // namespace twofold::core::storage
