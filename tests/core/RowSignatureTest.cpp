#include "FileTampering.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "journal/CheckInCodec.h"
#include "journal/CheckIns.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Favourites.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Maintenance.h"
#include "journal/PromptCodec.h"
#include "journal/Prompts.h"
#include "journal/Search.h"
#include "storage/AnswerStore.h"
#include "storage/CheckInStore.h"
#include "storage/Database.h"
#include "storage/EntryStore.h"
#include "storage/ThemeChoiceStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <functional>

// Every authored row carries its author's signature (issue 16): the attacks
// are the partner who holds the journal key writing as the other, by SQL.

using namespace twofold;
using core::Authorship;
using core::Entries;
using core::EntryInput;
using core::Journal;
using core::Maintenance;
using core::Prompts;
using core::ThemeChoice;
using core::Visibility;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");

QString addEntry(Journal& journal, const QString& text, Visibility visibility = Visibility::Shared) {
    EntryInput input;
    input.text = text;
    input.visibility = visibility;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

// Every kind of writing, by `who`.
void writeEverything(Journal& journal, const QString& week) {
    addEntry(journal, QStringLiteral("shared"));
    addEntry(journal, QStringLiteral("private"), Visibility::Private);
    core::Draft draft;
    draft.day = QDate(2026, 12, 1);
    draft.text = QStringLiteral("half a thought");
    REQUIRE(core::Drafts(journal).save(draft));
    core::CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("happiness"), 7);
    REQUIRE(core::CheckIns(journal).answer(week, answer));
    REQUIRE(core::CheckIns(journal).agree(week, QStringLiteral("more walks")));
    REQUIRE(Prompts(journal).answer(QStringLiteral("trust-001"), QStringLiteral("yes, mostly")));
    REQUIRE(Prompts(journal).add({QStringLiteral("trust"), std::nullopt, QStringLiteral("Our own question?")}));
    REQUIRE(Prompts(journal).choose(QStringLiteral("desire"), ThemeChoice::NotNow));
}

core::VerifyReport verified(Journal& journal) {
    auto report = Maintenance(journal).verify();
    REQUIRE(report.has_value());
    return *report;
}

QByteArray fileState(const QString& path) {
    return test::readBlob(path, "SELECT (SELECT group_concat(hex(body) || ifnull(hex(signature), '-'), ';') FROM "
                                "entry) || (SELECT ifnull(group_concat(hex(choice) || ifnull(hex(signature), '-'), "
                                "';'), '') FROM theme_choice) || (SELECT group_concat(key || value) FROM meta)");
}

core::storage::ThemeChoiceRow choiceRowOf(Journal& journal, const QString& who, const QString& theme) {
    auto row = core::storage::ThemeChoiceStore(internals(journal).database())
                   .find(internals(journal).partnerRowId(journal.findPartner(who)->id), theme);
    REQUIRE(row.has_value());
    return *row;
}

} // namespace

TEST_CASE("every kind of writing is signed by its author, and verify checks every signature", "[signing]") {
    TempJournal t;
    {
        auto alex = t.reopenAs(kAlex);
        writeEverything(*alex, QStringLiteral("2026-W49"));
    }
    auto sam = t.reopenAs(kSam);
    writeEverything(*sam, QStringLiteral("2026-W49"));
    for (const QString& who : {kAlex, kSam}) {
        CAPTURE(who);
        auto journal = t.reopenAs(who);
        const QByteArray before = fileState(t.path());
        const auto report = verified(*journal);
        CHECK(report.ok());
        CHECK(report.unverifiedRows.isEmpty());
        // Entries 3 (both shared, own private), draft 1, parts 2, agreements
        // 1, answers 2, custom prompts 2, theme choices (every theme, twice).
        CHECK(report.signaturesChecked >= 13);
        CHECK(fileState(t.path()) == before); // verify writes nothing
    }
    // Nothing is left unsigned in the file.
    for (const char* sql :
         {"SELECT CAST(count(*) AS TEXT) FROM entry WHERE signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM draft WHERE signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM checkin_part WHERE signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM checkin WHERE agreements IS NOT NULL AND agreements_signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM answer WHERE signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM prompt WHERE builtin = 0 AND signature IS NULL",
          "SELECT CAST(count(*) AS TEXT) FROM theme_choice WHERE signature IS NULL"}) {
        CAPTURE(sql);
        CHECK(test::readBlob(t.path(), sql) == "0");
    }
}

