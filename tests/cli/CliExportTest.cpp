#include "../core/ExportSupport.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

struct ExportJournal {
    explicit ExportJournal(const QString& a = QStringLiteral("Alex"), const QString& b = QStringLiteral("Sam"),
                           const QString& file = QStringLiteral("j.twofold")) {
        path = dir.filePath(file);
        REQUIRE(runCli({QStringLiteral("--journal"), path, QStringLiteral("init"), QStringLiteral("--partner"), a,
                        QStringLiteral("--partner"), b})
                    .exitCode == 0);
    }
    CliResult as(const QString& who, const QStringList& args, const QByteArray& in = {}) const {
        return runCliOn(path, who, args, in);
    }
    QString file(const QString& name) const { return dir.filePath(name); }
    QTemporaryDir dir;
    QString path;
};

QString addEntry(const ExportJournal& j, const QString& who, const QStringList& extra) {
    const auto added =
        j.as(who, QStringList{QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("add")} + extra);
    REQUIRE(added.exitCode == 0);
    return added.json().object()[QStringLiteral("id")].toString();
}

QJsonArray listAll(const ExportJournal& j, const QString& who) {
    const auto listed = j.as(who, {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    return listed.json().array();
}

void writeFile(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

TEST_CASE("cli: export json then import json into a new journal round-trips every entry", "[cli][export]") {
    ExportJournal j;
    addEntry(j, QStringLiteral("Alex"),
             {QStringLiteral("--date"), QStringLiteral("2026-05-01"), QStringLiteral("--title"),
              QStringLiteral("Zoë 🌧️"), QStringLiteral("--mood"), QStringLiteral("3"), QStringLiteral("--tag"),
              QStringLiteral("us"), QStringLiteral("--text"), QStringLiteral("مرحبا 你好 e\u0301")});
    addEntry(j, QStringLiteral("Alex"),
             {QStringLiteral("--private"), QStringLiteral("--text"), QStringLiteral("mine")});
    addEntry(j, QStringLiteral("Sam"), {QStringLiteral("--text"), QStringLiteral("Sam's")});
    REQUIRE(j.as(QStringLiteral("Sam"),
                 {QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                  QStringLiteral("2026-W10"), QStringLiteral("--rating"), QStringLiteral("happiness=7"),
                  QStringLiteral("--field"), QStringLiteral("ask=Tea? 🍵")})
                .exitCode == 0);
    // Alex answers too, so Sam's part is revealed to Alex and in Alex's export.
    REQUIRE(j.as(QStringLiteral("Alex"),
                 {QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                  QStringLiteral("2026-W10"), QStringLiteral("--rating"), QStringLiteral("heard=9")})
                .exitCode == 0);

    const QString out = j.file(QStringLiteral("out.json"));
    const auto exported = j.as(QStringLiteral("alex"), {QStringLiteral("export"), QStringLiteral("json"), out});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.outText().contains(QStringLiteral("plaintext")));
    CHECK(fileMode(out) == 0600u);

    ExportJournal copy(QStringLiteral("alex"), QStringLiteral("sam"), QStringLiteral("copy.twofold"));
    const auto imported = copy.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("json"), out});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.outText().contains(QStringLiteral("Imported: 4 added, 0 updated, ")));
    const auto again = copy.as(QStringLiteral("Alex"),
                               {QStringLiteral("--json"), QStringLiteral("import"), QStringLiteral("json"), out});
    REQUIRE(again.exitCode == 0);
    CHECK(again.json().object()[QStringLiteral("added")].toInt() == 0);
    const QJsonObject lists = again.json().object()[QStringLiteral("lists")].toObject();
    CHECK(lists[QStringLiteral("entries")].toObject()[QStringLiteral("unchanged")].toInt() == 3);
    CHECK(lists[QStringLiteral("checkins")].toObject()[QStringLiteral("unchanged")].toInt() == 1);
    CHECK(again.json().object()[QStringLiteral("updated")].toInt() == 0);

    QJsonArray original = listAll(j, QStringLiteral("Alex"));
    QJsonArray copied = listAll(copy, QStringLiteral("Alex"));
    REQUIRE(copied.size() == 3);
    for (int i = 0; i < 3; ++i) {
        QJsonObject a = original[i].toObject();
        QJsonObject b = copied[i].toObject();
        // The copy spells its partners' names its own way.
        CHECK(b[QStringLiteral("author")].toString().compare(a[QStringLiteral("author")].toString(),
                                                             Qt::CaseInsensitive) == 0);
        // Sam's entries, imported by Alex, say so until Sam accepts them.
        const bool bySam = a[QStringLiteral("author")].toString() == QStringLiteral("Sam");
        CHECK(a[QStringLiteral("imported_by")].isNull());
        CHECK(b[QStringLiteral("imported_by")].toString().compare(bySam ? QStringLiteral("Alex") : QString(),
                                                                  Qt::CaseInsensitive) == 0);
        CHECK(b[QStringLiteral("imported_by")].isNull() == !bySam);
        for (const QString& key : {QStringLiteral("author"), QStringLiteral("imported_by")}) {
            a.remove(key);
            b.remove(key);
        }
        CHECK(a == b);
    }
    // In text too, never as plain authorship.
    CHECK(copy.as(QStringLiteral("Sam"), {QStringLiteral("entry"), QStringLiteral("list")})
              .outText()
              .contains(QStringLiteral(" · imported by ")));
    const auto week =
        copy.as(QStringLiteral("Sam"), {QStringLiteral("--json"), QStringLiteral("checkin"), QStringLiteral("show"),
                                        QStringLiteral("--week"), QStringLiteral("2026-W10")});
    REQUIRE(week.exitCode == 0);
    const QJsonObject samPart =
        week.json().object()[QStringLiteral("parts")].toObject()[QStringLiteral("sam")].toObject();
    CHECK(samPart[QStringLiteral("ratings")].toObject()[QStringLiteral("happiness")].toInt() == 7);
    CHECK(samPart[QStringLiteral("fields")].toObject()[QStringLiteral("ask")].toString() == QStringLiteral("Tea? 🍵"));
    // Sam's part came in by Alex's hand: it says so, in JSON and in text.
    CHECK(samPart[QStringLiteral("imported_by")].toString().compare(QStringLiteral("Alex"), Qt::CaseInsensitive) == 0);
    const QJsonObject alexPart =
        week.json().object()[QStringLiteral("parts")].toObject()[QStringLiteral("alex")].toObject();
    CHECK(alexPart[QStringLiteral("imported_by")].isNull());
    CHECK(copy.as(QStringLiteral("Sam"), {QStringLiteral("checkin"), QStringLiteral("show"), QStringLiteral("--week"),
                                          QStringLiteral("2026-W10")})
              .outText()
              .contains(QStringLiteral("sam · imported by alex — answered"), Qt::CaseInsensitive));
}

