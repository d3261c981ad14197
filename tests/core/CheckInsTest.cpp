#include "journal/CheckIns.h"

#include "Clock.h"
#include "ClockPin.h"
#include "TempJournal.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace twofold;
using core::CheckInAnswer;
using core::CheckIns;
using core::ErrorCode;

namespace {

const QString kWeek = QStringLiteral("2026-W10");

CheckInAnswer ratings(std::initializer_list<std::pair<const char*, int>> values) {
    CheckInAnswer answer;
    for (const auto& [key, value] : values) {
        answer.ratings.insert(QString::fromLatin1(key), value);
    }
    return answer;
}

int rowCount(core::Journal& journal, const char* sql) {
    core::storage::Statement s(internals(journal).database(), sql);
    s.step();
    return s.integer(0);
}

QStringList partNames(const core::CheckIn& checkIn) {
    QStringList names;
    for (const auto& part : checkIn.parts) {
        names << part.authorName;
    }
    return names;
}

} // namespace

TEST_CASE("the other partner's part stays hidden until both have submitted", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckInAnswer alex = ratings({{"happiness", 7}, {"stress", 3}});
    alex.fields.insert(QStringLiteral("appreciations"), QStringLiteral("Coffee in bed ☕ شكرا"));
    auto answered = CheckIns(*t.journal).answer(kWeek, alex);
    REQUIRE(answered.has_value());
    CHECK(partNames(*answered) == QStringList{QStringLiteral("Alex")});
    CHECK_FALSE(answered->revealed);

    auto sam = t.reopenAs(QStringLiteral("Sam"));
    auto seenBySam = CheckIns(*sam).get(kWeek);
    REQUIRE(seenBySam.has_value());
    CHECK(seenBySam->parts.empty());
    CHECK(seenBySam->submittedBy == QStringList{t.journal->findPartner(QStringLiteral("Alex"))->id});
    auto reader = core::Journal::open(t.path());
    REQUIRE((*reader)->unlockReader());
    CHECK(CheckIns(**reader).get(kWeek)->parts.empty());
    CHECK(CheckIns(**reader).list()->front().parts.empty());

    auto samAnswered = CheckIns(*sam).answer(kWeek, ratings({{"happiness", 5}}));
    REQUIRE(samAnswered.has_value());
    CHECK(samAnswered->revealed);
    CHECK(partNames(*samAnswered) == QStringList{QStringLiteral("Alex"), QStringLiteral("Sam")});
    const auto& alexPart = samAnswered->parts.front();
    CHECK(alexPart.ratings.value(QStringLiteral("happiness")) == 7);
    CHECK(alexPart.fields.value(QStringLiteral("appreciations")) == QStringLiteral("Coffee in bed ☕ شكرا"));
    CHECK(alexPart.submitted.has_value());
    CHECK(CheckIns(*t.journal).get(kWeek)->parts.size() == 2);
    CHECK(CheckIns(**reader).get(kWeek)->parts.size() == 2);
}

TEST_CASE("answering again replaces the partner's whole part", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckIns checkIns(*t.journal);
    CheckInAnswer first = ratings({{"happiness", 3}});
    first.fields.insert(QStringLiteral("issue"), QStringLiteral("money"));
    auto one = checkIns.answer(kWeek, first);
    REQUIRE(one.has_value());
    auto two = checkIns.answer(kWeek, ratings({{"connection", 8}}));
    REQUIRE(two.has_value());
    REQUIRE(two->parts.size() == 1);
    CHECK(two->parts.front().id == one->parts.front().id);
    CHECK(two->parts.front().ratings == QMap<QString, int>{{QStringLiteral("connection"), 8}});
    CHECK(two->parts.front().fields.isEmpty());
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin_part") == 1);
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin") == 1);
}

