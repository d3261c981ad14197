// Rules the window shows but the core decides, so the CLI and the window
// agree: tags in use, who may edit, recovery-code confirmation, the weekly
// check-in reminder, limits, default colours, passphrase strength, filters.
#include "ClockPin.h"
#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/PassphraseStrength.h"
#include "journal/RecoveryConfirmation.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::Entries;

namespace {

core::Entry entryOn(QDate day, const QStringList& tags = {}) {
    core::Entry e;
    e.day = day;
    e.tags = tags;
    e.authorId = QStringLiteral("a");
    e.created = QDateTime(day, QTime(9, 0), Qt::UTC);
    return e;
}

} // namespace

TEST_CASE("recent tags: each once whatever its case, sorted, from what the partner may read", "[rules]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    core::EntryInput secret;
    secret.text = QStringLiteral("Sam's private note");
    secret.tags = QStringList{QStringLiteral("surprise")};
    secret.visibility = core::Visibility::Private;
    REQUIRE(Entries(*t.journal).add(secret));
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput input;
    input.text = QStringLiteral("one");
    input.tags = QStringList{QStringLiteral("Home"), QStringLiteral("us")};
    REQUIRE(Entries(*t.journal).add(input));
    input.tags = QStringList{QStringLiteral("home"), QStringLiteral("Garden")};
    REQUIRE(Entries(*t.journal).add(input));
    auto tags = Entries(*t.journal).recentTags();
    REQUIRE(tags);
    CHECK(tags->size() == 3);
    CHECK(tags->at(0) == QStringLiteral("Garden"));
    CHECK(tags->at(1).compare(QStringLiteral("home"), Qt::CaseInsensitive) == 0);
    CHECK(tags->at(2) == QStringLiteral("us"));
    // Sam's private tag never leaks into Alex's completion.
    CHECK_FALSE(tags->contains(QStringLiteral("surprise")));
}

TEST_CASE("only the author may edit an entry", "[rules]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::Entry mine;
    mine.authorId = t.journal->findPartner(QStringLiteral("Alex"))->id;
    core::Entry theirs;
    theirs.authorId = t.journal->findPartner(QStringLiteral("Sam"))->id;
    CHECK(Entries(*t.journal).mayEdit(mine));
    CHECK_FALSE(Entries(*t.journal).mayEdit(theirs));
    t.journal->lock();
    CHECK_FALSE(Entries(*t.journal).mayEdit(mine));
}

TEST_CASE("a recovery code is confirmed by groups 2 and 5, forgiving case, spaces and look-alikes", "[rules]") {
    const QString code = QStringLiteral("AB12-CD0E-FG34-HJ56-K1MN-PQ78-RS9T");
    CHECK(core::RecoveryConfirmation::expectedGroups(code) == QStringLiteral("CD0E-K1MN"));
    CHECK(core::RecoveryConfirmation::confirms(code, QStringLiteral("CD0E-K1MN")));
    CHECK(core::RecoveryConfirmation::confirms(code, QStringLiteral("cdoe k1mn")));
    CHECK(core::RecoveryConfirmation::confirms(code, QStringLiteral("CD0EKLMN")));
    CHECK_FALSE(core::RecoveryConfirmation::confirms(code, QStringLiteral("CD0E-K1MM")));
    CHECK_FALSE(core::RecoveryConfirmation::confirms(code, QStringLiteral("AB12-CD0E")));
    CHECK_FALSE(core::RecoveryConfirmation::confirms(code, QString()));
    CHECK_FALSE(core::RecoveryConfirmation::confirms(QString(), QString()));
}

