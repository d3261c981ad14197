// The change feed: what every use case reports after its commit, and what
// another process's writing looks like once it is noticed.
#include "journal/ChangeFeed.h"

#include "Clock.h"
#include "ClockPin.h"
#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "journal/RollingBackups.h"
#include "journal/Secrets.h"

#include <catch2/catch.hpp>

using namespace twofold;
using core::Change;
using core::ChangeAction;
using core::ChangeKind;
using core::ChangeSet;

namespace {

// Every change set the feed delivers, and what the journal held on another
// connection at that moment (so "after the commit" is checked, not assumed).
struct Recorder {
    explicit Recorder(core::Journal& journal)
        : m_journal(journal) {
        m_id = journal.changes().subscribe([this](const ChangeSet& set) { sets.push_back(set); });
    }
    ~Recorder() { m_journal.changes().unsubscribe(m_id); }
    std::vector<Change> all() const {
        std::vector<Change> out;
        for (const ChangeSet& set : sets) {
            out.insert(out.end(), set.changes.begin(), set.changes.end());
        }
        return out;
    }
    std::vector<ChangeSet> sets;

private:
    core::Journal& m_journal;
    int m_id = 0;
};

core::EntryInput text(const QString& body) {
    core::EntryInput input;
    input.text = body;
    input.day = QDate(2026, 5, 1);
    return input;
}

QString partnerId(core::Journal& journal, const QString& name) {
    return journal.findPartner(name)->id;
}

} // namespace

TEST_CASE("writing an entry reports added, updated, trashed and restored with its id and author", "[feed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString alex = partnerId(*t.journal, QStringLiteral("Alex"));
    Recorder recorder(*t.journal);
    core::Entries entries(*t.journal);
    auto added = entries.add(text(QStringLiteral("We walked to the river.")));
    REQUIRE(added);
    core::EntryInput edit;
    edit.title = QStringLiteral("River");
    REQUIRE(entries.edit(added->id, edit));
    REQUIRE(entries.remove(added->id));
    REQUIRE(entries.restore(added->id));
    const std::vector<Change> expected{
        {ChangeKind::Entry, ChangeAction::Added, added->id, alex},
        {ChangeKind::Entry, ChangeAction::Updated, added->id, alex},
        {ChangeKind::Entry, ChangeAction::Trashed, added->id, alex},
        {ChangeKind::Entry, ChangeAction::Restored, added->id, alex},
    };
    CHECK(recorder.all() == expected);
    REQUIRE(recorder.sets.size() == 4);
    CHECK_FALSE(recorder.sets.front().external);
}

TEST_CASE("a listener is told only after the commit: another connection already sees the row", "[feed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto other = t.reopenAs(QStringLiteral("Alex"));
    bool visibleElsewhere = false;
    const int id = t.journal->changes().subscribe([&](const ChangeSet& set) {
        REQUIRE(set.changes.size() == 1);
        visibleElsewhere = core::Entries(*other).get(set.changes.front().id).has_value();
    });
    REQUIRE(core::Entries(*t.journal).add(text(QStringLiteral("Committed before anyone hears of it."))));
    t.journal->changes().unsubscribe(id);
    CHECK(visibleElsewhere);
}

TEST_CASE("a refused write reports nothing", "[feed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    auto samEntry = core::Entries(*t.journal).add(text(QStringLiteral("Sam's words.")));
    REQUIRE(samEntry);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    core::Entries entries(*t.journal);
    CHECK_FALSE(entries.add(text(QStringLiteral("   "))));
    CHECK_FALSE(entries.remove(samEntry->id)); // not Alex's to delete
    core::EntryInput edit;
    edit.mood = 9;
    CHECK_FALSE(entries.edit(samEntry->id, edit));
    CHECK_FALSE(core::CheckIns(*t.journal).agree(QStringLiteral("2026-W10"), QStringLiteral(" ")));
    CHECK(recorder.sets.empty());
}

