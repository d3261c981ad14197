// A partner's own name and colour: changed only by that partner, checked like
// at creation, reported on the change feed, seen by another connection.
#include "journal/Profiles.h"

#include "TempJournal.h"
#include "journal/Journal.h"

#include <catch2/catch.hpp>

using namespace twofold;

namespace {
QString nameOf(const core::Journal& journal, int position) {
    for (const core::Partner& partner : journal.partners()) {
        if (partner.position == position) {
            return partner.name;
        }
    }
    return {};
}
} // namespace

TEST_CASE("A partner renames and recolours themselves, and the other connection sees it") {
    test::TempJournal temp;
    REQUIRE(temp.journal->unlock(QStringLiteral("Sam")));
    std::vector<core::ChangeSet> sets;
    const int id = temp.journal->changes().subscribe([&](const core::ChangeSet& set) {
        sets.push_back(set);
        // The journal already knows the new name when the feed reports.
        CHECK(nameOf(*temp.journal, 1) == QStringLiteral("Samira"));
    });
    const auto updated = core::Profiles(*temp.journal).update(QStringLiteral("  Samira "), QStringLiteral("#AA3355"));
    temp.journal->changes().unsubscribe(id);
    REQUIRE(updated);
    CHECK(updated->name == QStringLiteral("Samira"));
    CHECK(updated->colour == QStringLiteral("#aa3355"));
    REQUIRE(sets.size() == 1);
    CHECK(sets[0].touches(core::ChangeKind::Partner));
    CHECK(temp.journal->actingPartner()->name == QStringLiteral("Samira"));

    const auto other = temp.reopenAs(QStringLiteral("Samira"));
    REQUIRE(other);
    CHECK(nameOf(*other, 1) == QStringLiteral("Samira"));
    CHECK(nameOf(*other, 0) == QStringLiteral("Alex"));
}

TEST_CASE("A bad name or colour is one sentence and changes nothing") {
    test::TempJournal temp;
    REQUIRE(temp.journal->unlock(QStringLiteral("Alex")));
    core::Profiles profiles(*temp.journal);
    const struct {
        QString name;
        QString colour;
        QString says;
    } cases[] = {
        {QStringLiteral("   "), QStringLiteral("#112233"), QStringLiteral("cannot be empty")},
        {QString(81, QLatin1Char('a')), QStringLiteral("#112233"), QStringLiteral("at most 80")},
        {QStringLiteral("sam"), QStringLiteral("#112233"), QStringLiteral("different names")},
        {QStringLiteral("Alexis"), QStringLiteral("red"), QStringLiteral("#rrggbb")},
        {QStringLiteral("Alexis"), QStringLiteral("#12345"), QStringLiteral("#rrggbb")},
    };
    int reported = 0;
    const int id = temp.journal->changes().subscribe([&](const core::ChangeSet&) { ++reported; });
    for (const auto& c : cases) {
        const auto result = profiles.update(c.name, c.colour);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == core::ErrorCode::InvalidArgument);
        CHECK(result.error().message.contains(c.says));
    }
    // Unchanged values write nothing either.
    const auto same = profiles.update(QStringLiteral("Alex"), temp.journal->actingPartner()->colour);
    REQUIRE(same);
    temp.journal->changes().unsubscribe(id);
    CHECK(reported == 0);
    CHECK(nameOf(*temp.reopenAs(QStringLiteral("Alex")), 0) == QStringLiteral("Alex"));
}

TEST_CASE("Changing a profile needs the partner's own unlocked session") {
    test::TempJournal temp;
    core::Profiles locked(*temp.journal);
    CHECK(locked.update(QStringLiteral("Al"), QStringLiteral("#112233")).error().code == core::ErrorCode::Locked);
    REQUIRE(temp.journal->unlockReader());
    const auto reader = core::Profiles(*temp.journal).update(QStringLiteral("Al"), QStringLiteral("#112233"));
    REQUIRE_FALSE(reader);
    CHECK(nameOf(*temp.journal, 0) == QStringLiteral("Alex"));
}