TEST_CASE("Alex writes an entry as Sam with the journal key: verify names it", "[signing][attack]") {
    TempJournal t;
    auto alex = t.reopenAs(kAlex);
    addEntry(*alex, QStringLiteral("Alex's own"));
    // The forgery: a shared entry sealed with the journal key in Sam's name,
    // written straight into the file, unsigned.
    const QString forgedId =
        test::forgeSharedEntry(*alex, kSam, QStringLiteral("I never wrote this"), QDate(2026, 12, 2));

    auto sam = t.reopenAs(kSam);
    for (Journal* journal : {alex.get(), sam.get()}) {
        const auto report = verified(*journal);
        CHECK_FALSE(report.ok());
        REQUIRE(report.unverifiedRows.size() == 1);
        CHECK(report.unverifiedRows.front().contains(forgedId));
        CHECK(report.problem->startsWith(QStringLiteral("Not written by the partner they name")));
    }
    // Where it is shown it is marked as not Sam's; Alex's own is Alex's.
    CHECK(Entries(*sam).get(forgedId)->authorship == Authorship::Unverified);
    CHECK(Entries(*sam).list({}).value().size() == 2);
    for (const core::Entry& e : Entries(*sam).list({}).value()) {
        if (e.id != forgedId) {
            CHECK(Entries(*sam).get(e.id)->authorship == Authorship::Verified);
        }
    }
    // Found by search, it is not shown as Sam's either.
    core::Search search(*sam);
    const auto hits = search.query(QStringLiteral("never OR own"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 2);
    for (const core::search::SearchHit& hit : *hits) {
        CAPTURE(hit.id);
        CHECK(hit.authorship == (hit.id == forgedId ? Authorship::Unverified : Authorship::Verified));
    }
    // Sam's unlock did not sign it.
    CHECK(test::readBlob(t.path(), "SELECT CAST(count(*) AS TEXT) FROM entry WHERE signature IS NULL") == "1");

    // Alex's own signature copied onto the forgery does not help.
    test::editFile(t.path(), "UPDATE entry SET signature=(SELECT signature FROM entry WHERE uuid<>?) WHERE uuid=?",
                   {forgedId, forgedId});
    CHECK(verified(*sam).unverifiedRows.size() == 1);
}

TEST_CASE("a signature swapped between two rows, or an answer rewritten, is named by verify", "[signing][attack]") {
    TempJournal t;
    auto sam = t.reopenAs(kSam);
    const QString first = addEntry(*sam, QStringLiteral("one"));
    const QString second = addEntry(*sam, QStringLiteral("two"));
    REQUIRE(Prompts(*sam).answer(QStringLiteral("trust-001"), QStringLiteral("Sam's answer")));
    const QByteArray a = test::readBlob(t.path(), "SELECT signature FROM entry WHERE uuid=?", {first});
    const QByteArray b = test::readBlob(t.path(), "SELECT signature FROM entry WHERE uuid=?", {second});
    test::editFile(t.path(), "UPDATE entry SET signature=? WHERE uuid=?", {b, first});
    test::editFile(t.path(), "UPDATE entry SET signature=? WHERE uuid=?", {a, second});

    auto alex = t.reopenAs(kAlex);
    // Alex rewrites Sam's answer with the journal key (it opens: only the
    // signature tells).
    auto answer = core::storage::AnswerStore(internals(*alex).database()).allRows().front();
    test::editFile(t.path(), "UPDATE answer SET body=? WHERE id=?",
                   {core::prompt_codec::sealAnswer(*alex, answer, QStringLiteral("Alex's words")), answer.id});
    const auto report = verified(*alex);
    CHECK(report.unverifiedRows.size() == 3);
    CHECK(report.problem->contains(first));
    CHECK(report.problem->contains(second));
    CHECK(report.problem->contains(QStringLiteral("answer to prompt trust-001 by Sam")));
    // Where the answer is shown it is marked as not Sam's.
    REQUIRE(Prompts(*alex).answer(QStringLiteral("trust-001"), QStringLiteral("Alex's answer")));
    const auto shown = Prompts(*alex).show(QStringLiteral("trust-001"));
    REQUIRE(shown.has_value());
    REQUIRE(shown->answers.size() == 2);
    for (const core::Answer& one : shown->answers) {
        CHECK(one.authorship == (one.authorName == kSam ? Authorship::Unverified : Authorship::Verified));
    }
}

TEST_CASE("Alex rewrites Sam's check-in part with the journal key: the week shows it as not Sam's",
          "[signing][attack]") {
    TempJournal t;
    const QString week = QStringLiteral("2026-W40");
    for (const QString& who : {kAlex, kSam}) {
        auto journal = t.reopenAs(who);
        core::CheckInAnswer answer;
        answer.ratings.insert(QStringLiteral("happiness"), who == kSam ? 3 : 8);
        REQUIRE(core::CheckIns(*journal).answer(week, answer));
    }
    auto alex = t.reopenAs(kAlex);
    const auto before = core::CheckIns(*alex).get(week);
    REQUIRE(before.has_value());
    for (const core::CheckInPart& part : before->parts) {
        CHECK(part.authorship == Authorship::Verified);
    }
    // The forgery: Sam's low rating turned into a 10, sealed with the journal key.
    core::storage::CheckInStore store(internals(*alex).database());
    auto part = *store.part(store.byWeek(week)->id, internals(*alex).partnerRowId(alex->findPartner(kSam)->id));
    core::CheckInAnswer forged;
    forged.ratings.insert(QStringLiteral("happiness"), 10);
    core::checkin_codec::sealPart(*alex, week, forged, part);
    test::editFile(t.path(), "UPDATE checkin_part SET ratings=? WHERE id=?", {part.ratings, part.id});
    auto sam = t.reopenAs(kSam);
    for (Journal* journal : {alex.get(), sam.get()}) {
        const auto shown = core::CheckIns(*journal).get(week);
        REQUIRE(shown.has_value());
        REQUIRE(shown->parts.size() == 2);
        for (const core::CheckInPart& one : shown->parts) {
            CHECK(one.authorship == (one.authorName == kSam ? Authorship::Unverified : Authorship::Verified));
        }
        CHECK(verified(*journal).unverifiedRows.size() == 1);
    }
}

TEST_CASE("Alex rewrites the agreements Sam wrote down: shown and found as not Sam's", "[signing][attack]") {
    TempJournal t;
    const QString week = QStringLiteral("2026-W41");
    {
        auto sam = t.reopenAs(kSam);
        core::CheckInAnswer answer;
        answer.fields.insert(QStringLiteral("appreciations"), QStringLiteral("The soup"));
        REQUIRE(core::CheckIns(*sam).answer(week, answer));
        REQUIRE(core::CheckIns(*sam).agree(week, QStringLiteral("Walks on Sunday")));
        CHECK(core::CheckIns(*sam).get(week)->agreementsAuthorship == Authorship::Verified);
    }
    auto alex = t.reopenAs(kAlex);
    core::storage::CheckInStore store(internals(*alex).database());
    const auto row = *store.byWeek(week);
    const QByteArray forged =
        core::checkin_codec::sealAgreements(*alex, row, alex->findPartner(kSam)->id, QStringLiteral("Alex decides"));
    test::editFile(t.path(), "UPDATE checkin SET agreements=? WHERE id=?", {forged, row.id});
    auto sam = t.reopenAs(kSam);
    const auto shown = core::CheckIns(*sam).get(week);
    REQUIRE(shown.has_value());
    CHECK(shown->agreements == QStringLiteral("Alex decides"));
    CHECK(shown->agreementsAuthorship == Authorship::Unverified);
    core::Search search(*sam);
    const auto hits = search.query(QStringLiteral("decides OR soup"));
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 2);
    for (const core::search::SearchHit& hit : *hits) {
        CAPTURE(hit.snippet);
        CHECK(hit.authorship ==
              (hit.snippet.contains(QStringLiteral("decides")) ? Authorship::Unverified : Authorship::Verified));
    }
    CHECK(verified(*sam).unverifiedRows.size() == 1);
}