TEST_CASE("check-ins, prompts, answers, theme choices and drafts each report their kind", "[feed]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString alex = partnerId(*t.journal, QStringLiteral("Alex"));
    Recorder recorder(*t.journal);

    core::CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("connection"), 8);
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), answer));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), answer));
    REQUIRE(core::CheckIns(*t.journal).agree(QStringLiteral("2026-W10"), QStringLiteral("Walks on Sunday.")));
    CHECK(recorder.all() == std::vector<Change>{
                                {ChangeKind::CheckIn, ChangeAction::Added, QStringLiteral("2026-W10"), {}},
                                {ChangeKind::CheckInPart, ChangeAction::Added, QStringLiteral("2026-W10"), alex},
                                {ChangeKind::CheckInPart, ChangeAction::Updated, QStringLiteral("2026-W10"), alex},
                                {ChangeKind::Agreement, ChangeAction::Updated, QStringLiteral("2026-W10"), alex},
                            });
    recorder.sets.clear();

    core::Prompts prompts(*t.journal);
    auto custom = prompts.add(core::CustomPromptInput{QStringLiteral("communication"), std::nullopt,
                                                      QStringLiteral("What made you laugh this week?")});
    REQUIRE(custom);
    REQUIRE(prompts.answer(custom->id, QStringLiteral("The cat and the curtain.")));
    REQUIRE(prompts.answer(custom->id, QStringLiteral("The cat, again.")));
    REQUIRE(prompts.choose(QStringLiteral("communication"), core::ThemeChoice::NotNow));
    CHECK(recorder.all() == std::vector<Change>{
                                {ChangeKind::Prompt, ChangeAction::Added, custom->id, alex},
                                {ChangeKind::Answer, ChangeAction::Added, custom->id, alex},
                                {ChangeKind::Answer, ChangeAction::Updated, custom->id, alex},
                                {ChangeKind::ThemeChoice, ChangeAction::Updated, QStringLiteral("communication"), alex},
                            });
    recorder.sets.clear();

    core::Drafts drafts(*t.journal);
    core::Draft draft;
    draft.text = QStringLiteral("Half a thought");
    REQUIRE(drafts.save(draft));
    REQUIRE(drafts.save(draft));
    REQUIRE(drafts.discard(std::nullopt));
    CHECK(recorder.all() == std::vector<Change>{
                                {ChangeKind::Draft, ChangeAction::Added, QString(), alex},
                                {ChangeKind::Draft, ChangeAction::Updated, QString(), alex},
                                {ChangeKind::Draft, ChangeAction::Removed, QString(), alex},
                            });
}

TEST_CASE("a passphrase change reports the partner, a rotation the keys", "[feed][secrets]") {
    test::TempJournal t(true);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex"))));
    const QString alex = partnerId(*t.journal, QStringLiteral("Alex"));
    Recorder recorder(*t.journal);
    core::Secrets secrets(*t.journal, core::crypto::KdfLimits::minimum());
    REQUIRE(secrets.changePassphrase("a new and long passphrase"));
    REQUIRE(secrets.rotateKeys("a new and long passphrase"));
    CHECK(recorder.all() == std::vector<Change>{
                                {ChangeKind::Partner, ChangeAction::Updated, alex, alex},
                                {ChangeKind::Keys, ChangeAction::Updated, alex, alex},
                            });
}

TEST_CASE("another process's entry is noticed through data_version and reported as external", "[feed][external]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    // Nothing happened elsewhere, and this process's own writing is not "elsewhere".
    CHECK(t.journal->pollExternalChanges().value() == false);
    REQUIRE(core::Entries(*t.journal).add(text(QStringLiteral("Mine."))));
    CHECK(t.journal->pollExternalChanges().value() == false);
    recorder.sets.clear();

    auto cli = t.reopenAs(QStringLiteral("Sam"));
    auto samEntry = core::Entries(*cli).add(text(QStringLiteral("Written in the terminal.")));
    REQUIRE(samEntry);
    auto polled = t.journal->pollExternalChanges();
    REQUIRE(polled);
    CHECK(*polled);
    REQUIRE(recorder.sets.size() == 1);
    const ChangeSet& set = recorder.sets.front();
    CHECK(set.external);
    CHECK_FALSE(set.everything);
    const Change expected{ChangeKind::Entry, ChangeAction::Added, samEntry->id, partnerId(*cli, QStringLiteral("Sam"))};
    CHECK(std::find(set.changes.begin(), set.changes.end(), expected) != set.changes.end());
    // Once told, quiet again.
    CHECK(t.journal->pollExternalChanges().value() == false);

    REQUIRE(core::Entries(*cli).remove(samEntry->id));
    REQUIRE(*t.journal->pollExternalChanges());
    const Change trashed{ChangeKind::Entry, ChangeAction::Trashed, samEntry->id, expected.authorId};
    const auto& last = recorder.sets.back().changes;
    CHECK(std::find(last.begin(), last.end(), trashed) != last.end());
}

TEST_CASE("a check-in part and an answer written elsewhere are reported by week and prompt", "[feed][external]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    auto cli = t.reopenAs(QStringLiteral("Sam"));
    const QString sam = partnerId(*cli, QStringLiteral("Sam"));
    core::CheckInAnswer answer;
    answer.ratings.insert(QStringLiteral("heard"), 6);
    REQUIRE(core::CheckIns(*cli).answer(QStringLiteral("2026-W11"), answer));
    auto prompts = core::Prompts(*cli).list();
    REQUIRE(prompts);
    const QString promptId = prompts->front().id;
    REQUIRE(core::Prompts(*cli).answer(promptId, QStringLiteral("The sea.")));
    REQUIRE(*t.journal->pollExternalChanges());
    const auto& changes = recorder.sets.back().changes;
    const auto has = [&](const Change& c) {
        return std::find(changes.begin(), changes.end(), c) != changes.end();
    };
    CHECK(has({ChangeKind::CheckIn, ChangeAction::Added, QStringLiteral("2026-W11"), {}}));
    CHECK(has({ChangeKind::CheckInPart, ChangeAction::Added, QStringLiteral("2026-W11"), sam}));
    CHECK(has({ChangeKind::Answer, ChangeAction::Added, promptId, sam}));
}