TEST_CASE("agreements come back as previous agreements of later weeks", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckIns alex(*t.journal);
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(alex.agree(QStringLiteral("2026-W10"), QStringLiteral("Phones away at dinner 📵")).has_value());
    auto w11 = alex.open(QStringLiteral("2026-W11"));
    REQUIRE(w11.has_value());
    CHECK(w11->previousAgreements == QStringLiteral("Phones away at dinner 📵"));
    CHECK(w11->previousAgreementsWeek == QStringLiteral("2026-W10"));
    CHECK_FALSE(w11->agreements.has_value());
    // Either partner may write them; the writer is recorded.
    auto w12 = CheckIns(*sam).agree(QStringLiteral("2026-W12"), QStringLiteral("Walk on Sunday"));
    REQUIRE(w12.has_value());
    CHECK(w12->agreementsByName == QStringLiteral("Sam"));
    CHECK(w12->previousAgreements == QStringLiteral("Phones away at dinner 📵")); // W11 had none
    CHECK(alex.open(QStringLiteral("2026-W14"))->previousAgreements == QStringLiteral("Walk on Sunday"));
    CHECK(alex.get(QStringLiteral("2026-W11"))->previousAgreements == QStringLiteral("Phones away at dinner 📵"));
    CHECK_FALSE(alex.open(QStringLiteral("2026-W09"))->previousAgreements.has_value());
    // Rewriting replaces them, by the new writer.
    auto rewritten = alex.agree(QStringLiteral("2026-W12"), QStringLiteral("Walk on Saturday"));
    CHECK(rewritten->agreementsByName == QStringLiteral("Alex"));
    CHECK(alex.get(QStringLiteral("2026-W14"))->previousAgreements == QStringLiteral("Walk on Saturday"));

    // list() computes the same in one pass, newest first.
    auto all = alex.list();
    REQUIRE(all.has_value());
    REQUIRE(all->size() == 5);
    CHECK(all->front().week == QStringLiteral("2026-W14"));
    CHECK(all->back().week == QStringLiteral("2026-W09"));
    for (const auto& c : *all) {
        auto one = alex.get(c.week);
        CHECK(one->previousAgreements == c.previousAgreements);
        CHECK(one->agreements == c.agreements);
    }
}

TEST_CASE("open is idempotent and get refuses a week never opened", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckIns checkIns(*t.journal);
    CHECK(checkIns.get(kWeek).error().code == ErrorCode::NotFound);
    auto first = checkIns.open(kWeek);
    REQUIRE(first.has_value());
    CHECK(first->week == kWeek);
    CHECK(first->parts.empty());
    CHECK(checkIns.open(kWeek)->id == first->id);
    CHECK(checkIns.get(kWeek)->id == first->id);
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin") == 1);
    // Answering and agreeing open their week too.
    REQUIRE(checkIns.answer(QStringLiteral("2026-W11"), ratings({{"heard", 4}})).has_value());
    REQUIRE(checkIns.agree(QStringLiteral("2026-W12"), QStringLiteral("rest")).has_value());
    CHECK(checkIns.list()->size() == 3);
    // The default is the week of today.
    std::optional<test::ClockPin> pin(std::in_place, QDateTime(QDate(2026, 3, 18), QTime(12, 0), Qt::UTC));
    auto current = checkIns.open();
    pin.reset();
    REQUIRE(current.has_value());
    CHECK(current->week == QStringLiteral("2026-W12"));
}