TEST_CASE("cli: export json refuses to overwrite, with exit 4", "[cli][export]") {
    ExportJournal j;
    const QString out = j.file(QStringLiteral("out.json"));
    writeFile(out, "precious");
    const auto refused = j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("json"), out});
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText().contains(QStringLiteral("already exists")));
    CHECK(refused.errText().count(QLatin1Char('\n')) == 1);
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "precious");
}

TEST_CASE("cli: a refused import exits 4 and leaves the journal unchanged", "[cli][import]") {
    ExportJournal j;
    addEntry(j, QStringLiteral("Sam"), {QStringLiteral("--text"), QStringLiteral("there")});
    const QByteArray before = fileHash(j.path);
    const QString in = j.file(QStringLiteral("in.json"));
    const std::vector<QByteArray> docs{
        "not json at all",
        R"({"format": "twofold", "version": 99, "entries": []})",
        R"({"format": "twofold", "version": 1, "entries": [{"author": "Robin", "date": "2026-01-01", "text": "x"}]})",
        R"({"format": "twofold", "version": 1,
            "entries": [{"author": "Sam", "date": "2026-01-01", "text": "x", "visibility": "private"}]})",
        R"({"format": "twofold", "version": 1,
            "entries": [{"author": "Alex", "date": "2026-01-01", "text": "ok"},
                        {"author": "Alex", "date": "2026-01-01", "text": "x", "mood": 9}]})",
    };
    for (const QByteArray& doc : docs) {
        INFO(doc.toStdString());
        QFile::remove(in);
        writeFile(in, doc);
        const auto result = j.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("json"), in});
        CHECK(result.exitCode == 4);
        CHECK(result.errText().startsWith(QStringLiteral("twofold-cli: Nothing was imported")));
        CHECK(result.errText().count(QLatin1Char('\n')) == 1);
        CHECK(fileHash(j.path) == before);
    }
    const auto missing = j.as(QStringLiteral("Alex"),
                              {QStringLiteral("import"), QStringLiteral("json"), j.file(QStringLiteral("no.json"))});
    CHECK(missing.exitCode == 4);
    CHECK(fileHash(j.path) == before);
}

