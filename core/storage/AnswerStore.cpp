#include "storage/AnswerStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

constexpr const char* kColumns =
    "id, uuid, prompt_id, author_id, created, updated, device, deleted_at, body, imported_by";

AnswerRow readRow(const Statement& s) {
    AnswerRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.promptId = s.int64(2);
    r.authorId = s.int64(3);
    r.created = s.int64(4);
    r.updated = s.int64(5);
    r.device = s.text(6);
    r.deletedAt = s.optionalInt64(7);
    r.body = s.blob(8);
    r.importedBy = s.optionalInt64(9);
    return r;
}

} // namespace

void AnswerStore::insert(AnswerRow& row) {
    Statement s(m_db, "INSERT INTO answer (uuid, prompt_id, author_id, created, updated, device, deleted_at, body, "
                      "imported_by) VALUES (?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.promptId)
        .bind(3, row.authorId)
        .bind(4, row.created)
        .bind(5, row.updated)
        .bind(6, row.device)
        .bind(7, row.deletedAt)
        .bind(8, row.body)
        .bind(9, row.importedBy);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void AnswerStore::update(const AnswerRow& row) {
    Statement s(m_db, "UPDATE answer SET body=?, updated=?, device=?, deleted_at=?, imported_by=? WHERE id=?");
    s.bind(1, row.body)
        .bind(2, row.updated)
        .bind(3, row.device)
        .bind(4, row.deletedAt)
        .bind(5, row.importedBy)
        .bind(6, row.id);
    s.run();
}

std::optional<AnswerRow> AnswerStore::find(qint64 promptId, qint64 authorId) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM answer WHERE prompt_id=? AND author_id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, promptId).bind(2, authorId);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::vector<qint64> AnswerStore::answeredPromptIds() {
    Statement s(m_db, "SELECT DISTINCT prompt_id FROM answer WHERE deleted_at IS NULL ORDER BY prompt_id");
    std::vector<qint64> ids;
    while (s.step()) {
        ids.push_back(s.int64(0));
    }
    return ids;
}

std::vector<AnswerRow> AnswerStore::forPrompt(qint64 promptId) {
    const QByteArray sql =
        QByteArray("SELECT ") + kColumns + " FROM answer WHERE prompt_id=? AND deleted_at IS NULL ORDER BY created, id";
    Statement s(m_db, sql.constData());
    s.bind(1, promptId);
    std::vector<AnswerRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

std::optional<AnswerRow> AnswerStore::byId(qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM answer WHERE id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::vector<AnswerRow> AnswerStore::allRows() {
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM answer ORDER BY id";
    Statement s(m_db, sql.constData());
    std::vector<AnswerRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

} // namespace twofold::core::storage