TEST_CASE("the check-in reminder: from Friday, or once the partner has answered; never after answering", "[rules]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::CheckIns checkIns(*t.journal);
    {
        test::ClockPin pin(QDateTime(QDate(2026, 3, 17), QTime(12, 0), Qt::UTC)); // a Tuesday
        CHECK(*checkIns.reminder() == core::CheckIns::Reminder::None);
    }
    {
        test::ClockPin pin(QDateTime(QDate(2026, 3, 20), QTime(12, 0), Qt::UTC)); // Friday
        CHECK(*checkIns.reminder() == core::CheckIns::Reminder::TimeForIt);
    }
    test::ClockPin pin(QDateTime(QDate(2026, 3, 17), QTime(12, 0), Qt::UTC));
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    core::CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("connection"), 7);
    REQUIRE(core::CheckIns(*sam).answer({}, answer));
    CHECK(*checkIns.reminder() == core::CheckIns::Reminder::PartnerWaiting);
    REQUIRE(checkIns.answer({}, answer));
    CHECK(*checkIns.reminder() == core::CheckIns::Reminder::None);
}

TEST_CASE("one limit for a partner's name, and default colours by position", "[rules]") {
    core::JournalSetup setup;
    setup.kdf = core::crypto::KdfLimits::minimum();
    setup.partners.push_back({QString(core::Journal::kMaxNameChars + 1, QLatin1Char('a')), {}, std::nullopt});
    QTemporaryDir dir;
    CHECK_FALSE(core::Journal::create(dir.filePath(QStringLiteral("a.twofold")), setup));
    setup.partners.front().name = QString(core::Journal::kMaxNameChars, QLatin1Char('a'));
    setup.partners.push_back({QStringLiteral("Sam"), {}, std::nullopt});
    auto created = core::Journal::create(dir.filePath(QStringLiteral("b.twofold")), setup);
    REQUIRE(created);
    CHECK(created->journal->partners()[0].colour == core::Journal::defaultColour(0));
    CHECK(created->journal->partners()[1].colour == core::Journal::defaultColour(1));
    CHECK(core::Journal::defaultColour(0) != core::Journal::defaultColour(1));
}

TEST_CASE("passphrase strength: empty, weak, fair, good, strong", "[rules]") {
    using Level = core::PassphraseStrength::Level;
    CHECK(core::estimateStrength(QString()).level == Level::Empty);
    CHECK(core::estimateStrength(QStringLiteral("aaaaaaaaaaaa")).level == Level::Weak);
    CHECK(core::estimateStrength(QStringLiteral("sunflower")).level == Level::Fair);
    CHECK(core::estimateStrength(QStringLiteral("correct horse battery")).level >= Level::Good);
    CHECK(core::estimateStrength(QStringLiteral("Correct-Horse-Battery-Staple-42")).level == Level::Strong);
}

TEST_CASE("mood 0 on edit clears the mood", "[rules]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::EntryInput input;
    input.text = QStringLiteral("A fine day");
    input.mood = 4;
    auto added = Entries(*t.journal).add(input);
    REQUIRE(added);
    core::EntryInput edit;
    edit.mood = Entries::kClearMood;
    auto edited = Entries(*t.journal).edit(added->id, edit);
    REQUIRE(edited);
    CHECK_FALSE(edited->mood.has_value());
    // Adding with "no mood" is refused: it means nothing there.
    CHECK_FALSE(Entries(*t.journal).add(edit));
}

TEST_CASE("filters: the rule a single row is judged by is the one list() applies", "[rules]") {
    core::EntryFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.tag = QStringLiteral("home");
    CHECK(Entries::matches(entryOn(QDate(2026, 2, 1), {QStringLiteral("Home")}), filter));
    CHECK_FALSE(Entries::matches(entryOn(QDate(2025, 12, 31), {QStringLiteral("home")}), filter));
    CHECK_FALSE(Entries::matches(entryOn(QDate(2026, 2, 1)), filter));
    core::Entry trashed = entryOn(QDate(2026, 2, 1), {QStringLiteral("home")});
    trashed.deleted = QDateTime::currentDateTimeUtc();
    CHECK_FALSE(Entries::matches(trashed, filter));
    filter.trash = core::EntryFilter::Trash::Only;
    CHECK(Entries::matches(trashed, filter));
    CHECK(Entries::listedBefore(entryOn(QDate(2026, 2, 2)), entryOn(QDate(2026, 2, 1))));
}
