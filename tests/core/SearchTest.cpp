#include "journal/Search.h"

#include "JournalGenerator.h"
#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <catch2/catch.hpp>

#include <set>

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::ErrorCode;
using core::Search;
using core::Visibility;

namespace {

QString add(core::Journal& journal, const QString& text, Visibility visibility = Visibility::Shared,
            const QString& title = {}, QDate day = QDate(2026, 5, 1)) {
    EntryInput input;
    input.text = text;
    input.visibility = visibility;
    input.day = day;
    if (!title.isEmpty()) {
        input.title = title;
    }
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

// The ids of the hits, for set comparisons.
std::set<QString> ids(Search& search, const QString& query) {
    auto hits = search.query(query, 100);
    REQUIRE(hits.has_value());
    std::set<QString> out;
    for (const auto& hit : *hits) {
        out.insert(hit.id);
    }
    return out;
}

// Alex and Sam each write a shared and a private entry.
struct Couple {
    Couple() {
        REQUIRE(t.journal->unlock(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam"))));
        samShared = add(*t.journal, QStringLiteral("Sam shared: the garden needs water"));
        samPrivate = add(*t.journal, QStringLiteral("Sam private: secret birthday plans"), Visibility::Private);
        REQUIRE(t.journal->unlock(QStringLiteral("Alex"), test::TempJournal::passphraseFor(QStringLiteral("Alex"))));
        alexShared = add(*t.journal, QStringLiteral("Alex shared: we walked along the river"));
        alexPrivate = add(*t.journal, QStringLiteral("Alex private: birthday worries"), Visibility::Private);
    }
    test::TempJournal t{true};
    QString samShared, samPrivate, alexShared, alexPrivate;
};

} // namespace

TEST_CASE("search covers shared entries and the partner's own private ones, never the other's", "[search]") {
    Couple c;
    Search search(*c.t.journal);
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    // The index holds exactly what Alex may read: three of the four entries.
    CHECK(search.progress().total == 3);
    CHECK(search.progress().indexed == 3);
    CHECK(ids(search, QStringLiteral("birthday")) == std::set<QString>{c.alexPrivate});
    CHECK(ids(search, QStringLiteral("secret")).empty());
    CHECK(ids(search, QStringLiteral("private")) == std::set<QString>{c.alexPrivate});
    CHECK(ids(search, QStringLiteral("shared")) == std::set<QString>{c.alexShared, c.samShared});
}

TEST_CASE("the other partner's search sees their own private entry, not Alex's", "[search]") {
    Couple c;
    auto sam = c.t.reopenAs(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam")));
    Search search(*sam);
    CHECK(ids(search, QStringLiteral("birthday")) == std::set<QString>{c.samPrivate});
    CHECK(ids(search, QStringLiteral("worries")).empty());
}

TEST_CASE("a reader without a partner finds shared entries only", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString shared = add(*t.journal, QStringLiteral("picnic in the park"));
    add(*t.journal, QStringLiteral("picnic regrets"), Visibility::Private);
    auto reader = core::Journal::open(t.path());
    REQUIRE(reader.has_value());
    REQUIRE((*reader)->unlockReader());
    Search search(**reader);
    CHECK(ids(search, QStringLiteral("picnic")) == std::set<QString>{shared});
}

TEST_CASE("entries in the trash are not found", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString kept = add(*t.journal, QStringLiteral("lighthouse trip"));
    const QString trashed = add(*t.journal, QStringLiteral("lighthouse argument"));
    REQUIRE(Entries(*t.journal).remove(trashed));
    Search search(*t.journal);
    CHECK(ids(search, QStringLiteral("lighthouse")) == std::set<QString>{kept});
    CHECK(ids(search, QStringLiteral("argument")).empty());
}

TEST_CASE("search: phrases, prefixes, AND, OR, NOT and groups", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString a = add(*t.journal, QStringLiteral("We walked along the river at dusk."));
    const QString b = add(*t.journal, QStringLiteral("Along the way we walked past the river bank."));
    const QString c = add(*t.journal, QStringLiteral("Tea in the garden, then coffee."));
    const QString d = add(*t.journal, QStringLiteral("Coffee with sugar and cake."));
    Search search(*t.journal);
    CHECK(ids(search, QStringLiteral("\"walked along\"")) == std::set<QString>{a});
    CHECK(ids(search, QStringLiteral("walked along")) == std::set<QString>{a, b});
    CHECK(ids(search, QStringLiteral("walk*")) == std::set<QString>{a, b});
    CHECK(ids(search, QStringLiteral("walk")).empty());
    CHECK(ids(search, QStringLiteral("\"walked al\"*")) == std::set<QString>{a});
    CHECK(ids(search, QStringLiteral("tea OR cake")) == std::set<QString>{c, d});
    CHECK(ids(search, QStringLiteral("coffee AND garden")) == std::set<QString>{c});
    CHECK(ids(search, QStringLiteral("coffee NOT tea")) == std::set<QString>{d});
    CHECK(ids(search, QStringLiteral("(tea OR river) NOT dusk")) == std::set<QString>{b, c});
    CHECK(ids(search, QStringLiteral("river AND NOTHINGLIKEIT")).empty());
}

TEST_CASE("search folds case and diacritics, and finds Arabic and CJK text", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString cafe = add(*t.journal, QStringLiteral("Breakfast at the café with Zoë, très naïve."));
    const QString arabic = add(*t.journal, QStringLiteral("قلت له مرحبا بالعالم"));
    const QString cjk = add(*t.journal, QStringLiteral("今天我们一起去公园散步"));
    Search search(*t.journal);
    CHECK(ids(search, QStringLiteral("cafe")) == std::set<QString>{cafe});
    CHECK(ids(search, QStringLiteral("CAFÉ")) == std::set<QString>{cafe});
    CHECK(ids(search, QStringLiteral("zoe naive")) == std::set<QString>{cafe});
    CHECK(ids(search, QStringLiteral("مرحبا")) == std::set<QString>{arabic});
    CHECK(ids(search, QStringLiteral("بالع*")) == std::set<QString>{arabic});
    CHECK(ids(search, QStringLiteral("公园")) == std::set<QString>{cjk});
    CHECK(ids(search, QStringLiteral("一起去*")) == std::set<QString>{cjk});
    CHECK(ids(search, QStringLiteral("公司")).empty());
    auto hits = search.query(QStringLiteral("公园"), 5);
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 1);
    // The separators added for indexing never reach people.
    CHECK(hits->front().snippet == QStringLiteral("今天我们一起去«公园»散步"));
}

TEST_CASE("search ranks the most relevant first and marks matches in snippets", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QStringLiteral("A long day. We also mentioned the lake once among many other things to do."));
    const QString best = add(*t.journal, QStringLiteral("The lake, the lake, the lake: swimming in the lake."),
                             Visibility::Shared, QStringLiteral("Lake day"), QDate(2025, 7, 3));
    Search search(*t.journal);
    auto hits = search.query(QStringLiteral("lake"), 10);
    REQUIRE(hits.has_value());
    REQUIRE(hits->size() == 2);
    const auto& top = hits->front();
    CHECK(top.id == best);
    CHECK(top.kind == QStringLiteral("entry"));
    CHECK(top.date == QDate(2025, 7, 3));
    CHECK(top.author == QStringLiteral("Alex"));
    CHECK(top.snippet.contains(QStringLiteral("«lake»"), Qt::CaseInsensitive));
    auto limited = search.query(QStringLiteral("lake"), 1);
    REQUIRE(limited.has_value());
    CHECK(limited->size() == 1);
}

TEST_CASE("malformed queries fail with InvalidArgument, not an SQL error", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QStringLiteral("anything"));
    Search search(*t.journal);
    for (const QString& bad : {QStringLiteral("\"unclosed"), QStringLiteral("(a"), QStringLiteral("a OR"),
                               QStringLiteral("NOT a"), QString()}) {
        auto hits = search.query(bad);
        REQUIRE_FALSE(hits.has_value());
        CHECK(hits.error().code == ErrorCode::InvalidArgument);
        CHECK_FALSE(hits.error().message.contains(QStringLiteral("SQL")));
    }
    CHECK(search.query(QStringLiteral("anything"), 0).error().code == ErrorCode::InvalidArgument);
    // Punctuation and emoji inside terms are harmless.
    CHECK(search.query(QStringLiteral("it's C++ 😊 title:x \"a*b\" NEAR(x)")).has_value());
}

TEST_CASE("locking the journal drops the search index", "[search]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QStringLiteral("harbour lights"));
    Search search(*t.journal);
    REQUIRE(search.query(QStringLiteral("harbour"))->size() == 1);
    CHECK(search.isReady());
    t.journal->lock();
    CHECK_FALSE(search.isReady());
    CHECK(search.progress().total == 0);
    auto after = search.query(QStringLiteral("harbour"));
    REQUIRE_FALSE(after.has_value());
    CHECK(after.error().code == ErrorCode::Locked);
    CHECK(search.start().error().code == ErrorCode::Locked);
}

TEST_CASE("unlocking as the other partner rebuilds the index for them", "[search]") {
    Couple c;
    Search search(*c.t.journal);
    CHECK(ids(search, QStringLiteral("birthday")) == std::set<QString>{c.alexPrivate});
    REQUIRE(c.t.journal->unlock(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam"))));
    CHECK(ids(search, QStringLiteral("birthday")) == std::set<QString>{c.samPrivate});
}

TEST_CASE("the index builds in a thread while the journal keeps working", "[search]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 400;
    options.wordsPerEntry = 60;
    test::generateJournal(*t.journal, options);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Search search(*t.journal);
    REQUIRE(search.start());
    // The calling thread writes and reads while the worker indexes.
    const QString added = add(*t.journal, QStringLiteral("written during indexing: zeppelin"));
    CHECK(Entries(*t.journal).get(added).has_value());
    core::EntryFilter all;
    auto listed = Entries(*t.journal).list(all);
    REQUIRE(listed.has_value());
    REQUIRE(search.waitUntilReady(std::chrono::seconds(30)));
    const auto progress = search.progress();
    CHECK(progress.indexed == progress.total);
    CHECK(progress.unreadable == 0);
    CHECK(progress.total >= 300);
    CHECK(search.query(QStringLiteral("garden"), 5)->size() == 5);
    // The index is a snapshot; starting again picks up later writing.
    REQUIRE(search.start());
    CHECK(ids(search, QStringLiteral("zeppelin")) == std::set<QString>{added});
}

TEST_CASE("a build can be cancelled, and the journal can be locked while it runs", "[search]") {
    test::TempJournal t;
    test::GeneratorOptions options;
    options.entries = 300;
    options.wordsPerEntry = 60;
    test::generateJournal(*t.journal, options);
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    Search search(*t.journal);
    REQUIRE(search.start());
    search.cancel();
    CHECK_FALSE(search.isReady());
    CHECK_FALSE(search.waitUntilReady(std::chrono::milliseconds(10)));
    REQUIRE(search.start());
    t.journal->lock();
    CHECK_FALSE(search.isReady());
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    CHECK(search.query(QStringLiteral("river"), 3)->size() == 3);
}

TEST_CASE("a clone of an unlocked journal is independent of the original", "[search][journal]") {
    test::TempJournal t;
    CHECK(t.journal->cloneUnlocked().error().code == ErrorCode::Locked);
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QString id = add(*t.journal, QStringLiteral("mine"), Visibility::Private);
    auto clone = t.journal->cloneUnlocked();
    REQUIRE(clone.has_value());
    t.journal->lock();
    // The clone still reads, with its own keys, as the same partner.
    REQUIRE((*clone)->actingPartner().has_value());
    CHECK((*clone)->actingPartner()->name == QStringLiteral("Alex"));
    CHECK(Entries(**clone).get(id)->text == QStringLiteral("mine"));
}

TEST_CASE("check-in fields are found only once the reveal rule shows them", "[search][checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::CheckInAnswer alex;
    alex.ratings.insert(QStringLiteral("happiness"), 7);
    alex.fields.insert(QStringLiteral("appreciations"), QStringLiteral("thanks for the lasagne"));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W10"), alex));
    REQUIRE(core::CheckIns(*t.journal).agree(QStringLiteral("2026-W10"), QStringLiteral("phones away at dinner")));
    {
        Search search(*t.journal);
        auto hits = search.query(QStringLiteral("lasagne"));
        REQUIRE(hits.has_value());
        REQUIRE(hits->size() == 1);
        CHECK(hits->front().kind == QStringLiteral("checkin"));
        CHECK(hits->front().id == QStringLiteral("2026-W10"));
        CHECK(hits->front().date == QDate(2026, 3, 2));
        CHECK(hits->front().author == QStringLiteral("Alex"));
    }
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    {
        // Sam has not answered yet: Alex's part is hidden from Sam, so is its text.
        Search search(*sam);
        CHECK(search.query(QStringLiteral("lasagne"))->empty());
        // Agreements are the couple's, visible to both.
        CHECK(search.query(QStringLiteral("phones dinner"))->size() == 1);
    }
    core::CheckInAnswer samAnswer;
    samAnswer.fields.insert(QStringLiteral("went_well"), QStringLiteral("the lasagne evening"));
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W10"), samAnswer));
    Search search(*sam);
    CHECK(search.query(QStringLiteral("lasagne"))->size() == 2);
}

TEST_CASE("prompt answers are found only once both partners answered, except one's own", "[search][prompts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    auto prompts = core::Prompts(*t.journal).list();
    REQUIRE(prompts.has_value());
    REQUIRE_FALSE(prompts->empty());
    const QString promptId = prompts->front().id;
    REQUIRE(core::Prompts(*t.journal).answer(promptId, QStringLiteral("the first time we saw the ocean")));
    {
        Search search(*t.journal);
        auto hits = search.query(QStringLiteral("ocean"));
        REQUIRE(hits.has_value());
        REQUIRE(hits->size() == 1);
        CHECK(hits->front().kind == QStringLiteral("answer"));
        CHECK(hits->front().id == promptId);
        CHECK(hits->front().author == QStringLiteral("Alex"));
        CHECK(hits->front().date.isValid());
    }
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    {
        Search search(*sam);
        CHECK(search.query(QStringLiteral("ocean"))->empty());
    }
    REQUIRE(core::Prompts(*sam).answer(promptId, QStringLiteral("the ocean, and the storm after")));
    Search search(*sam);
    CHECK(search.query(QStringLiteral("ocean"))->size() == 2);
    CHECK(search.query(QStringLiteral("storm"))->size() == 1);
}

TEST_CASE("a saved entry is searchable at once, without a rebuild; edits and the trash follow", "[search][live]") {
    Couple c;
    Search search(*c.t.journal);
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    core::Entries entries(*c.t.journal);
    auto added = entries.add(EntryInput{std::nullopt, QStringLiteral("Lanterns"),
                                        QStringLiteral("paper lanterns by "
                                                       "the water"),
                                        std::nullopt, std::nullopt, std::nullopt});
    REQUIRE(added);
    // Document by document: the index never went back to building.
    CHECK(search.isReady());
    CHECK(ids(search, QStringLiteral("lanterns")) == std::set<QString>{added->id});
    EntryInput edit;
    edit.text = QStringLiteral("a kite over the dunes");
    REQUIRE(entries.edit(added->id, edit));
    CHECK(search.isReady());
    CHECK(ids(search, QStringLiteral("water")).count(added->id) == 0);
    CHECK(ids(search, QStringLiteral("kite")) == std::set<QString>{added->id});
    // The title stays searchable and marked in the snippet.
    auto hits = search.query(QStringLiteral("lanterns"));
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().snippet.contains(QStringLiteral("«Lanterns»")));
    REQUIRE(entries.remove(added->id));
    CHECK(ids(search, QStringLiteral("kite")).empty());
    REQUIRE(entries.restore(added->id));
    CHECK(ids(search, QStringLiteral("kite")) == std::set<QString>{added->id});
    // Going private keeps it in its author's search.
    edit = {};
    edit.visibility = Visibility::Private;
    REQUIRE(entries.edit(added->id, edit));
    CHECK(ids(search, QStringLiteral("kite")) == std::set<QString>{added->id});
}

TEST_CASE("an entry another process writes reaches the index once the journal notices it", "[search][live]") {
    Couple c;
    Search search(*c.t.journal); // Alex's
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    auto sam = c.t.reopenAs(QStringLiteral("Sam"), test::TempJournal::passphraseFor(QStringLiteral("Sam")));
    const QString shared = add(*sam, QStringLiteral("a heron on the roof"));
    const QString secret = add(*sam, QStringLiteral("a heron-shaped present for Alex"), Visibility::Private);
    CHECK(ids(search, QStringLiteral("heron")).empty()); // not noticed yet
    REQUIRE(*c.t.journal->pollExternalChanges());
    CHECK(search.isReady());
    // Sam's private entry never reaches Alex's index, live or not.
    CHECK(ids(search, QStringLiteral("heron")) == std::set<QString>{shared});
    CHECK(ids(search, QStringLiteral("present")).empty());
    (void)secret;
}

TEST_CASE("a check-in part becomes searchable for the other partner the moment both have answered",
          "[search][live][checkins]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Search search(*t.journal);
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    core::CheckInAnswer samPart;
    samPart.fields.insert(QStringLiteral("appreciations"), QStringLiteral("the marmalade morning"));
    REQUIRE(core::CheckIns(*sam).answer(QStringLiteral("2026-W12"), samPart));
    REQUIRE(*t.journal->pollExternalChanges());
    CHECK(search.query(QStringLiteral("marmalade"))->empty()); // sealed until both answered
    core::CheckInAnswer alexPart;
    alexPart.fields.insert(QStringLiteral("went_well"), QStringLiteral("cycling"));
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W12"), alexPart));
    auto hits = search.query(QStringLiteral("marmalade"));
    REQUIRE(hits);
    REQUIRE(hits->size() == 1);
    CHECK(hits->front().author == QStringLiteral("Sam"));
    CHECK(hits->front().snippet.contains(QStringLiteral("«marmalade»")));
    CHECK(search.query(QStringLiteral("cycling"))->size() == 1);
}

TEST_CASE("an answer becomes searchable for the other partner once both answered", "[search][live][prompts]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    Search search(*t.journal);
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    const QString promptId = core::Prompts(*t.journal).list()->front().id;
    auto sam = t.reopenAs(QStringLiteral("Sam"));
    REQUIRE(core::Prompts(*sam).answer(promptId, QStringLiteral("the lighthouse at night")));
    REQUIRE(*t.journal->pollExternalChanges());
    CHECK(search.query(QStringLiteral("lighthouse"))->empty());
    REQUIRE(core::Prompts(*t.journal).answer(promptId, QStringLiteral("our first flat")));
    CHECK(search.query(QStringLiteral("lighthouse"))->size() == 1);
    CHECK(search.query(QStringLiteral("flat"))->size() == 1);
}

TEST_CASE("changes made while the index builds are applied once it is ready", "[search][live]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    {
        core::Entries entries(*t.journal);
        for (int i = 0; i < 1500; ++i) {
            REQUIRE(entries.add(EntryInput{QDate(2025, 1, 1).addDays(i % 365), std::nullopt,
                                           QStringLiteral("an ordinary day number %1 with some words").arg(i),
                                           std::nullopt, std::nullopt, std::nullopt}));
        }
    }
    Search search(*t.journal);
    REQUIRE(search.start());
    const QString fresh = add(*t.journal, QStringLiteral("zeppelins over the harbour"));
    const QString gone = add(*t.journal, QStringLiteral("zeppelins again, then deleted"));
    REQUIRE(core::Entries(*t.journal).remove(gone));
    CHECK(ids(search, QStringLiteral("zeppelins")) == std::set<QString>{fresh});
    CHECK(search.progress().total >= 1500);
}

TEST_CASE("an import rebuilds the index once, since it changes too much to follow", "[search][live]") {
    Couple c;
    Search search(*c.t.journal);
    REQUIRE(search.start());
    REQUIRE(search.waitUntilReady());
    // An import publishes "everything": the index starts over and still
    // holds what it held.
    core::ChangeSet everything;
    everything.everything = true;
    c.t.journal->changes().publish(everything);
    CHECK(ids(search, QStringLiteral("river")) == std::set<QString>{c.alexShared});
}
