#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct AnswerRow {
    qint64 id = 0;
    QString uuid;
    qint64 promptId = 0;
    qint64 authorId = 0;
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
    std::optional<qint64> deletedAt;
    QByteArray body; // sealed with the journal key
    // The partner who imported this answer in its author's name (schema v2);
    // an update by the author (nullopt) makes it theirs.
    std::optional<qint64> importedBy;
};

// SQL for the answer table: one row per partner and prompt. Throws SqlError.
class AnswerStore {
public:
    explicit AnswerStore(Database& db)
        : m_db(db) {}

    void insert(AnswerRow& row); // sets row.id
    // Replaces the body and imported_by (and brings a tombstoned answer back).
    void update(const AnswerRow& row);
    // Including a tombstoned one, so answering again reuses its uuid.
    std::optional<AnswerRow> find(qint64 promptId, qint64 authorId);
    // Live answers to one prompt, oldest first.
    std::vector<AnswerRow> forPrompt(qint64 promptId);
    // The prompts with at least one live answer (a retired prompt stays
    // browsable while it has some).
    std::vector<qint64> answeredPromptIds();
    // Every row; for key rotation, verify and export.
    std::vector<AnswerRow> allRows();
    // One row by id, tombstones included.
    std::optional<AnswerRow> byId(qint64 id);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
