#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/Database.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

core::Result<core::Entry> addEntry(core::Journal& journal, const QString& text) {
    core::EntryInput input;
    input.day = QDate(2026, 3, 1);
    input.text = text;
    return core::Entries(journal).add(input);
}

qsizetype entriesIn(const QString& path) {
    auto opened = core::Journal::open(path);
    REQUIRE(opened.has_value());
    REQUIRE((*opened)->unlock(QStringLiteral("Alex")));
    auto entries = core::Entries(**opened).list({});
    REQUIRE(entries.has_value());
    return static_cast<qsizetype>(entries->size());
}

} // namespace

TEST_CASE("a journal file moved, deleted or replaced while open refuses every write in its own sentence",
          "[storage][disk]") {
    // SQLite keeps writing into the file it opened: after a move the words
    // would land in a file nobody looks for, after a delete in none at all.
    const std::vector<std::pair<const char*, std::function<void(const QString&, const QString&)>>> cases{
        {"moved",
         [](const QString& path, const QString& away) {
             REQUIRE(QFile::rename(path, away));
         }},
        {"deleted",
         [](const QString& path, const QString& away) {
             REQUIRE(QFile::copy(path, away));
             REQUIRE(QFile::remove(path));
         }},
        {"replaced by a copy",
         [](const QString& path, const QString& away) {
             REQUIRE(QFile::copy(path, away));
             REQUIRE(QFile::remove(path));
             REQUIRE(QFile::copy(away, path));
         }},
    };
    for (const auto& [name, vanish] : cases) {
        INFO(name);
        test::TempJournal t;
        REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
        REQUIRE(addEntry(*t.journal, QStringLiteral("before")));
        const QString away = t.dir.filePath(QStringLiteral("elsewhere.twofold"));
        internals(*t.journal).database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
        vanish(t.path(), away);

        auto refused = addEntry(*t.journal, QStringLiteral("after"));
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().message ==
              QStringLiteral("The journal file %1 was moved or deleted while it was open; nothing was changed.")
                  .arg(t.path()));
        t.journal.reset();
        CHECK(entriesIn(away) == 1);
    }
}

TEST_CASE("a disk that fills up while writing is said as a full disk, and nothing is written", "[storage][disk]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    // SQLite's own limit on the file's size reports SQLITE_FULL exactly as a
    // full disk does.
    internals(*t.journal).database().exec("PRAGMA max_page_count = 1");
    auto refused = addEntry(*t.journal, QString(200 * 1024, QLatin1Char('x')));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message == QStringLiteral("The disk is full; nothing was changed."));
    CHECK_FALSE(core::isOpenError(refused.error().code));
    t.journal.reset();
    CHECK(entriesIn(t.path()) == 0);
}
