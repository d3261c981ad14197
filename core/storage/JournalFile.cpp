#include "storage/JournalFile.h"

#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <QString>

namespace twofold::core::storage {

int applicationId(Database& db) {
    Statement s(db, "PRAGMA application_id");
    s.step();
    return s.integer(0);
}

void stampApplicationId(Database& db) {
    db.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId).toUtf8().constData());
}

void applyWritePragmas(Database& db) {
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=FULL");
}

void probeSchema(Database& db) {
    // Scoped: an unfinished statement keeps a read transaction open, and
    // journal_mode=WAL cannot be set inside one (a backup, which is a
    // rollback-journal file, would then fail to open).
    Statement probe(db, "SELECT count(*) FROM sqlite_schema");
    probe.step();
}

} // namespace twofold::core::storage