TEST_CASE("answers are validated: keys, 0..10 ranges and weeks", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckIns checkIns(*t.journal);
    CHECK(checkIns.answer(kWeek, ratings({{"joy", 5}})).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.answer(kWeek, ratings({{"happiness", 11}})).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.answer(kWeek, ratings({{"happiness", -1}})).error().code == ErrorCode::InvalidArgument);
    CheckInAnswer badField;
    badField.fields.insert(QStringLiteral("complaints"), QStringLiteral("x"));
    CHECK(checkIns.answer(kWeek, badField).error().code == ErrorCode::InvalidArgument);
    CheckInAnswer blank;
    blank.fields.insert(QStringLiteral("ask"), QStringLiteral("   "));
    CHECK(checkIns.answer(kWeek, blank).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.answer(kWeek, {}).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.answer(QStringLiteral("2025-W53"), ratings({{"happiness", 5}})).error().code ==
          ErrorCode::InvalidArgument);
    CHECK(checkIns.open(QStringLiteral("2026-13")).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.agree(kWeek, QStringLiteral(" \n")).error().code == ErrorCode::InvalidArgument);
    CHECK(checkIns.agree(kWeek, QString(CheckIns::kMaxTextBytes + 1, QLatin1Char('x'))).error().code ==
          ErrorCode::InvalidArgument);
    // Nothing was written, not even the week.
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin") == 0);
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin_part") == 0);
    // The edges are fine, and blank fields are simply left out.
    CheckInAnswer edges = ratings({{"happiness", 0}, {"fairness", 10}});
    edges.fields.insert(QStringLiteral("ask"), QString());
    auto ok = checkIns.answer(QStringLiteral("2026-W53"), edges);
    REQUIRE(ok.has_value());
    CHECK(ok->parts.front().ratings.value(QStringLiteral("happiness"), -1) == 0);
    CHECK(ok->parts.front().fields.isEmpty());
}

TEST_CASE("writing a check-in needs an acting partner and an unlocked journal", "[checkins]") {
    test::TempJournal t;
    CHECK(CheckIns(*t.journal).get(kWeek).error().code == ErrorCode::Locked);
    CHECK(CheckIns(*t.journal).list().error().code == ErrorCode::Locked);
    REQUIRE(t.journal->unlockReader());
    CheckIns reader(*t.journal);
    CHECK(reader.open(kWeek).error().code == ErrorCode::Forbidden);
    CHECK(reader.answer(kWeek, ratings({{"happiness", 5}})).error().code == ErrorCode::Forbidden);
    CHECK(reader.agree(kWeek, QStringLiteral("x")).error().code == ErrorCode::Forbidden);
    // An open week can be read by a reader.
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    REQUIRE(CheckIns(*alex).open(kWeek).has_value());
    CHECK(reader.open(kWeek).has_value());
}

TEST_CASE("check-in writing is sealed, bound to its row and walked by verify", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckInAnswer alex = ratings({{"happiness", 7}});
    alex.fields.insert(QStringLiteral("issue"), QStringLiteral("the dishes"));
    REQUIRE(CheckIns(*t.journal).answer(kWeek, alex).has_value());
    REQUIRE(CheckIns(*t.journal).agree(kWeek, QStringLiteral("take turns")).has_value());
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(CheckIns(*sam).answer(kWeek, ratings({{"happiness", 4}})).has_value());

    // Nothing readable in the file.
    {
        core::storage::Statement s(internals(*t.journal).database(),
                                   "SELECT ratings, fields FROM checkin_part UNION ALL SELECT agreements, NULL FROM "
                                   "checkin");
        while (s.step()) {
            CHECK_FALSE(s.blob(0).contains("happiness"));
            CHECK_FALSE(s.blob(1).contains("dishes"));
            CHECK_FALSE(s.blob(0).contains("turns"));
        }
    }
    // Every sealed value is listed and opens.
    int checkInValues = 0;
    for (const auto& value : core::collectSealedValues(*t.journal)) {
        if (value.table.startsWith(QLatin1String("checkin"))) {
            ++checkInValues;
            CHECK(internals(*t.journal).vault().open(value.visibility, value.sealed, value.context).has_value());
        }
    }
    // Agreements, Alex's ratings and fields, Sam's ratings, and the three
    // rows' sealed signatures.
    CHECK(checkInValues == 7);

    // Sam's ratings copied over Alex's no longer open.
    internals(*t.journal)
        .database()
        .exec("UPDATE checkin_part SET ratings=(SELECT ratings FROM checkin_part WHERE id=2) "
              "WHERE id=1");
    CHECK(CheckIns(*t.journal).get(kWeek).error().code == ErrorCode::Tampered);
    // Moving the week in clear breaks the agreements too.
    internals(*t.journal).database().exec("UPDATE checkin_part SET ratings=NULL WHERE id=1");
    REQUIRE(CheckIns(*t.journal).get(kWeek).has_value());
    internals(*t.journal).database().exec("UPDATE checkin SET week='2026-W11'");
    CHECK(CheckIns(*t.journal).get(QStringLiteral("2026-W11")).error().code == ErrorCode::Tampered);
}

