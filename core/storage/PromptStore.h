#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct PromptRow {
    qint64 id = 0;
    QString uuid;
    QString key; // built-in: the resource id; custom: the uuid
    QString theme;
    QString depth;
    bool builtin = false;
    std::optional<qint64> authorId; // custom prompts
    QByteArray text;                // sealed; null for built-ins (their text is in the resource)
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
    std::optional<qint64> deletedAt;
    // The partner who imported this custom prompt in its author's name
    // (schema v2); an update by the author (nullopt) makes it theirs.
    std::optional<qint64> importedBy;
};

// SQL for the prompt table. Throws SqlError.
class PromptStore {
public:
    explicit PromptStore(Database& db)
        : m_db(db) {}

    void insert(PromptRow& row); // sets row.id
    // Writes theme, depth, text, updated, device and deleted_at of a custom
    // prompt (built-in rows never change).
    void update(const PromptRow& row);
    int countBuiltin();
    QStringList builtinKeys();
    std::optional<PromptRow> byKey(const QString& key);
    // The uuid of the prompt with row id `id`; empty when there is none.
    QString uuidOf(qint64 id);
    std::optional<PromptRow> byId(qint64 id);
    // Every row, built-in first, then custom ones by creation time.
    std::vector<PromptRow> all();
    // Custom prompts only (for sealed-value walks and export).
    std::vector<PromptRow> customRows();

private:
    Database& m_db;
};

} // namespace twofold::core::storage
