#include "storage/CheckInStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

namespace {

constexpr const char* kCheckInColumns =
    "c.id, c.uuid, c.week, c.created, c.updated, c.device, c.deleted_at, c.agreements, c.agreements_by, "
    "c.agreements_imported_by";
constexpr const char* kPartColumns = "p.id, p.uuid, p.checkin_id, p.author_id, p.submitted_at, p.created, p.updated, "
                                     "p.device, p.deleted_at, p.ratings, p.fields, p.imported_by";

CheckInRow readCheckIn(const Statement& s) {
    CheckInRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.week = s.text(2);
    r.created = s.int64(3);
    r.updated = s.int64(4);
    r.device = s.text(5);
    r.deletedAt = s.optionalInt64(6);
    r.agreements = s.blob(7);
    r.agreementsBy = s.optionalInt64(8);
    r.agreementsImportedBy = s.optionalInt64(9);
    return r;
}

CheckInPartRow readPart(const Statement& s) {
    CheckInPartRow r;
    r.id = s.int64(0);
    r.uuid = s.text(1);
    r.checkInId = s.int64(2);
    r.authorId = s.int64(3);
    r.submittedAt = s.optionalInt64(4);
    r.created = s.int64(5);
    r.updated = s.int64(6);
    r.device = s.text(7);
    r.deletedAt = s.optionalInt64(8);
    r.ratings = s.blob(9);
    r.fields = s.blob(10);
    r.importedBy = s.optionalInt64(11);
    return r;
}

std::vector<CheckInRow> readCheckIns(Statement& s) {
    std::vector<CheckInRow> rows;
    while (s.step()) {
        rows.push_back(readCheckIn(s));
    }
    return rows;
}

std::vector<CheckInPartRow> readParts(Statement& s) {
    std::vector<CheckInPartRow> rows;
    while (s.step()) {
        rows.push_back(readPart(s));
    }
    return rows;
}

} // namespace

