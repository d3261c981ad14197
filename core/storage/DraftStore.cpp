#include "storage/DraftStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

constexpr const char* kColumns = "id, uuid, author_id, entry_uuid, updated, device, content";

DraftRow readRow(const Statement& s) {
    DraftRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.authorId = s.int64(2);
    r.entryUuid = s.optionalText(3);
    r.updated = s.int64(4);
    r.device = s.text(5);
    r.content = s.blob(6);
    return r;
}

} // namespace

std::optional<DraftRow> DraftStore::find(qint64 authorId, const std::optional<QString>& entryUuid) {
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM draft WHERE author_id=? AND ifnull(entry_uuid, '')=?";
    Statement s(m_db, sql.constData());
    s.bind(1, authorId).bind(2, entryUuid.value_or(QString()));
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

void DraftStore::insert(DraftRow& row) {
    Statement s(m_db, "INSERT INTO draft (uuid, author_id, entry_uuid, updated, device, content) "
                      "VALUES (?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.authorId)
        .bind(3, row.entryUuid)
        .bind(4, row.updated)
        .bind(5, row.device)
        .bind(6, row.content);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void DraftStore::update(const DraftRow& row) {
    Statement s(m_db, "UPDATE draft SET content=?, updated=?, device=? WHERE id=?");
    s.bind(1, row.content).bind(2, row.updated).bind(3, row.device).bind(4, row.id);
    s.run();
}

void DraftStore::remove(qint64 id) {
    Statement s(m_db, "DELETE FROM draft WHERE id=?");
    s.bind(1, id);
    s.run();
}

std::vector<DraftRow> DraftStore::byAuthor(qint64 authorId) {
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM draft WHERE author_id=? ORDER BY updated DESC, id DESC";
    Statement s(m_db, sql.constData());
    s.bind(1, authorId);
    std::vector<DraftRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

} // namespace twofold::core::storage
