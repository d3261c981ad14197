#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct ThemeChoiceRow {
    qint64 id = 0;
    QString uuid;
    qint64 partnerId = 0;
    QString theme;
    QByteArray choice; // sealed "yes" | "not-now"
    qint64 updated = 0;
    QString device;
};

// SQL for theme_choice: one row per partner and theme. A partner's rows are
// all written together on their first choice (no rows: every theme's
// default). Throws SqlError.
class ThemeChoiceStore {
public:
    explicit ThemeChoiceStore(Database& db)
        : m_db(db) {}

    void insert(ThemeChoiceRow& row); // sets row.id
    void update(const ThemeChoiceRow& row);
    std::optional<ThemeChoiceRow> find(qint64 partnerId, const QString& theme);
    std::vector<ThemeChoiceRow> all();

private:
    Database& m_db;
};

} // namespace twofold::core::storage
