#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace twofold::core::storage {

class Database;

// One partner's favourite prompts, as one sealed set (schema 3).
struct FavouriteSetRow {
    qint64 partnerId = 0;
    QString uuid;
    qint64 updated = 0;
    QString device;
    QByteArray body; // sealed with the partner's private-content key
};

// SQL for favourite_set: at most one row per partner, written whole each
// time the partner changes their favourites. Throws SqlError.
class FavouriteStore {
public:
    explicit FavouriteStore(Database& db)
        : m_db(db) {}

    std::optional<FavouriteSetRow> find(qint64 partnerId);
    void insert(const FavouriteSetRow& row);
    void update(const FavouriteSetRow& row);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