void CheckInStore::insert(CheckInRow& row) {
    Statement s(m_db, "INSERT INTO checkin (uuid, week, created, updated, device, deleted_at, agreements, "
                      "agreements_by) VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.week)
        .bind(3, row.created)
        .bind(4, row.updated)
        .bind(5, row.device)
        .bind(6, row.deletedAt)
        .bind(7, row.agreements)
        .bind(8, row.agreementsBy);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void CheckInStore::revive(qint64 id, qint64 updated, const QString& device) {
    Statement s(m_db, "UPDATE checkin SET deleted_at=NULL, updated=?, device=? WHERE id=?");
    s.bind(1, updated).bind(2, device).bind(3, id);
    s.run();
}

void CheckInStore::setAgreements(qint64 id, const QByteArray& sealed, qint64 authorId, qint64 updated,
                                 const QString& device, std::optional<qint64> importedBy) {
    Statement s(m_db, "UPDATE checkin SET agreements=?, agreements_by=?, updated=?, device=?, agreements_imported_by=? "
                      "WHERE id=?");
    s.bind(1, sealed).bind(2, authorId).bind(3, updated).bind(4, device).bind(5, importedBy).bind(6, id);
    s.run();
}

std::optional<CheckInRow> CheckInStore::byWeek(const QString& week) {
    const QByteArray sql = QByteArray("SELECT ") + kCheckInColumns + " FROM checkin c WHERE c.week=?";
    Statement s(m_db, sql.constData());
    s.bind(1, week);
    if (s.step()) {
        return readCheckIn(s);
    }
    return std::nullopt;
}

std::vector<CheckInRow> CheckInStore::list() {
    const QByteArray sql =
        QByteArray("SELECT ") + kCheckInColumns + " FROM checkin c WHERE c.deleted_at IS NULL ORDER BY c.week";
    Statement s(m_db, sql.constData());
    return readCheckIns(s);
}

int CheckInStore::count() {
    Statement s(m_db, "SELECT count(*) FROM checkin WHERE deleted_at IS NULL");
    s.step();
    return s.integer(0);
}

std::optional<CheckInRow> CheckInStore::previousWithAgreements(const QString& week) {
    // The week column is UNIQUE, so this walks its index backwards.
    const QByteArray sql = QByteArray("SELECT ") + kCheckInColumns +
                           " FROM checkin c WHERE c.week<? AND c.deleted_at IS NULL AND c.agreements IS NOT NULL "
                           "ORDER BY c.week DESC LIMIT 1";
    Statement s(m_db, sql.constData());
    s.bind(1, week);
    if (s.step()) {
        return readCheckIn(s);
    }
    return std::nullopt;
}

std::optional<CheckInRow> CheckInStore::byId(qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kCheckInColumns + " FROM checkin c WHERE c.id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (s.step()) {
        return readCheckIn(s);
    }
    return std::nullopt;
}

std::vector<CheckInRow> CheckInStore::allRows() {
    const QByteArray sql = QByteArray("SELECT ") + kCheckInColumns + " FROM checkin c ORDER BY c.id";
    Statement s(m_db, sql.constData());
    return readCheckIns(s);
}

void CheckInStore::insertPart(CheckInPartRow& row) {
    Statement s(m_db, "INSERT INTO checkin_part (uuid, checkin_id, author_id, submitted_at, created, updated, device, "
                      "deleted_at, ratings, fields, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.checkInId)
        .bind(3, row.authorId)
        .bind(4, row.submittedAt)
        .bind(5, row.created)
        .bind(6, row.updated)
        .bind(7, row.device)
        .bind(8, row.deletedAt)
        .bind(9, row.ratings)
        .bind(10, row.fields)
        .bind(11, row.importedBy);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void CheckInStore::updatePart(const CheckInPartRow& row) {
    Statement s(m_db, "UPDATE checkin_part SET submitted_at=?, updated=?, device=?, deleted_at=NULL, ratings=?, "
                      "fields=?, imported_by=? WHERE id=?");
    s.bind(1, row.submittedAt)
        .bind(2, row.updated)
        .bind(3, row.device)
        .bind(4, row.ratings)
        .bind(5, row.fields)
        .bind(6, row.importedBy)
        .bind(7, row.id);
    s.run();
}

std::optional<CheckInPartRow> CheckInStore::part(qint64 checkInId, qint64 authorId) {
    const QByteArray sql =
        QByteArray("SELECT ") + kPartColumns + " FROM checkin_part p WHERE p.checkin_id=? AND p.author_id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, checkInId).bind(2, authorId);
    if (s.step()) {
        return readPart(s);
    }
    return std::nullopt;
}

std::vector<CheckInPartRow> CheckInStore::parts(qint64 checkInId) {
    const QByteArray sql = QByteArray("SELECT ") + kPartColumns +
                           " FROM checkin_part p JOIN partner a ON a.id=p.author_id "
                           "WHERE p.checkin_id=? AND p.deleted_at IS NULL ORDER BY a.position";
    Statement s(m_db, sql.constData());
    s.bind(1, checkInId);
    return readParts(s);
}

std::vector<CheckInPartRow> CheckInStore::allLiveParts() {
    const QByteArray sql = QByteArray("SELECT ") + kPartColumns +
                           " FROM checkin_part p JOIN checkin c ON c.id=p.checkin_id "
                           "JOIN partner a ON a.id=p.author_id "
                           "WHERE p.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY c.week, a.position";
    Statement s(m_db, sql.constData());
    return readParts(s);
}

std::optional<CheckInPartRow> CheckInStore::partById(qint64 id) {
    const QByteArray sql = QByteArray("SELECT ") + kPartColumns + " FROM checkin_part p WHERE p.id=?";
    Statement s(m_db, sql.constData());
    s.bind(1, id);
    if (s.step()) {
        return readPart(s);
    }
    return std::nullopt;
}

std::vector<CheckInPartRow> CheckInStore::allPartRows() {
    const QByteArray sql = QByteArray("SELECT ") + kPartColumns + " FROM checkin_part p ORDER BY p.id";
    Statement s(m_db, sql.constData());
    return readParts(s);
}

} // namespace twofold::core::storage
