#include "storage/ChangeScanStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

// One SELECT per table, each returning: id, author uuid, created, updated,
// deleted_at, has-agreements. Tables without a column give a constant.
// Drafts keep their time only to the minute, so their scan looks a minute
// further back (a draft reported twice is harmless).
struct Scan {
    ChangedRow::Table table;
    const char* sql;
};

constexpr Scan kScans[] = {
    {ChangedRow::Table::Entry, "SELECT e.uuid, p.uuid, e.created, e.updated, e.deleted_at, 0 FROM entry e "
                               "JOIN partner p ON p.id = e.author_id WHERE e.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::Draft, "SELECT ifnull(d.entry_uuid, ''), p.uuid, d.updated, d.updated, NULL, 0 FROM draft d "
                               "JOIN partner p ON p.id = d.author_id WHERE d.updated >= ?1 - 60000 LIMIT ?2"},
    {ChangedRow::Table::CheckIn,
     "SELECT c.week, '', c.created, c.updated, c.deleted_at, c.agreements IS NOT NULL FROM checkin c "
     "WHERE c.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::CheckInPart,
     "SELECT c.week, p.uuid, cp.created, cp.updated, cp.deleted_at, 0 FROM checkin_part cp "
     "JOIN checkin c ON c.id = cp.checkin_id JOIN partner p ON p.id = cp.author_id WHERE cp.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::Prompt,
     "SELECT pr.key, ifnull(p.uuid, ''), pr.created, pr.updated, pr.deleted_at, 0 FROM prompt pr "
     "LEFT JOIN partner p ON p.id = pr.author_id WHERE pr.builtin = 0 AND pr.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::Answer,
     "SELECT pr.key, p.uuid, a.created, a.updated, a.deleted_at, 0 FROM answer a "
     "JOIN prompt pr ON pr.id = a.prompt_id JOIN partner p ON p.id = a.author_id WHERE a.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::ThemeChoice, "SELECT t.theme, p.uuid, t.updated, t.updated, NULL, 0 FROM theme_choice t "
                                     "JOIN partner p ON p.id = t.partner_id WHERE t.updated >= ?1 LIMIT ?2"},
    // A favourite set says nothing in clear but whose it is.
    {ChangedRow::Table::Favourites, "SELECT '', p.uuid, f.updated, f.updated, NULL, 0 FROM favourite_set f "
                                    "JOIN partner p ON p.id = f.partner_id WHERE f.updated >= ?1 LIMIT ?2"},
    {ChangedRow::Table::Partner,
     "SELECT uuid, uuid, created, updated, deleted_at, 0 FROM partner WHERE updated >= ?1 LIMIT ?2"},
};

} // namespace

qint64 ChangeScanStore::dataVersion() {
    Statement s(m_db, "PRAGMA data_version");
    s.step();
    return s.int64(0);
}

qint64 ChangeScanStore::latestUpdate() {
    Statement s(m_db, "SELECT max(m) FROM (SELECT max(updated) AS m FROM entry UNION ALL SELECT max(updated) FROM "
                      "draft UNION ALL SELECT max(updated) FROM checkin UNION ALL SELECT max(updated) FROM "
                      "checkin_part UNION ALL SELECT max(updated) FROM prompt WHERE builtin = 0 UNION ALL SELECT "
                      "max(updated) FROM answer UNION ALL SELECT max(updated) FROM theme_choice UNION ALL SELECT "
                      "max(updated) FROM favourite_set UNION ALL SELECT max(updated) FROM partner)");
    s.step();
    return s.isNull(0) ? 0 : s.int64(0);
}

std::vector<ChangedRow> ChangeScanStore::changedSince(qint64 since, int limit) {
    std::vector<ChangedRow> rows;
    for (const Scan& scan : kScans) {
        Statement s(m_db, scan.sql);
        s.bind(1, since).bind(2, limit + 1 - static_cast<int>(rows.size()));
        while (s.step()) {
            ChangedRow row{scan.table, s.text(0), s.text(1), s.int64(2), s.int64(3), std::nullopt, s.integer(5) != 0};
            if (!s.isNull(4)) {
                row.deletedAt = s.int64(4);
            }
            rows.push_back(std::move(row));
        }
        if (static_cast<int>(rows.size()) > limit) {
            break;
        }
    }
    return rows;
}

} // namespace twofold::core::storage
