#include "journal/Entries.h"

#include "Clock.h"
#include "ClockPin.h"
#include "JournalGenerator.h"
#include "TempJournal.h"
#include "journal/Journal.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::ErrorCode;
using core::Visibility;

namespace {
EntryInput textInput(const QString& text, Visibility visibility = Visibility::Shared) {
    EntryInput input;
    input.text = text;
    input.visibility = visibility;
    return input;
}
} // namespace

TEST_CASE("an entry keeps every field exactly, UTF-8 included", "[entries]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    std::optional<test::ClockPin> pin(std::in_place, QDateTime(QDate(2026, 3, 14), QTime(12, 0), Qt::UTC));
    const QString text = QStringLiteral("**Bold** day 🌧️\nمرحبا بالعالم\n你好\ne\u0301 Zoë");
    EntryInput input = textInput(text);
    input.title = QStringLiteral("  A walk  ");
    input.mood = 4;
    input.tags = QStringList{QStringLiteral("home"), QStringLiteral(" Home "), QStringLiteral("café")};
    auto added = Entries(*t.journal).add(input);
    pin.reset();
    REQUIRE(added.has_value());
    auto got = Entries(*t.reopenAs(QStringLiteral("Sam"))).get(added->id);
    REQUIRE(got.has_value());
    CHECK(got->text == *input.text);
    CHECK(got->title == QStringLiteral("A walk"));
    CHECK(got->mood == 4);
    CHECK(got->tags == QStringList{QStringLiteral("home"), QStringLiteral("café")});
    CHECK(got->day == QDate(2026, 3, 14));
    CHECK(got->authorName == QStringLiteral("Alex"));
    CHECK(got->visibility == Visibility::Shared);
}

TEST_CASE("bad input is refused with one sentence and changes nothing", "[entries]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Entries entries(*t.journal);
    CHECK(entries.add(textInput(QStringLiteral("   \n"))).error().code == ErrorCode::InvalidArgument);
    EntryInput badMood = textInput(QStringLiteral("x"));
    badMood.mood = 6;
    CHECK(entries.add(badMood).error().code == ErrorCode::InvalidArgument);
    EntryInput badDay = textInput(QStringLiteral("x"));
    badDay.day = QDate(2026, 2, 30);
    CHECK(entries.add(badDay).error().code == ErrorCode::InvalidArgument);
    CHECK(*entries.count({}) == 0);
}

TEST_CASE("a private entry is invisible to the partner", "[entries][privacy]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    auto secret = Entries(*t.journal).add(textInput(QStringLiteral("only mine"), Visibility::Private));
    auto shared = Entries(*t.journal).add(textInput(QStringLiteral("for us")));
    REQUIRE(secret.has_value());
    REQUIRE(shared.has_value());

    auto alex = t.reopenAs(QStringLiteral("Alex"));
    Entries alexEntries(*alex);
    auto list = alexEntries.list({});
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 1);
    CHECK(list->front().id == shared->id);
    CHECK(alexEntries.get(secret->id).error().code == ErrorCode::NotFound);
    CHECK(alexEntries.edit(secret->id, textInput(QStringLiteral("x"))).error().code == ErrorCode::NotFound);
    CHECK(alexEntries.remove(secret->id).error().code == ErrorCode::NotFound);
    // The author still sees both.
    CHECK(Entries(*t.journal).list({})->size() == 2);
    // A reader without a partner sees shared writing only.
    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    CHECK(Entries(**reader).list({})->size() == 1);
    CHECK(Entries(**reader).add(textInput(QStringLiteral("x"))).error().code == ErrorCode::Forbidden);
}

TEST_CASE("only the author edits, deletes and restores", "[entries]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto added = Entries(*t.journal).add(textInput(QStringLiteral("first")));
    REQUIRE(added.has_value());
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    CHECK(Entries(*sam).edit(added->id, textInput(QStringLiteral("mine now"))).error().code == ErrorCode::Forbidden);
    CHECK(Entries(*sam).remove(added->id).error().code == ErrorCode::Forbidden);

    EntryInput change;
    change.text = QStringLiteral("second");
    change.visibility = Visibility::Private;
    change.mood = 2;
    auto edited = Entries(*t.journal).edit(added->id, change);
    REQUIRE(edited.has_value());
    CHECK(edited->text == QStringLiteral("second"));
    CHECK(edited->updated >= added->updated);
    CHECK(Entries(*sam).get(added->id).error().code == ErrorCode::NotFound); // now private

    REQUIRE(Entries(*t.journal).remove(added->id));
    CHECK(Entries(*t.journal).list({})->empty());
    core::EntryFilter trash;
    trash.trash = core::EntryFilter::Trash::Only;
    REQUIRE(Entries(*t.journal).list(trash)->size() == 1);
    CHECK(Entries(*t.journal).edit(added->id, change).error().code == ErrorCode::InvalidArgument);
    auto restored = Entries(*t.journal).restore(added->id);
    REQUIRE(restored.has_value());
    CHECK_FALSE(restored->deleted.has_value());
    CHECK(Entries(*t.journal).list({})->size() == 1);
}