TEST_CASE("Sam's yes to desire forged by Alex: the theme stays closed for the couple", "[signing][attack]") {
    TempJournal t;
    auto sam = t.reopenAs(kSam);
    REQUIRE(Prompts(*sam).choose(QStringLiteral("desire"), ThemeChoice::NotNow));
    auto alex = t.reopenAs(kAlex);
    REQUIRE(Prompts(*alex).choose(QStringLiteral("desire"), ThemeChoice::Yes));
    const auto row = choiceRowOf(*alex, kSam, QStringLiteral("desire"));
    test::editFile(t.path(), "UPDATE theme_choice SET choice=? WHERE id=?",
                   {core::prompt_codec::sealChoice(*alex, row, ThemeChoice::Yes), row.id});

    for (const QString& who : {kAlex, kSam}) {
        CAPTURE(who);
        auto journal = t.reopenAs(who);
        auto themes = Prompts(*journal).themes();
        REQUIRE(themes.has_value());
        for (const core::ThemeWithChoices& theme : *themes) {
            if (theme.theme.id != QLatin1String("desire")) {
                continue;
            }
            CHECK_FALSE(theme.chosenByAll());
            for (const core::PartnerThemeChoice& c : theme.choices) {
                if (c.partnerName == kSam) {
                    CHECK(c.authorship == Authorship::Unverified);
                    CHECK(c.choice == ThemeChoice::NotNow);
                } else {
                    CHECK(c.authorship == Authorship::Verified);
                }
            }
        }
        CHECK(verified(*journal).unverifiedRows.size() == 1);
    }
}

