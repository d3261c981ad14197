#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct EntryRow {
    qint64 id = 0;
    QString uuid;
    qint64 authorId = 0;
    QString day; // YYYY-MM-DD
    QString visibility;
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
    std::optional<qint64> deletedAt;
    QByteArray title; // sealed; null when absent
    QByteArray body;  // sealed
    QByteArray mood;  // sealed; null when absent
    QByteArray tags;  // sealed; null when absent
    // The partner who imported this entry in its author's name (schema v2);
    // empty when the author wrote it here, or has accepted it as theirs.
    std::optional<qint64> importedBy;
};

// Filters on what is in clear. Content filters (tag, mood) are applied after
// opening, by the use case.
struct EntryQuery {
    std::optional<QString> fromDay;
    std::optional<QString> toDay;
    std::optional<qint64> authorId;
    std::optional<QString> visibility;
    // Rows the reader may see: shared ones, and private ones of this partner
    // (0: shared only).
    qint64 readerId = 0;
    enum class Trash { Exclude, Only, Include } trash = Trash::Exclude;
    int limit = -1;
    int offset = 0;
    // Reads the mood but leaves title, body and tags out (null): for
    // summaries over every entry (trends), which would otherwise read the
    // whole journal's text from disk to count it.
    bool moodOnly = false;
};

class EntryStore {
public:
    explicit EntryStore(Database& db)
        : m_db(db) {}

    void insert(EntryRow& row);       // sets row.id
    void update(const EntryRow& row); // content, day, visibility, updated, device
    void setDeleted(qint64 id, std::optional<qint64> deletedAt, qint64 updated, const QString& device);
    std::optional<EntryRow> byUuid(const QString& uuid);
    std::optional<EntryRow> byId(qint64 id);
    // Newest first (day, then creation time).
    std::vector<EntryRow> list(const EntryQuery& query);
    int count(const EntryQuery& query);
    // Like list, one row at a time without holding them all (search
    // indexing); `visit` returns false to stop early.
    void forEach(const EntryQuery& query, const std::function<bool(const EntryRow&)>& visit);
    // Every row regardless of visibility; for key rotation and verify.
    std::vector<EntryRow> allRows();
    // (day, author id) of every live entry the reader may see, oldest first:
    // enough for streaks and the calendar without opening anything.
    std::vector<std::pair<QString, qint64>> daysByAuthor(qint64 readerId);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