TEST_CASE("lists page newest first and filter by date, author, tag and mood", "[entries]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 60;
    options.privateShare = 0;
    test::generateJournal(*t.journal, options);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Entries entries(*t.journal);
    auto all = entries.list({});
    REQUIRE(all->size() == 60);
    for (size_t i = 1; i < all->size(); ++i) {
        CHECK((*all)[i - 1].day >= (*all)[i].day);
    }
    core::EntryFilter page;
    page.limit = 10;
    page.offset = 10;
    auto second = entries.list(page);
    REQUIRE(second->size() == 10);
    CHECK(second->front().id == (*all)[10].id);

    core::EntryFilter range;
    range.from = options.lastDay.addDays(-4);
    range.to = options.lastDay;
    CHECK(entries.list(range)->size() == 10);

    core::EntryFilter byAuthor;
    byAuthor.authorId = t.journal->findPartner(QStringLiteral("Sam"))->id;
    for (const auto& e : *entries.list(byAuthor)) {
        CHECK(e.authorName == QStringLiteral("Sam"));
    }
    core::EntryFilter byTag;
    byTag.tag = QStringLiteral("home");
    byTag.limit = 3;
    auto tagged = entries.list(byTag);
    CHECK(tagged->size() <= 3);
    for (const auto& e : *tagged) {
        CHECK(e.tags.contains(QStringLiteral("home")));
    }
    core::EntryFilter byMood;
    byMood.mood = 5;
    for (const auto& e : *entries.list(byMood)) {
        CHECK(e.mood == 5);
    }
}

TEST_CASE("use cases refuse to run on a locked journal", "[entries]") {
    test::TempJournal t;
    CHECK(Entries(*t.journal).list({}).error().code == ErrorCode::Locked);
    CHECK(Entries(*t.journal).add(textInput(QStringLiteral("x"))).error().code == ErrorCode::Locked);
}

TEST_CASE("title, mood and tags are sealed even when empty; old rows with NULL there still open",
          "[entries][privacy]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    EntryInput bare = textInput(QStringLiteral("just words"));
    EntryInput full = textInput(QStringLiteral("just words"));
    full.title = QStringLiteral("Walk");
    full.mood = 3;
    full.tags = QStringList{QStringLiteral("home")};
    auto a = Entries(*t.journal).add(bare);
    auto b = Entries(*t.journal).add(full);
    REQUIRE(a.has_value());
    REQUIRE(b.has_value());
    // The file must not tell which entry has no title, mood or tags.
    core::storage::Database db(t.path(), core::storage::Database::Mode::ReadWrite);
    const auto sizes = [&](const QString& id) {
        core::storage::Statement s(db, "SELECT title, mood, tags FROM entry WHERE uuid=?");
        s.bind(1, id);
        REQUIRE(s.step());
        std::vector<qsizetype> out;
        for (int i = 0; i < 3; ++i) {
            CHECK_FALSE(s.isNull(i));
            out.push_back(s.blob(i).size());
        }
        return out;
    };
    CHECK(sizes(a->id) == sizes(b->id));
    auto got = Entries(*t.reopenAs(QStringLiteral("Sam"))).get(a->id);
    REQUIRE(got.has_value());
    CHECK(got->title.isEmpty());
    CHECK_FALSE(got->mood.has_value());
    CHECK(got->tags.isEmpty());
    // A v1 row: NULL title, mood and tags.
    core::storage::Statement old(db, "UPDATE entry SET title=NULL, mood=NULL, tags=NULL WHERE uuid=?");
    old.bind(1, a->id);
    old.run();
    auto v1 = Entries(*t.reopenAs(QStringLiteral("Sam"))).get(a->id);
    REQUIRE(v1.has_value());
    CHECK(v1->text == QStringLiteral("just words"));
    CHECK(v1->title.isEmpty());
    CHECK_FALSE(v1->mood.has_value());
}
