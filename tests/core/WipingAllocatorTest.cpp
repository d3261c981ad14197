#include "storage/WipingAllocator.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>

using twofold::core::storage::Database;
using twofold::core::storage::Statement;
namespace testing = twofold::core::storage::testing;

namespace {

std::atomic<long> g_released{0};
std::atomic<long> g_releasedBytes{0};
std::atomic<long> g_unwiped{0};

void inspectAndFree(void* block, std::size_t size) {
    const auto* bytes = static_cast<const unsigned char*>(block);
    for (std::size_t i = 0; i < size; ++i) {
        if (bytes[i] != 0) {
            g_unwiped.fetch_add(1);
            break;
        }
    }
    g_released.fetch_add(1);
    g_releasedBytes.fetch_add(static_cast<long>(size));
    std::free(block);
}

struct HookScope {
    HookScope() { testing::setReleaseHook(inspectAndFree); }
    ~HookScope() { testing::setReleaseHook(nullptr); }
    HookScope(const HookScope&) = delete;
    HookScope& operator=(const HookScope&) = delete;
};

} // namespace

TEST_CASE("the pages of an in-memory search index are wiped when SQLite frees them", "[storage]") {
    // The attack: after lock, read the process's free memory for the words
    // the index held. Every block SQLite frees must come back as zeros.
    Database first(QString(), Database::Mode::Memory); // installs the allocator before SQLite's first use
    REQUIRE(twofold::core::storage::installWipingAllocator());
    g_released = 0;
    g_releasedBytes = 0;
    g_unwiped = 0;
    {
        HookScope hook;
        Database db(QString(), Database::Mode::Memory);
        db.exec("CREATE VIRTUAL TABLE idx USING fts5(body)");
        const QString secret = QStringLiteral("the surprise trip to Lisbon in May, pineapple ");
        for (int i = 0; i < 500; ++i) {
            Statement insert(db, "INSERT INTO idx (body) VALUES (?)");
            insert.bind(1, secret.repeated(1 + i % 7) + QString::number(i));
            insert.run();
        }
        db.exec("DROP TABLE idx");
    } // the connection closes: the page cache and lookaside go back too
    CHECK(g_released.load() > 100);
    CHECK(g_releasedBytes.load() > 500 * 46);
    CHECK(g_unwiped.load() == 0);
}
