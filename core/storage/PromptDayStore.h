#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace twofold::core::storage {

class Database;

// SQL for prompt_day: which prompt was the prompt of the day.
class PromptDayStore {
public:
    explicit PromptDayStore(Database& db)
        : m_db(db) {}

    std::optional<qint64> promptFor(const QString& day);
    void set(const QString& day, qint64 promptId);
    // How often each prompt (row id) has been the prompt of the day, not
    // counting `exceptDay`.
    std::vector<std::pair<qint64, int>> timesShown(const QString& exceptDay);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
