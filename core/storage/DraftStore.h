#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct DraftRow {
    qint64 id = 0;
    QString uuid;
    qint64 authorId = 0;
    std::optional<QString> entryUuid; // none: a draft of a new entry
    qint64 updated = 0;
    QString device;
    QByteArray content; // sealed
};

// The editor's autosave slots: at most one row per author and entry.
class DraftStore {
public:
    explicit DraftStore(Database& db)
        : m_db(db) {}

    std::optional<DraftRow> find(qint64 authorId, const std::optional<QString>& entryUuid);
    void insert(DraftRow& row);       // sets row.id
    void update(const DraftRow& row); // content, updated, device
    // Drafts are scratch space of one device, not journal content: a discarded
    // draft is removed (secure_delete overwrites it), not tombstoned.
    void remove(qint64 id);
    // One author's drafts, most recently updated first.
    std::vector<DraftRow> byAuthor(qint64 authorId);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
