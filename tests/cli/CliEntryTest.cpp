#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {
using Journal = CliJournal;
} // namespace

TEST_CASE("cli: entry add prints the id, and show returns every JSON field", "[cli][entries]") {
    Journal j;
    const QString text = QStringLiteral("مرحبا 🌧️ Zoë");
    const auto added =
        j.as(QStringLiteral("alex"),
             {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--date"),
              QStringLiteral("2026-05-01"), QStringLiteral("--title"), QStringLiteral("Sunday"),
              QStringLiteral("--mood"), QStringLiteral("5"), QStringLiteral("--tag"), QStringLiteral("us"),
              QStringLiteral("--tag"), QStringLiteral("walk"), QStringLiteral("--text"), text});
    REQUIRE(added.exitCode == 0);
    const QString id = added.json().object()[QStringLiteral("id")].toString();
    REQUIRE(id.size() == 36);
    const auto shown =
        j.as(QStringLiteral("sam"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject e = shown.json().object();
    CHECK(e[QStringLiteral("id")].toString() == id);
    CHECK(e[QStringLiteral("date")].toString() == QStringLiteral("2026-05-01"));
    CHECK(e[QStringLiteral("author")].toString() == QStringLiteral("Alex"));
    CHECK(e[QStringLiteral("visibility")].toString() == QStringLiteral("shared"));
    CHECK(e[QStringLiteral("title")].toString() == QStringLiteral("Sunday"));
    CHECK(e[QStringLiteral("text")].toString() == QStringLiteral("مرحبا 🌧️ Zoë"));
    CHECK(e[QStringLiteral("mood")].toInt() == 5);
    CHECK(e[QStringLiteral("tags")].toArray().size() == 2);
    CHECK(e[QStringLiteral("created")].toString().endsWith(QLatin1Char('Z')));
    CHECK(e.contains(QStringLiteral("updated")));
}

TEST_CASE("cli: text comes from --text, --file or stdin", "[cli][entries]") {
    Journal j;
    const QString file = j.dir.filePath(QStringLiteral("note.md"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("# From a file\n\nwith *Markdown* ✨\n");
    f.close();
    REQUIRE(
        j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--file"), file})
            .exitCode == 0);
    REQUIRE(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add")}, "from stdin\n").exitCode ==
            0);
    const auto list =
        j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    QStringList texts;
    for (const auto& e : list.json().array()) {
        texts << e.toObject()[QStringLiteral("text")].toString();
    }
    CHECK(texts.contains(QStringLiteral("# From a file\n\nwith *Markdown* ✨\n")));
    CHECK(texts.contains(QStringLiteral("from stdin\n")));
    // Not UTF-8: refused.
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("\xff\xfe\x00", 3) + "bad");
    f.close();
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--file"), file})
              .exitCode == 4);
}

TEST_CASE("cli: entry refusals — bad values, other's entries, missing partner", "[cli][entries]") {
    Journal j;
    const QStringList add{QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"),
                          QStringLiteral("x")};
    CHECK(j.as(QStringLiteral("Alex"), add + QStringList{QStringLiteral("--mood"), QStringLiteral("9")}).exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"), add + QStringList{QStringLiteral("--mood"), QStringLiteral("high")}).exitCode ==
          2);
    CHECK(j.as(QStringLiteral("Alex"), add + QStringList{QStringLiteral("--date"), QStringLiteral("2026-02-30")})
              .exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"), add + QStringList{QStringLiteral("--date"), QStringLiteral("tomorrow")})
              .exitCode == 2);
    CHECK(j.as(QStringLiteral("Nobody"), add).exitCode == 4);
    CHECK(j.as({}, add).exitCode == 4); // who is writing?
    const auto secret = j.as(QStringLiteral("Sam"), add + QStringList{QStringLiteral("--private")});
    REQUIRE(secret.exitCode == 0);
    const QString id = secret.outText().trimmed();
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("show"), id}).exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("delete"), id}).exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("show"), QStringLiteral("nope")})
              .exitCode == 4);
    const auto list =
        j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    CHECK(list.json().array().isEmpty());
}

