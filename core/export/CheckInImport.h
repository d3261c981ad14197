#pragma once

#include "Result.h"
#include "domain/CheckIn.h"
#include "export/ImportContext.h"
#include "storage/CheckInStore.h"

#include <QDateTime>

#include <optional>
#include <vector>

namespace twofold::core {

// The "checkins" list of an import. A journal has one check-in per week, so
// check-ins are matched by week; within a week each partner's part and the
// agreements are merged on their own (docs/json-format.md).
class CheckInImport : public ListImport {
public:
    explicit CheckInImport(const ImportContext& context)
        : m_context(context) {}

    Result<void> parse(const QJsonArray& items) override;
    Result<void> plan() override;
    ImportCounts apply() override;

private:
    enum class Action { Add, Update, Accept, Unchanged, Skip };
    struct Part {
        Partner author;
        CheckInAnswer answer;
        std::optional<QDateTime> submitted;
        QDateTime updated;
        bool hasUpdated = false;
        Action action = Action::Add;
        std::optional<storage::CheckInPartRow> existing;
    };
    struct Item {
        QString id;
        QString week;
        QDateTime created;
        QDateTime updated;
        bool hasUpdated = false;
        std::vector<Part> parts;
        std::optional<QString> agreements;
        Partner agreementsBy;
        Action agreementsAction = Action::Unchanged;
        bool revive = false;
        std::optional<storage::CheckInRow> existing;
    };

    Result<Item> parseItem(const QJsonValue& value, int index);
    Result<Part> parsePart(const QString& name, const QJsonValue& value, const QString& where);
    Result<void> planItem(Item& item, storage::CheckInStore& store);
    void applyItem(Item& item, storage::CheckInStore& store, ImportCounts& counts);

    const ImportContext& m_context;
    std::vector<Item> m_items;
};

} // namespace twofold::core
