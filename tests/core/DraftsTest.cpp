#include "journal/Drafts.h"

#include "ClockPin.h"
#include "FileTampering.h"
#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/EntryDays.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::Draft;
using core::Drafts;
using core::ErrorCode;
using core::Visibility;

namespace {
Draft sampleDraft() {
    Draft d;
    d.day = QDate(2026, 11, 20);
    d.title = QStringLiteral("Half a thought");
    d.text = QStringLiteral("We walked by the river 🌧️ and");
    d.mood = 3;
    d.tags = QStringList{QStringLiteral("us"), QStringLiteral("café")};
    d.visibility = Visibility::Private;
    return d;
}
} // namespace

TEST_CASE("a draft comes back exactly as it was written", "[drafts]") {
    test::TempJournal t(true);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex"))));
    REQUIRE(Drafts(*t.journal).save(sampleDraft()).has_value());
    auto reopened = t.reopenAs(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex")));
    auto found = Drafts(*reopened).find(std::nullopt);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    const Draft& d = **found;
    CHECK(d.text == sampleDraft().text);
    CHECK(d.title == sampleDraft().title);
    CHECK(d.mood == 3);
    CHECK(d.tags == sampleDraft().tags);
    CHECK(d.day == QDate(2026, 11, 20));
    CHECK(d.visibility == Visibility::Private);
    CHECK_FALSE(d.entryId.has_value());
}

TEST_CASE("saving a draft again replaces it; discarding removes it", "[drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Drafts drafts(*t.journal);
    Draft d = sampleDraft();
    REQUIRE(drafts.save(d).has_value());
    d.text = QStringLiteral("We walked by the river and talked.");
    REQUIRE(drafts.save(d).has_value());
    auto all = drafts.list();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 1);
    CHECK(all->front().text == d.text);
    REQUIRE(drafts.discard(std::nullopt).has_value());
    CHECK(drafts.list()->empty());
    CHECK(drafts.discard(std::nullopt).has_value());
}

TEST_CASE("a partner never sees the other partner's drafts", "[drafts]") {
    test::TempJournal t(true);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex"))));
    REQUIRE(Drafts(*t.journal).save(sampleDraft()).has_value());
    auto sam = t.reopenAs(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam")));
    CHECK(Drafts(*sam).list()->empty());
    CHECK_FALSE(Drafts(*sam).find(std::nullopt)->has_value());
    for (const auto& value : core::collectSealedValues(*sam)) {
        CHECK(value.table != QStringLiteral("draft"));
    }
}

TEST_CASE("drafts are part of the sealed-value walk", "[drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Drafts(*t.journal).save(sampleDraft()).has_value());
    int drafts = 0;
    for (const auto& value : core::collectSealedValues(*t.journal)) {
        if (value.table == QStringLiteral("draft")) {
            ++drafts;
            CHECK(internals(*t.journal).vault().open(value.visibility, value.sealed, value.context).has_value());
        }
    }
    CHECK(drafts == 2); // the content and its author's sealed signature
}

TEST_CASE("a draft of someone else's entry is refused", "[drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    core::EntryInput input;
    input.text = QStringLiteral("Sam's words");
    auto entry = core::Entries(*t.journal).add(input);
    REQUIRE(entry.has_value());
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Draft d = sampleDraft();
    d.entryId = entry->id;
    CHECK(Drafts(*t.journal).save(d).error().code == ErrorCode::Forbidden);
    t.journal->lock();
    CHECK(Drafts(*t.journal).save(d).error().code == ErrorCode::Locked);
}

TEST_CASE("entry days list who wrote on which day, without the partner's private ones", "[drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    core::EntryInput input;
    input.text = QStringLiteral("private");
    input.day = QDate(2026, 1, 2);
    input.visibility = Visibility::Private;
    REQUIRE(core::Entries(*t.journal).add(input).has_value());
    input.day = QDate(2026, 1, 3);
    input.visibility = Visibility::Shared;
    REQUIRE(core::Entries(*t.journal).add(input).has_value());
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto days = core::entryDays(*t.journal);
    REQUIRE(days.has_value());
    REQUIRE(days->size() == 1);
    CHECK(days->front().day == QDate(2026, 1, 3));
    CHECK(days->front().authorId == t.journal->findPartner(QStringLiteral("Sam"))->id);
}

TEST_CASE("a draft's time in the file is kept to the minute, so it does not record the rhythm of typing", "[drafts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QDateTime typedAt(QDate(2026, 11, 20), QTime(21, 14, 37, 512), Qt::UTC);
    test::ClockPin pin(typedAt);
    REQUIRE(Drafts(*t.journal).save(sampleDraft()).has_value());
    const QByteArray stored = test::readBlob(t.path(), "SELECT CAST(updated AS TEXT) FROM draft");
    const QDateTime minute(QDate(2026, 11, 20), QTime(21, 14), Qt::UTC);
    CHECK(stored.toLongLong() == minute.toMSecsSinceEpoch());
    pin.set(typedAt.addSecs(9));
    REQUIRE(Drafts(*t.journal).save(sampleDraft()).has_value());
    CHECK(test::readBlob(t.path(), "SELECT CAST(updated AS TEXT) FROM draft").toLongLong() ==
          minute.toMSecsSinceEpoch());
    auto found = Drafts(*t.journal).find(std::nullopt);
    REQUIRE(found.has_value());
    REQUIRE(found->has_value());
    CHECK((*found)->updated == minute);
}
