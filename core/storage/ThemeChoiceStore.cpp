#include "storage/ThemeChoiceStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

ThemeChoiceRow readRow(const Statement& s) {
    ThemeChoiceRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.partnerId = s.int64(2);
    r.theme = s.text(3);
    r.choice = s.blob(4);
    r.updated = s.int64(5);
    r.device = s.text(6);
    return r;
}

} // namespace

void ThemeChoiceStore::insert(ThemeChoiceRow& row) {
    Statement s(m_db,
                "INSERT INTO theme_choice (uuid, partner_id, theme, choice, updated, device) VALUES (?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.partnerId)
        .bind(3, row.theme)
        .bind(4, row.choice)
        .bind(5, row.updated)
        .bind(6, row.device);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void ThemeChoiceStore::update(const ThemeChoiceRow& row) {
    Statement s(m_db, "UPDATE theme_choice SET choice=?, updated=?, device=? WHERE id=?");
    s.bind(1, row.choice).bind(2, row.updated).bind(3, row.device).bind(4, row.id);
    s.run();
}

std::optional<ThemeChoiceRow> ThemeChoiceStore::find(qint64 partnerId, const QString& theme) {
    Statement s(m_db, "SELECT id, uuid, partner_id, theme, choice, updated, device FROM theme_choice "
                      "WHERE partner_id=? AND theme=?");
    s.bind(1, partnerId).bind(2, theme);
    if (s.step()) {
        return readRow(s);
    }
    return std::nullopt;
}

std::vector<ThemeChoiceRow> ThemeChoiceStore::all() {
    Statement s(m_db, "SELECT id, uuid, partner_id, theme, choice, updated, device FROM theme_choice ORDER BY id");
    std::vector<ThemeChoiceRow> rows;
    while (s.step()) {
        rows.push_back(readRow(s));
    }
    return rows;
}

} // namespace twofold::core::storage