TEST_CASE("a key rotation elsewhere is reported as a keys change for the session to lock", "[feed][external]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    auto cli = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::Secrets(*cli, core::crypto::KdfLimits::minimum()).rotateKeys({}));
    REQUIRE(*t.journal->pollExternalChanges());
    const auto& changes = recorder.sets.back().changes;
    const Change keys{ChangeKind::Keys, ChangeAction::Updated, partnerId(*t.journal, QStringLiteral("Alex")),
                      partnerId(*t.journal, QStringLiteral("Alex"))};
    CHECK(std::find(changes.begin(), changes.end(), keys) != changes.end());
}

TEST_CASE("a burst of writing elsewhere too large to list says: re-read everything", "[feed][external]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    auto cli = t.reopenAs(QStringLiteral("Sam"));
    core::Entries entries(*cli);
    for (int i = 0; i <= core::Journal::kMaxExternalChanges; ++i) {
        REQUIRE(entries.add(text(QStringLiteral("Entry %1").arg(i))));
    }
    REQUIRE(*t.journal->pollExternalChanges());
    REQUIRE(recorder.sets.size() == 1);
    CHECK(recorder.sets.front().everything);
    CHECK(recorder.sets.front().changes.empty());
    CHECK(recorder.sets.front().touches(ChangeKind::Entry));
}

TEST_CASE("a listener may unsubscribe itself and others while being told", "[feed]") {
    core::ChangeFeed feed;
    int first = 0;
    int second = 0;
    int calls = 0;
    first = feed.subscribe([&](const ChangeSet&) {
        ++calls;
        feed.unsubscribe(first);
        feed.unsubscribe(second);
    });
    second = feed.subscribe([&](const ChangeSet&) { ++calls; });
    ChangeSet set;
    set.changes.push_back({ChangeKind::Entry, ChangeAction::Added, QStringLiteral("x"), {}});
    feed.publish(set);
    feed.publish(set);
    CHECK(calls == 2); // both heard the first publish; nobody the second
    feed.publish(ChangeSet{});
}

TEST_CASE("a reader is not told of a key change when only writing happened elsewhere", "[feed][external]") {
    // Both partners without a passphrase: the reader opened the first one's
    // copy of the journal key; the second's copy is sealed differently and
    // must not read as a rotation (partner rows are rescanned while they are
    // younger than the scan's margin, as in a journal just created).
    test::TempJournal t;
    REQUIRE(t.journal->unlockReader());
    Recorder recorder(*t.journal);
    auto cli = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::Entries(*cli).add(text(QStringLiteral("Sam writes."))));
    REQUIRE(*t.journal->pollExternalChanges());
    REQUIRE(recorder.sets.size() == 1);
    for (const Change& change : recorder.sets.front().changes) {
        CHECK(change.kind != ChangeKind::Keys);
    }
}

TEST_CASE("a backup restored by another process is noticed, though its rows carry their old times",
          "[feed][external][backups]") {
    test::ClockPin pin(QDateTime(QDate(2026, 3, 2), QTime(10, 0), Qt::UTC));
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::Entries(*t.journal).add(text(QStringLiteral("Before the copy."))));
    auto copy = core::RollingBackups(*t.journal).makeCopy(core::BackupKind::Manual);
    REQUIRE(copy.has_value());
    core::Clock::setFixed(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    REQUIRE(core::Entries(*t.journal).add(text(QStringLiteral("After the copy."))));
    Recorder recorder(*t.journal);

    auto cli = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::RollingBackups(*cli).restore(copy->path));
    REQUIRE(*t.journal->pollExternalChanges());
    REQUIRE(recorder.sets.size() == 1);
    CHECK(recorder.sets.front().external);
    CHECK(recorder.sets.front().everything);
    CHECK(t.journal->pollExternalChanges().value() == false);
}

TEST_CASE("favourites kept in another process are reported as theirs, without naming a prompt",
          "[feed][external][favourites]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Recorder recorder(*t.journal);
    auto cli = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::Favourites(*cli).set(QStringLiteral("trust-002"), true));
    REQUIRE(*t.journal->pollExternalChanges());
    const auto& changes = recorder.sets.back().changes;
    const Change kept{ChangeKind::Favourites, ChangeAction::Added, QString(), partnerId(*cli, QStringLiteral("Sam"))};
    CHECK(std::find(changes.begin(), changes.end(), kept) != changes.end());
}
