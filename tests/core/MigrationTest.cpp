#include "storage/Database.h"
#include "storage/Schema.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

using namespace twofold::core::storage;

TEST_CASE("migrations bring an empty database to the current schema and are idempotent", "[storage][migration]") {
    Database db(QString(), Database::Mode::Memory);
    CHECK(db.userVersion() == 0);
    migrate(db);
    CHECK(db.userVersion() == kSchemaVersion);
    migrate(db); // nothing left to do
    CHECK(db.userVersion() == kSchemaVersion);
    for (const char* table : {"meta", "partner", "entry", "draft", "checkin", "checkin_part", "prompt", "answer",
                              "theme_choice", "prompt_day"}) {
        Statement s(db, "SELECT count(*) FROM sqlite_schema WHERE type='table' AND name=?");
        s.bind(1, table);
        REQUIRE(s.step());
        INFO(table);
        CHECK(s.integer(0) == 1);
    }
}

TEST_CASE("every syncable table has uuid, updated and device columns", "[storage][migration]") {
    Database db(QString(), Database::Mode::Memory);
    migrate(db);
    for (const char* table :
         {"partner", "entry", "draft", "checkin", "checkin_part", "prompt", "answer", "theme_choice"}) {
        Statement s(db, "SELECT group_concat(name) FROM pragma_table_info(?)");
        s.bind(1, table);
        REQUIRE(s.step());
        const QString columns = s.text(0);
        INFO(table << ": " << columns.toStdString());
        CHECK(columns.contains(QStringLiteral("uuid")));
        CHECK(columns.contains(QStringLiteral("updated")));
        CHECK(columns.contains(QStringLiteral("device")));
    }
}