TEST_CASE("cli: edit, delete to trash and restore", "[cli][entries]") {
    Journal j;
    const auto added = j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"),
                                                     QStringLiteral("--text"), QStringLiteral("draft one")});
    const QString id = added.outText().trimmed();
    CHECK(j.as(QStringLiteral("Sam"), {QStringLiteral("entry"), QStringLiteral("edit"), id, QStringLiteral("--text"),
                                       QStringLiteral("hijack")})
              .exitCode == 4);
    const auto edited =
        j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("edit"), id,
                                      QStringLiteral("--mood"), QStringLiteral("3")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.json().object()[QStringLiteral("text")].toString() == QStringLiteral("draft one"));
    CHECK(edited.json().object()[QStringLiteral("mood")].toInt() == 3);
    REQUIRE(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("delete"), id}).exitCode == 0);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")})
              .json()
              .array()
              .isEmpty());
    REQUIRE(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("restore"), id}).exitCode == 0);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")})
              .json()
              .array()
              .size() == 1);
}

TEST_CASE("cli: entry list filters by author, dates, tag and limit", "[cli][entries]") {
    Journal j;
    for (int d = 1; d <= 6; ++d) {
        const QString who = d % 2 ? QStringLiteral("Alex") : QStringLiteral("Sam");
        REQUIRE(j.as(who, {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--date"),
                           QStringLiteral("2026-06-0%1").arg(d), QStringLiteral("--tag"),
                           d <= 2 ? QStringLiteral("early") : QStringLiteral("late"), QStringLiteral("--text"),
                           QStringLiteral("day %1").arg(d)})
                    .exitCode == 0);
    }
    const auto list = [&](const QStringList& extra) {
        return j
            .as(QStringLiteral("Alex"),
                QStringList{QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")} + extra)
            .json()
            .array();
    };
    CHECK(list({}).size() == 6);
    CHECK(list({})[0].toObject()[QStringLiteral("date")].toString() == QStringLiteral("2026-06-06"));
    CHECK(list({QStringLiteral("--author"), QStringLiteral("sam")}).size() == 3);
    CHECK(list({QStringLiteral("--from"), QStringLiteral("2026-06-03"), QStringLiteral("--to"),
                QStringLiteral("2026-06-04")})
              .size() == 2);
    CHECK(list({QStringLiteral("--tag"), QStringLiteral("early")}).size() == 2);
    CHECK(list({QStringLiteral("--limit"), QStringLiteral("4")}).size() == 4);
    CHECK(j.as(QStringLiteral("Alex"),
               {QStringLiteral("entry"), QStringLiteral("list"), QStringLiteral("--author"), QStringLiteral("Nobody")})
              .exitCode == 4);
}

TEST_CASE("cli: --text with --private warns on stderr that the words go into shell history", "[cli][entries]") {
    Journal j;
    const QString warning =
        QStringLiteral("--text puts your words into the shell's history; use --file or stdin for private writing.");
    const auto added =
        j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--private"),
                                      QStringLiteral("--text"), QStringLiteral("secret words")});
    REQUIRE(added.exitCode == 0);
    CHECK(added.errText().contains(warning));
    const QString id = added.outText().trimmed();
    const auto edited =
        j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("edit"), id, QStringLiteral("--private"),
                                      QStringLiteral("--text"), QStringLiteral("other words")});
    REQUIRE(edited.exitCode == 0);
    CHECK(edited.errText().contains(warning));
    // Private writing from stdin, and shared writing with --text: no warning.
    const auto piped =
        j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--private")},
             "from stdin\n");
    REQUIRE(piped.exitCode == 0);
    CHECK_FALSE(piped.errText().contains(QStringLiteral("history")));
    const auto shared = j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"),
                                                      QStringLiteral("--text"), QStringLiteral("hello")});
    REQUIRE(shared.exitCode == 0);
    CHECK_FALSE(shared.errText().contains(QStringLiteral("history")));
}
