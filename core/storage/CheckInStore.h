#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct CheckInRow {
    qint64 id = 0;
    QString uuid;
    QString week; // YYYY-Www
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
    std::optional<qint64> deletedAt;
    QByteArray agreements; // sealed; null when none
    std::optional<qint64> agreementsBy;
    std::optional<qint64> agreementsImportedBy; // schema v2, as for parts
};

struct CheckInPartRow {
    qint64 id = 0;
    QString uuid;
    qint64 checkInId = 0;
    qint64 authorId = 0;
    std::optional<qint64> submittedAt;
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
    std::optional<qint64> deletedAt;
    QByteArray ratings; // sealed; null when none
    QByteArray fields;  // sealed; null when none
    // The partner who imported this part in its author's name (schema v2);
    // an update by the author (nullopt) makes it theirs.
    std::optional<qint64> importedBy;
};

// Every SQL statement about the checkin and checkin_part tables. Reads skip
// tombstones unless they say otherwise. Throws SqlError.
class CheckInStore {
public:
    explicit CheckInStore(Database& db)
        : m_db(db) {}

    void insert(CheckInRow& row); // sets row.id
    // Brings back a tombstoned check-in (reopening its week).
    void revive(qint64 id, qint64 updated, const QString& device);
    // Replaces the agreements; `importedBy` is the partner who imported them
    // in their author's name (nullopt: the author's own).
    void setAgreements(qint64 id, const QByteArray& sealed, qint64 authorId, qint64 updated, const QString& device,
                       std::optional<qint64> importedBy = std::nullopt);
    // Including a tombstoned row, so that a week is never inserted twice.
    std::optional<CheckInRow> byWeek(const QString& week);
    // Live check-ins, oldest week first.
    std::vector<CheckInRow> list();
    int count();
    // The latest live check-in before `week` with agreements.
    std::optional<CheckInRow> previousWithAgreements(const QString& week);
    // Every row, tombstones included; for key rotation and verify.
    std::vector<CheckInRow> allRows();
    // One row by id, tombstones included.
    std::optional<CheckInRow> byId(qint64 id);

    void insertPart(CheckInPartRow& row); // sets row.id
    // Replaces the content of a part (and clears a tombstone).
    void updatePart(const CheckInPartRow& row);
    std::optional<CheckInPartRow> part(qint64 checkInId, qint64 authorId); // tombstones included
    // Live parts of one check-in, in partner order.
    std::vector<CheckInPartRow> parts(qint64 checkInId);
    // Live parts of every live check-in, by check-in then partner order.
    std::vector<CheckInPartRow> allLiveParts();
    // Every part row, tombstones included; for key rotation and verify.
    std::vector<CheckInPartRow> allPartRows();
    // One part by id, tombstones included.
    std::optional<CheckInPartRow> partById(qint64 id);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
