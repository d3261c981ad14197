#include "export/MarkdownExport.h"

#include "Clock.h"
#include "ClockPin.h"
#include "ExportSupport.h"
#include "TempJournal.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"

#include <QDir>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <optional>

using namespace twofold;
using core::Entries;
using core::MarkdownExport;
using core::Visibility;

namespace {

void add(core::Journal& journal, QDate day, const QString& text, Visibility visibility = Visibility::Shared,
         const QString& title = {}, std::optional<int> mood = {}, const QStringList& tags = {}) {
    core::EntryInput input;
    input.day = day;
    input.text = text;
    input.visibility = visibility;
    input.title = title;
    input.mood = mood;
    input.tags = tags;
    REQUIRE(Entries(journal).add(input).has_value());
}

QString readText(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct MarkdownJournal {
    MarkdownJournal() {
        REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("A shared day 🌷 مرحبا"), Visibility::Shared,
            QStringLiteral("Spring"), 4, {QStringLiteral("garden"), QStringLiteral("us")});
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Alex's secret"), Visibility::Private);
        REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Sam later that day"));
        add(*t.journal, QDate(2026, 4, 3), QStringLiteral("Sam's secret"), Visibility::Private);
        t.journal->lock();
        out = t.dir.filePath(QStringLiteral("md/nested"));
    }
    test::TempJournal t;
    QString out;
};

} // namespace

TEST_CASE("markdown export writes one 0600 file per day with what the partner may see", "[export][markdown]") {
    MarkdownJournal m;
    auto alex = m.t.reopenAs(QStringLiteral("Alex"));
    auto summary = MarkdownExport(*alex).writeTo(m.out);
    REQUIRE(summary.has_value());
    CHECK(summary->files == 1);
    CHECK(summary->entries == 3);
    const QDir dir(m.out);
    CHECK(dir.entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("2026-04-01.md")});
    const QString path = dir.filePath(QStringLiteral("2026-04-01.md"));
    CHECK(test::fileMode(path) == 0600u);
    const QString text = readText(path);
    CHECK(text.startsWith(QStringLiteral("<!-- twofold export 2026-04-01 -->\n# Wednesday, 2026-04-01\n")));
    CHECK(text.contains(QStringLiteral("## Spring\n\n_Alex · shared · mood 4/5 · tags: garden, us_\n\nA shared day "
                                       "🌷 مرحبا\n")));
    CHECK(text.contains(QStringLiteral("_Alex · private_\n\nAlex's secret\n")));
    CHECK(text.contains(QStringLiteral("## Entry by Sam")));
    CHECK_FALSE(text.contains(QStringLiteral("Sam's secret")));
    // The day's entries in the order they were written.
    CHECK(text.indexOf(QStringLiteral("Spring")) < text.indexOf(QStringLiteral("Sam later")));

    auto sam = m.t.reopenAs(QStringLiteral("Sam"));
    const QString samOut = m.t.dir.filePath(QStringLiteral("sam"));
    REQUIRE(MarkdownExport(*sam).writeTo(samOut).has_value());
    CHECK(QDir(samOut).entryList(QDir::Files) ==
          QStringList{QStringLiteral("2026-04-01.md"), QStringLiteral("2026-04-03.md")});
    CHECK_FALSE(readText(QDir(samOut).filePath(QStringLiteral("2026-04-01.md"))).contains(QStringLiteral("secret")));
}

TEST_CASE("markdown export replaces only its own files and never touches others", "[export][markdown]") {
    MarkdownJournal m;
    auto alex = m.t.reopenAs(QStringLiteral("Alex"));
    REQUIRE(QDir().mkpath(m.out));
    const QString notes = QDir(m.out).filePath(QStringLiteral("notes.txt"));
    QFile other(notes);
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.write("mine");
    other.close();

    REQUIRE(MarkdownExport(*alex).writeTo(m.out).has_value());
    // A second export replaces the day file it wrote before.
    add(*alex, QDate(2026, 4, 1), QStringLiteral("One more"));
    REQUIRE(MarkdownExport(*alex).writeTo(m.out).has_value());
    CHECK(readText(QDir(m.out).filePath(QStringLiteral("2026-04-01.md"))).contains(QStringLiteral("One more")));
    CHECK(readText(notes) == QStringLiteral("mine"));

    // A file of the same name written by someone else is refused before
    // anything is written.
    const QString foreign = QDir(m.out).filePath(QStringLiteral("2026-04-01.md"));
    QFile::remove(foreign);
    QFile f(foreign);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("# my own notes\n");
    f.close();
    const QByteArray before = test::fileHash(foreign);
    auto refused = MarkdownExport(*alex).writeTo(m.out);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::AlreadyExists);
    CHECK(test::fileHash(foreign) == before);
    CHECK(QDir(m.out).entryList(QDir::Files | QDir::Hidden).size() == 2);
}