TEST_CASE("an upgraded journal: each partner's rows are signed at their first unlock, once", "[signing][fixture]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("journal.twofold"));
    REQUIRE(QFile::copy(QStringLiteral(TWOFOLD_FIXTURES_DIR "/journal-v1.twofold"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const auto unlockAs = [&](const QString& who, const QByteArray& pass) {
        auto journal = Journal::open(path);
        REQUIRE(journal.has_value());
        REQUIRE((*journal)->unlock(who, pass).has_value());
        return std::move(*journal);
    };
    const char* unsignedOfSam = "SELECT CAST(count(*) AS TEXT) FROM entry e JOIN partner p ON p.id = e.author_id "
                                "WHERE p.name = 'Sam' AND e.signature IS NULL";
    {
        auto alex = unlockAs(kAlex, "alex fixture passphrase");
        // Sam has not unlocked: Sam's rows are not signed, and not flagged.
        const auto report = verified(*alex);
        CHECK(report.ok());
        CHECK(report.signaturesChecked > 0);
        CHECK(test::readBlob(path, unsignedOfSam) == "1");
    }
    {
        auto sam = unlockAs(kSam, "sam fixture passphrase");
        CHECK(test::readBlob(path, unsignedOfSam) == "0");
        CHECK(verified(*sam).ok());
    }
    // A Sam row Alex adds unsigned after that is not Sam's, and Sam's next
    // unlock does not sign it.
    test::editFile(path, "UPDATE entry SET signature=NULL WHERE author_id=(SELECT id FROM partner WHERE name='Sam')");
    auto sam = unlockAs(kSam, "sam fixture passphrase");
    CHECK(test::readBlob(path, unsignedOfSam) == "1");
    CHECK(verified(*sam).unverifiedRows.size() == 1);
}

TEST_CASE("a changed prompt is signed again, a deleted one keeps no signature, favourites sit beside signing",
          "[signing][prompts]") {
    TempJournal t;
    auto alex = t.reopenAs(kAlex);
    auto kept = Prompts(*alex).add({QStringLiteral("play"), core::Depth::Light, QStringLiteral("Which game first?")});
    auto gone = Prompts(*alex).add({QStringLiteral("play"), core::Depth::Light, QStringLiteral("Which walk next?")});
    REQUIRE(kept.has_value());
    REQUIRE(gone.has_value());
    const QByteArray before = test::readBlob(t.path(), "SELECT signature FROM prompt WHERE key=?", {kept->id});
    REQUIRE(Prompts(*alex)
                .edit(kept->id, {QStringLiteral("trust"), core::Depth::Deeper, QStringLiteral("What do you trust?")})
                .has_value());
    CHECK(test::readBlob(t.path(), "SELECT signature FROM prompt WHERE key=?", {kept->id}) != before);
    REQUIRE(Prompts(*alex).remove(gone->id));
    CHECK(test::readBlob(t.path(), "SELECT quote(signature) FROM prompt WHERE key=?", {gone->id}) == "NULL");
    REQUIRE(core::Favourites(*alex).set(kept->id, true));

    for (const QString& who : {kAlex, kSam}) {
        CAPTURE(who);
        auto journal = t.reopenAs(who);
        const auto report = verified(*journal);
        CHECK(report.ok());
        CHECK(report.unverifiedRows.isEmpty());
    }
    // The changed words under the old signature are not Alex's.
    test::editFile(t.path(), "UPDATE prompt SET signature=? WHERE key=?", {before, kept->id});
    CHECK(verified(*t.reopenAs(kSam)).unverifiedRows.size() == 1);
}

TEST_CASE("saving or showing one entry reads that entry's signature, not every row's", "[signing][performance]") {
    // The regression this rules out: each save and each entry shown read the
    // signatures of the whole table (search 700 ms, a save 88 ms at 15,000
    // entries). Counted in pages read, not in time.
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::Entries entries(*t.journal);
    const QString words = QStringLiteral("A long evening written down at length. ").repeated(30);
    QString someId;
    for (int i = 0; i < 1500; ++i) {
        core::EntryInput input;
        input.day = QDate(2020, 1, 1).addDays(i);
        input.text = words + QString::number(i);
        auto added = entries.add(input);
        REQUIRE(added.has_value());
        if (i == 700) {
            someId = added->id;
        }
    }
    core::storage::Database& db = core::internals(*t.journal).database();
    const qint64 tablePages = [&] {
        const qint64 before = db.pagesRead();
        (void)core::storage::EntryStore(db).allRows();
        return db.pagesRead() - before;
    }();
    REQUIRE(tablePages > 300);

    qint64 before = db.pagesRead();
    auto shown = entries.get(someId);
    REQUIRE(shown.has_value());
    CHECK(shown->authorship == core::Authorship::Verified);
    const qint64 showPages = db.pagesRead() - before;

    core::EntryInput input;
    input.text = QStringLiteral("One more");
    before = db.pagesRead();
    REQUIRE(entries.add(input).has_value());
    const qint64 savePages = db.pagesRead() - before;
    INFO("pages read: the table " << tablePages << ", showing one " << showPages << ", saving one " << savePages);
    CHECK(showPages < tablePages / 10);
    CHECK(savePages < tablePages / 10);
}

TEST_CASE("showing one week or one prompt's answers reads those rows, not the whole table", "[signing][performance]") {
    // Before, each shown week and each prompt's answers collected the sealed
    // values of every check-in or every answer first. Counted in pages read.
    TempJournal t;
    REQUIRE(t.journal->unlock(kAlex));
    const QString words = QStringLiteral("Listened well and laughed at the stove. ").repeated(25);
    core::CheckIns checkIns(*t.journal);
    core::IsoWeek week = *core::IsoWeek::parse(QStringLiteral("2018-W01"));
    for (int i = 0; i < 300; ++i, week = week.addWeeks(1)) {
        core::CheckInAnswer answer;
        answer.ratings.insert(QStringLiteral("connection"), 1 + i % 10);
        answer.fields.insert(QStringLiteral("appreciations"), words.repeated(3) + QString::number(i));
        REQUIRE(checkIns.answer(week.toString(), answer));
        // Agreed each week, so that the week before's agreements are found
        // at once (without, finding them walks back through the weeks).
        REQUIRE(checkIns.agree(week.toString(), QStringLiteral("Walks on Sunday, week %1.").arg(i)));
    }
    Prompts prompts(*t.journal);
    auto library = prompts.list();
    REQUIRE(library);
    REQUIRE(library->size() >= 100);
    for (size_t i = 0; i < 100; ++i) {
        REQUIRE(prompts.answer((*library)[i].id, words.repeated(8) + QString::number(i)));
    }
    core::storage::Database& db = core::internals(*t.journal).database();
    const auto pagesOf = [&](const std::function<void()>& work) {
        const qint64 before = db.pagesRead();
        work();
        return db.pagesRead() - before;
    };
    const qint64 partPages = pagesOf([&] { (void)core::storage::CheckInStore(db).allPartRows(); });
    const qint64 answerPages = pagesOf([&] { (void)core::storage::AnswerStore(db).allRows(); });
    REQUIRE(partPages > 250);
    REQUIRE(answerPages > 200);

    const qint64 weekPages = pagesOf([&] {
        auto shown = checkIns.get(QStringLiteral("2020-W10"));
        REQUIRE(shown);
        REQUIRE(shown->parts.size() == 1);
        CHECK(shown->parts.front().authorship == Authorship::Verified);
    });
    const qint64 promptPages = pagesOf([&] {
        auto shown = prompts.show((*library)[50].id);
        REQUIRE(shown);
        REQUIRE(shown->answers.size() == 1);
        CHECK(shown->answers.front().authorship == Authorship::Verified);
    });
    INFO("pages: parts " << partPages << ", one week " << weekPages << "; answers " << answerPages << ", one prompt "
                         << promptPages);
    CHECK(weekPages < partPages / 4);
    CHECK(promptPages < answerPages / 4);
}
