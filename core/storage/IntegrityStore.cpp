#include "storage/IntegrityStore.h"

#include "storage/Statement.h"

#include <QCoreApplication>

namespace twofold::core::storage {

std::optional<QString> IntegrityStore::firstIntegrityProblem() {
    Statement check(m_db, "PRAGMA integrity_check(1)");
    if (!check.step()) {
        return QStringLiteral("the integrity check gave no answer");
    }
    const QString answer = check.text(0);
    if (answer == QLatin1String("ok")) {
        return std::nullopt;
    }
    return answer;
}

std::optional<QString> IntegrityStore::firstForeignKeyProblem() {
    Statement check(m_db, "PRAGMA foreign_key_check");
    if (!check.step()) {
        return std::nullopt;
    }
    return QCoreApplication::translate("IntegrityStore", "%1 row %2 refers to a missing %3")
        .arg(check.text(0))
        .arg(check.isNull(1) ? 0 : check.int64(1))
        .arg(check.text(2));
}

} // namespace twofold::core::storage
