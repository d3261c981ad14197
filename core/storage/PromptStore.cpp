#include "storage/PromptStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

constexpr const char* kColumns =
    "id, uuid, key, theme, depth, builtin, author_id, text, created, updated, device, deleted_at, imported_by";

PromptRow readRow(const Statement& s) {
    PromptRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.key = s.text(2);
    r.theme = s.text(3);
    r.depth = s.text(4);
    r.builtin = s.int64(5) != 0;
    r.authorId = s.optionalInt64(6);
    r.text = s.blob(7);
    r.created = s.int64(8);
    r.updated = s.int64(9);
    r.device = s.text(10);
    r.deletedAt = s.optionalInt64(11);
    r.importedBy = s.optionalInt64(12);
    return r;
}

std::vector<PromptRow> readAll(Statement& s) {
    std::vector<PromptRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

} // namespace

void PromptStore::insert(PromptRow& row) {
    Statement s(m_db, "INSERT INTO prompt (uuid, key, theme, depth, builtin, author_id, text, created, updated, "
                      "device, deleted_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.key)
        .bind(3, row.theme)
        .bind(4, row.depth)
        .bind(5, row.builtin ? 1 : 0)
        .bind(6, row.authorId)
        .bind(7, row.text)
        .bind(8, row.created)
        .bind(9, row.updated)
        .bind(10, row.device)
        .bind(11, row.deletedAt)
        .bind(12, row.importedBy);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void PromptStore::update(const PromptRow& row) {
    Statement s(m_db, "UPDATE prompt SET theme=?, depth=?, text=?, updated=?, device=?, deleted_at=?, imported_by=? "
                      "WHERE id=? AND builtin=0");
    s.bind(1, row.theme)
        .bind(2, row.depth)
        .bind(3, row.text)
        .bind(4, row.updated)
        .bind(5, row.device)
        .bind(6, row.deletedAt)
        .bind(7, row.importedBy)
        .bind(8, row.id);
    s.run();
}

int PromptStore::countBuiltin() {
    Statement s(m_db, "SELECT count(*) FROM prompt WHERE builtin=1");
    s.step();
    return s.integer(0);
}

QStringList PromptStore::builtinKeys() {
    Statement s(m_db, "SELECT key FROM prompt WHERE builtin=1");
    QStringList keys;
    while (s.step()) {
        keys.append(s.text(0));
    }
    return keys;
}

std::optional<PromptRow> PromptStore::byKey(const QString& key) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM prompt WHERE key=?";
    Statement s(m_db, sql.constData());
    s.bind(1, key);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::optional<PromptRow> PromptStore::byId(qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM prompt WHERE id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

QString PromptStore::uuidOf(qint64 id) {
    Statement s(m_db, "SELECT uuid FROM prompt WHERE id=?");
    s.bind(1, id);
    return s.step() ? s.text(0) : QString();
}

std::vector<PromptRow> PromptStore::all() {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM prompt ORDER BY builtin DESC, created, id";
    Statement s(m_db, sql.constData());
    return readAll(s);
}

std::vector<PromptRow> PromptStore::customRows() {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM prompt WHERE builtin=0 ORDER BY created, id";
    Statement s(m_db, sql.constData());
    return readAll(s);
}

} // namespace twofold::core::storage