TEST_CASE("cli: import json needs an acting partner and a file argument", "[cli][import]") {
    ExportJournal j;
    const QString in = j.file(QStringLiteral("in.json"));
    writeFile(in, R"({"format": "twofold", "version": 1, "entries": []})");
    CHECK(
        runCli({QStringLiteral("--journal"), j.path, QStringLiteral("import"), QStringLiteral("json"), in}).exitCode ==
        4);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("json")}).exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("json")}).exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("markdown")}).exitCode == 2);
    CHECK(runCliOn(j.file(QStringLiteral("missing.twofold")), QStringLiteral("Alex"),
                   {QStringLiteral("import"), QStringLiteral("json"), in})
              .exitCode == 3);
}

TEST_CASE("cli: export markdown writes one 0600 file per day into a new folder", "[cli][export][markdown]") {
    ExportJournal j;
    addEntry(j, QStringLiteral("Alex"),
             {QStringLiteral("--date"), QStringLiteral("2026-02-03"), QStringLiteral("--text"),
              QStringLiteral("Day one ✨")});
    addEntry(j, QStringLiteral("Sam"),
             {QStringLiteral("--date"), QStringLiteral("2026-02-04"), QStringLiteral("--private"),
              QStringLiteral("--text"), QStringLiteral("Sam only")});
    const QString dir = j.file(QStringLiteral("md"));
    const auto result = j.as(QStringLiteral("Alex"),
                             {QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("markdown"), dir});
    REQUIRE(result.exitCode == 0);
    CHECK(result.json().object()[QStringLiteral("files")].toInt() == 1);
    CHECK(QDir(dir).entryList(QDir::Files) == QStringList{QStringLiteral("2026-02-03.md")});
    CHECK(fileMode(QDir(dir).filePath(QStringLiteral("2026-02-03.md"))) == 0600u);
    // Human mode warns that the files are plaintext.
    const auto again = j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("markdown"), dir});
    REQUIRE(again.exitCode == 0);
    CHECK(again.outText().contains(QStringLiteral("plaintext")));
    // A file in the way of the folder is refused.
    const QString blocker = j.file(QStringLiteral("blocker"));
    writeFile(blocker, "x");
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("markdown"), blocker}).exitCode == 4);
}

TEST_CASE("cli: export json without --as holds shared content only, exported_by null", "[cli][export]") {
    ExportJournal j;
    addEntry(j, QStringLiteral("Alex"), {QStringLiteral("--text"), QStringLiteral("shared words")});
    addEntry(j, QStringLiteral("Alex"),
             {QStringLiteral("--private"), QStringLiteral("--text"), QStringLiteral("mine")});
    const QString out = j.file(QStringLiteral("reader.json"));
    const auto exported = runCli({QStringLiteral("--journal"), j.path, QStringLiteral("--json"),
                                  QStringLiteral("export"), QStringLiteral("json"), out});
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.json().object()[QStringLiteral("entries")].toInt() == 1);
    CHECK_FALSE(exported.outText().contains(QStringLiteral("plaintext")));
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    CHECK(doc[QStringLiteral("exported_by")].isNull());
    REQUIRE(doc[QStringLiteral("entries")].toArray().size() == 1);
    CHECK(doc[QStringLiteral("entries")].toArray()[0].toObject()[QStringLiteral("text")].toString() ==
          QStringLiteral("shared words"));
    for (const char* list : {"partners", "checkins", "prompts", "answers", "theme_choices"}) {
        CHECK(doc[QLatin1String(list)].isArray());
    }
}
