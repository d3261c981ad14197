#include "storage/EntryStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

constexpr const char* kColumns =
    "id, uuid, author_id, day, visibility, created, updated, device, deleted_at, title, body, mood, tags, imported_by";
// The same columns in the same places, without the text (EntryQuery::moodOnly).
constexpr const char* kMoodOnlyColumns =
    "id, uuid, author_id, day, visibility, created, updated, device, deleted_at, NULL, NULL, mood, NULL, imported_by";

EntryRow readRow(const Statement& s) {
    EntryRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.authorId = s.int64(2);
    r.day = s.text(3);
    r.visibility = s.text(4);
    r.created = s.int64(5);
    r.updated = s.int64(6);
    r.device = s.text(7);
    r.deletedAt = s.optionalInt64(8);
    r.title = s.blob(9);
    r.body = s.blob(10);
    r.mood = s.blob(11);
    r.tags = s.blob(12);
    r.importedBy = s.optionalInt64(13);
    return r;
}

// Builds the WHERE clause for a query; every value is bound, never spliced.
struct Where {
    QByteArray sql;
    void bind(Statement& s, const EntryQuery& q) const {
        int i = 1;
        s.bind(i++, q.readerId);
        if (q.fromDay) {
            s.bind(i++, *q.fromDay);
        }
        if (q.toDay) {
            s.bind(i++, *q.toDay);
        }
        if (q.authorId) {
            s.bind(i++, *q.authorId);
        }
        if (q.visibility) {
            s.bind(i++, *q.visibility);
        }
    }
};

Where whereFor(const EntryQuery& q) {
    Where w;
    w.sql = " WHERE (visibility='shared' OR author_id=?)";
    if (q.fromDay) {
        w.sql += " AND day>=?";
    }
    if (q.toDay) {
        w.sql += " AND day<=?";
    }
    if (q.authorId) {
        w.sql += " AND author_id=?";
    }
    if (q.visibility) {
        w.sql += " AND visibility=?";
    }
    switch (q.trash) {
    case EntryQuery::Trash::Exclude:
        w.sql += " AND deleted_at IS NULL";
        break;
    case EntryQuery::Trash::Only:
        w.sql += " AND deleted_at IS NOT NULL";
        break;
    case EntryQuery::Trash::Include:
        break;
    }
    return w;
}

} // namespace

void EntryStore::insert(EntryRow& row) {
    Statement s(m_db, "INSERT INTO entry (uuid, author_id, day, visibility, created, updated, device, deleted_at, "
                      "title, body, mood, tags, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.authorId)
        .bind(3, row.day)
        .bind(4, row.visibility)
        .bind(5, row.created)
        .bind(6, row.updated)
        .bind(7, row.device)
        .bind(8, row.deletedAt)
        .bind(9, row.title)
        .bind(10, row.body)
        .bind(11, row.mood)
        .bind(12, row.tags)
        .bind(13, row.importedBy);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void EntryStore::update(const EntryRow& row) {
    Statement s(m_db, "UPDATE entry SET day=?, visibility=?, updated=?, device=?, title=?, body=?, mood=?, tags=? "
                      "WHERE id=?");
    s.bind(1, row.day)
        .bind(2, row.visibility)
        .bind(3, row.updated)
        .bind(4, row.device)
        .bind(5, row.title)
        .bind(6, row.body)
        .bind(7, row.mood)
        .bind(8, row.tags)
        .bind(9, row.id);
    s.run();
}

void EntryStore::setDeleted(qint64 id, std::optional<qint64> deletedAt, qint64 updated, const QString& device) {
    Statement s(m_db, "UPDATE entry SET deleted_at=?, updated=?, device=? WHERE id=?");
    s.bind(1, deletedAt).bind(2, updated).bind(3, device).bind(4, id);
    s.run();
}

std::optional<EntryRow> EntryStore::byUuid(const QString& uuid) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM entry WHERE uuid=?";
    Statement s(m_db, sql.constData());
    s.bind(1, uuid);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::optional<EntryRow> EntryStore::byId(qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM entry WHERE id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::vector<EntryRow> EntryStore::list(const EntryQuery& query) {
    const Where where = whereFor(query);
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM entry" + where.sql +
                           " ORDER BY day DESC, created DESC, id DESC LIMIT ? OFFSET ?";
    Statement s(m_db, sql.constData());
    where.bind(s, query);
    const int next =
        1 + 1 + (query.fromDay ? 1 : 0) + (query.toDay ? 1 : 0) + (query.authorId ? 1 : 0) + (query.visibility ? 1 : 0);
    s.bind(next, query.limit).bind(next + 1, query.offset);
    std::vector<EntryRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

void EntryStore::forEach(const EntryQuery& query, const std::function<bool(const EntryRow&)>& visit) {
    const Where where = whereFor(query);
    const QByteArray sql = QByteArray("SELECT ") + (query.moodOnly ? kMoodOnlyColumns : kColumns) + " FROM entry" +
                           where.sql + " ORDER BY id";
    Statement s(m_db, sql.constData());
    where.bind(s, query);
    while (s.step()) {
        if (!visit(readRow(s))) {
            return;
        }
    }
}

int EntryStore::count(const EntryQuery& query) {
    const Where where = whereFor(query);
    const QByteArray sql = QByteArray("SELECT count(*) FROM entry") + where.sql;
    Statement s(m_db, sql.constData());
    where.bind(s, query);
    s.step();
    return s.integer(0);
}

std::vector<EntryRow> EntryStore::allRows() {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM entry ORDER BY id";
    Statement s(m_db, sql.constData());
    std::vector<EntryRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

std::vector<std::pair<QString, qint64>> EntryStore::daysByAuthor(qint64 readerId) {
    Statement s(m_db, "SELECT DISTINCT day, author_id FROM entry WHERE deleted_at IS NULL AND "
                      "(visibility='shared' OR author_id=?) ORDER BY day");
    s.bind(1, readerId);
    std::vector<std::pair<QString, qint64>> days;
    while (s.step()) {
        days.emplace_back(s.text(0), s.int64(1));
    }
    return days;
}

} // namespace twofold::core::storage