TEST_CASE("a week's check-in goes into its Sunday's file, as the reader may see it", "[export][markdown]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    core::CheckInAnswer answer;
    answer.ratings = {{QStringLiteral("heard"), 8}};
    answer.fields = {{QStringLiteral("appreciations"), QStringLiteral("The soup 🍲")}};
    REQUIRE(core::CheckIns(*t.journal).answer(QStringLiteral("2026-W14"), answer));
    const QString alexOut = t.dir.filePath(QStringLiteral("alex"));
    auto alex = MarkdownExport(*t.journal).writeTo(alexOut);
    REQUIRE(alex.has_value());
    CHECK(alex->checkIns == 1);
    const QString text = readText(QDir(alexOut).filePath(QStringLiteral("2026-04-05.md")));
    CHECK(
        text.contains(QStringLiteral("## Weekly check-in, 2026-W14\n\n### Alex\n\n- heard: 8/10\n\n**Appreciations:** "
                                     "The soup 🍲\n")));
    CHECK(text.contains(QStringLiteral("once both partners have answered")));

    // Sam has not answered, so Alex's part is not Sam's to export yet.
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    const QString samOut = t.dir.filePath(QStringLiteral("sam"));
    auto sam = MarkdownExport(*t.journal).writeTo(samOut);
    REQUIRE(sam.has_value());
    CHECK(sam->files == 0);
    CHECK(QDir(samOut).entryList(QDir::Files).isEmpty());
}

TEST_CASE("a prompt both partners answered goes into the day of the second answer", "[export][markdown]") {
    test::TempJournal t;
    std::optional<test::ClockPin> pin(std::in_place, QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Alex's answer 🌱")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-002"), QStringLiteral("Not revealed yet")));
    pin->set(QDateTime(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Sam's answer مرحبا")));
    pin.reset();
    const QString out = t.dir.filePath(QStringLiteral("md"));
    auto summary = MarkdownExport(*t.journal).writeTo(out);
    REQUIRE(summary.has_value());
    CHECK(summary->prompts == 1);
    CHECK(QDir(out).entryList(QDir::Files) == QStringList{QStringLiteral("2026-05-06.md")});
    const QString text = readText(QDir(out).filePath(QStringLiteral("2026-05-06.md")));
    CHECK(text.contains(QStringLiteral("## Prompt: ")));
    CHECK(text.contains(QStringLiteral("**Alex:** Alex's answer 🌱\n")));
    CHECK(text.contains(QStringLiteral("**Sam:** Sam's answer مرحبا\n")));
    CHECK_FALSE(text.contains(QStringLiteral("Not revealed yet")));
}

TEST_CASE("a care prompt's conversation carries the care note, and a plain one does not", "[export][markdown]") {
    test::TempJournal t;
    std::optional<test::ClockPin> pin(std::in_place, QDateTime(QDate(2026, 5, 4), QTime(12, 0), Qt::UTC));
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-013"), QStringLiteral("Alex on care")));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-013"), QStringLiteral("Sam on care")));
    pin->set(QDateTime(QDate(2026, 5, 6), QTime(12, 0), Qt::UTC));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Sam on promises")));
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Alex on promises")));
    pin.reset();
    const QString out = t.dir.filePath(QStringLiteral("md"));
    REQUIRE(MarkdownExport(*t.journal).writeTo(out).has_value());
    const QString care = readText(QDir(out).filePath(QStringLiteral("2026-05-04.md")));
    const QString plain = readText(QDir(out).filePath(QStringLiteral("2026-05-06.md")));
    CHECK(care.count(core::PromptLibrary::careNote()) == 1);
    CHECK(care.contains(QStringLiteral("**Sam:** Sam on care")));
    CHECK(!plain.contains(core::PromptLibrary::careNote()));
    CHECK(plain.contains(QStringLiteral("**Alex:** Alex on promises")));
}
