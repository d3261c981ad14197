#include "storage/PromptDayStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

std::optional<qint64> PromptDayStore::promptFor(const QString& day) {
    Statement s(m_db, "SELECT prompt_id FROM prompt_day WHERE day=?");
    s.bind(1, day);
    if (s.step()) {
        return s.int64(0);
    }
    return std::nullopt;
}

void PromptDayStore::set(const QString& day, qint64 promptId) {
    Statement s(m_db, "INSERT INTO prompt_day (day, prompt_id) VALUES (?, ?) "
                      "ON CONFLICT(day) DO UPDATE SET prompt_id=excluded.prompt_id");
    s.bind(1, day).bind(2, promptId);
    s.run();
}

std::vector<std::pair<qint64, int>> PromptDayStore::timesShown(const QString& exceptDay) {
    Statement s(m_db, "SELECT prompt_id, count(*) FROM prompt_day WHERE day<>? GROUP BY prompt_id");
    s.bind(1, exceptDay);
    std::vector<std::pair<qint64, int>> counts;
    while (s.step()) {
        counts.emplace_back(s.int64(0), s.integer(1));
    }
    return counts;
}

} // namespace twofold::core::storage