TEST_CASE("a tombstoned check-in is gone until its week is opened again", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckIns checkIns(*t.journal);
    REQUIRE(checkIns.agree(QStringLiteral("2026-W09"), QStringLiteral("old promise")).has_value());
    auto opened = checkIns.agree(kWeek, QStringLiteral("newer promise"));
    REQUIRE(opened.has_value());
    // A tombstone, as a later sync may write one.
    internals(*t.journal).database().exec("UPDATE checkin SET deleted_at=1 WHERE week='2026-W10'");
    CHECK(checkIns.get(kWeek).error().code == ErrorCode::NotFound);
    CHECK(checkIns.list()->size() == 1);
    CHECK(checkIns.open(QStringLiteral("2026-W11"))->previousAgreements == QStringLiteral("old promise"));
    auto reopened = checkIns.open(kWeek);
    REQUIRE(reopened.has_value());
    CHECK(reopened->id == opened->id);
    CHECK(rowCount(*t.journal, "SELECT count(*) FROM checkin WHERE deleted_at IS NULL") == 3);
    CHECK(checkIns.get(QStringLiteral("2026-W11"))->previousAgreements == QStringLiteral("newer promise"));
}

TEST_CASE("a part saved for later resumes for its author, and counts for nobody until it is submitted", "[checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CheckInAnswer halfDone = ratings({{"happiness", 6}});
    halfDone.fields.insert(QStringLiteral("issue"), QStringLiteral("The dishes, again"));
    auto saved = CheckIns(*t.journal).saveForLater(QString(), halfDone);
    REQUIRE(saved.has_value());
    CHECK(saved->submittedBy.isEmpty());
    REQUIRE(saved->parts.size() == 1);
    CHECK_FALSE(saved->parts.front().submitted.has_value());
    CHECK(saved->parts.front().fields.value(QStringLiteral("issue")) == QStringLiteral("The dishes, again"));

    // Sam answers: Alex's unsubmitted part must not reveal anything.
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    auto samAnswered = CheckIns(*sam).answer(QString(), ratings({{"happiness", 4}}));
    REQUIRE(samAnswered.has_value());
    CHECK_FALSE(samAnswered->revealed);
    CHECK(partNames(*samAnswered) == QStringList{QStringLiteral("Sam")});
    CHECK(CheckIns(*sam).reminder().value() == CheckIns::Reminder::None);

    // Alex comes back: the part is where it was; submitting reveals both.
    auto alex = t.reopenAs(QStringLiteral("Alex"));
    auto resumed = CheckIns(*alex).get();
    REQUIRE(resumed.has_value());
    REQUIRE(resumed->parts.size() == 1);
    CHECK(resumed->parts.front().ratings.value(QStringLiteral("happiness")) == 6);
    CHECK(CheckIns(*alex).reminder().value() == CheckIns::Reminder::PartnerWaiting);
    auto submitted = CheckIns(*alex).answer(QString(), halfDone);
    REQUIRE(submitted.has_value());
    CHECK(submitted->revealed);

    // Saving again after submitting keeps it submitted.
    auto again = CheckIns(*alex).saveForLater(QString(), ratings({{"happiness", 8}}));
    REQUIRE(again.has_value());
    CHECK(again->revealed);
}
