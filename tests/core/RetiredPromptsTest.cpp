// Retired built-in prompts (FORMAT.md, `retired`): kept for the answers a
// couple wrote to them, never offered again.
#include "ClockPin.h"
#include "PromptTestHelpers.h"
#include "TempJournal.h"
#include "export/MarkdownExport.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"
#include "storage/Database.h"
#include "storage/PromptDayStore.h"
#include "storage/Statement.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace twofold;
using core::Prompts;
using test::chooseOnly;
using test::ClockReset;
using test::countRows;
using test::library;
using test::setDay;
using test::todayFor;

namespace {

// A retired prompt of the shipped library and the one that took its place.
const core::Prompt& retiredPrompt() {
    for (const core::Prompt& p : library().prompts()) {
        if (p.retired && p.theme == QLatin1String("appreciation")) {
            return p;
        }
    }
    FAIL("the shipped library has no retired appreciation prompt");
    return library().prompts().front();
}

bool listed(core::Journal& journal, const QString& id) {
    auto all = Prompts(journal).list();
    REQUIRE(all.has_value());
    return std::any_of(all->begin(), all->end(), [&](const core::Prompt& p) { return p.id == id; });
}

QString allMarkdown(const QString& dir) {
    QString text;
    for (const QString& name : QDir(dir).entryList(QDir::Files)) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        text += QString::fromUtf8(file.readAll());
    }
    return text;
}

} // namespace

TEST_CASE("answers to a prompt that a library upgrade retires survive the sync and are still shown and exported",
          "[prompts][retired]") {
    const core::Prompt& old = retiredPrompt();
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(Prompts(*t.journal).answer(old.id, QStringLiteral("Alex, before the revision")));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(Prompts(*t.journal).answer(old.id, QStringLiteral("Sam, before the revision")));
    // The journal of the release before the revision: the replacement did not
    // exist yet and the marker names the older library.
    internals(*t.journal)
        .database()
        .exec(QStringLiteral("DELETE FROM prompt WHERE key='%1'").arg(old.replacedBy).toUtf8().constData());
    internals(*t.journal).database().exec("UPDATE meta SET value='before-the-revision' WHERE key='builtin_prompts'");
    const int oldRow =
        countRows(*t.journal, QStringLiteral("SELECT id FROM prompt WHERE key='%1'").arg(old.id).toUtf8().constData());

    REQUIRE(Prompts(*t.journal).sync());
    CHECK(countRows(
              *t.journal,
              QStringLiteral("SELECT count(*) FROM prompt WHERE key='%1'").arg(old.replacedBy).toUtf8().constData()) ==
          1);
    CHECK(countRows(*t.journal,
                    QStringLiteral("SELECT id FROM prompt WHERE key='%1'").arg(old.id).toUtf8().constData()) == oldRow);
    auto shown = Prompts(*t.journal).show(old.id);
    REQUIRE(shown.has_value());
    CHECK(shown->prompt.retired);
    CHECK(shown->prompt.text == old.text);
    CHECK(shown->revealed);
    REQUIRE(shown->answers.size() == 2);
    // Still browsable, because it has answers; its successor is there too.
    CHECK(listed(*t.journal, old.id));
    CHECK(listed(*t.journal, old.replacedBy));
    auto readable = Prompts(*t.journal).readableAnswers();
    REQUIRE(readable.has_value());
    CHECK(std::count_if(readable->begin(), readable->end(),
                        [&](const core::Answer& a) { return a.promptId == old.id; }) == 2);

    const QString out = t.dir.filePath(QStringLiteral("md"));
    auto exported = core::MarkdownExport(*t.journal).writeTo(out);
    REQUIRE(exported.has_value());
    CHECK(exported->prompts == 1);
    const QString markdown = allMarkdown(out);
    CHECK(markdown.contains(old.text));
    CHECK(markdown.contains(QStringLiteral("Alex, before the revision")));
    CHECK(markdown.contains(QStringLiteral("Sam, before the revision")));
}

TEST_CASE("a retired prompt without answers is not offered for browsing", "[prompts][retired]") {
    const core::Prompt& old = retiredPrompt();
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    CHECK(!listed(*t.journal, old.id));
    CHECK(listed(*t.journal, old.replacedBy));
    auto themed = Prompts(*t.journal).list({old.theme, std::nullopt});
    REQUIRE(themed.has_value());
    int live = 0;
    for (const core::Prompt& p : library().prompts()) {
        live += p.theme == old.theme && !p.retired ? 1 : 0;
    }
    CHECK(static_cast<int>(themed->size()) == live);

    // One answer, even a sealed one, brings it back; taking it away (a
    // tombstone) hides it again.
    REQUIRE(Prompts(*t.journal).answer(old.id, QStringLiteral("Only mine so far")));
    CHECK(listed(*t.journal, old.id));
    internals(*t.journal).database().exec("UPDATE answer SET deleted_at=1");
    CHECK(!listed(*t.journal, old.id));
}

TEST_CASE("the prompt of the day is never a retired prompt, even one stored for today", "[prompts][retired][today]") {
    ClockReset reset;
    const core::Prompt& old = retiredPrompt();
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    chooseOnly(t, {old.theme});
    auto journal = t.reopenAs(QStringLiteral("Alex"));
    QSet<QString> live;
    for (const core::Prompt& p : library().prompts()) {
        if (p.theme == old.theme && !p.retired) {
            live.insert(p.id);
        }
    }
    // Twice the theme's size: without the rule the retired ones would come up
    // once the live ones were used up (no repeats before that).
    QSet<QString> seen;
    const QDate first(2026, 1, 1);
    for (int day = 0; day < 2 * static_cast<int>(live.size()); ++day) {
        setDay(first.addDays(day));
        const core::Prompt today = todayFor(*journal);
        INFO(today.id.toStdString());
        CHECK(!today.retired);
        seen.insert(today.id);
    }
    CHECK(seen == live);

    // A day an older Twofold already gave a now-retired prompt to.
    const QDate stored(2026, 6, 1);
    setDay(stored);
    const qint64 row =
        countRows(*journal, QStringLiteral("SELECT id FROM prompt WHERE key='%1'").arg(old.id).toUtf8().constData());
    core::storage::PromptDayStore(internals(*journal).database()).set(stored.toString(Qt::ISODate), row);
    const core::Prompt today = todayFor(*journal);
    CHECK(today.id != old.id);
    CHECK(!today.retired);
}
