#include "../core/ExportSupport.h"
#include "CliRunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

QString fixture(const QString& name) {
    return QDir(QStringLiteral(TWOFOLD_FIXTURES_DIR "/imports")).filePath(name);
}

QJsonArray listAll(const CliJournal& j, const QString& who) {
    const auto listed = j.as(who, {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    return listed.json().array();
}

} // namespace

TEST_CASE("cli: import jrnl adds the entries as the acting partner's private entries, once", "[cli][import]") {
    CliJournal j;
    const auto first = j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("import"),
                                                     QStringLiteral("jrnl"), fixture(QStringLiteral("jrnl.json"))});
    INFO(first.errText().toStdString());
    REQUIRE(first.exitCode == 0);
    CHECK(first.json()[QStringLiteral("added")].toInt() == 3);
    CHECK(first.json()[QStringLiteral("visibility")].toString() == QStringLiteral("private"));
    const auto again = j.as(QStringLiteral("Alex"),
                            {QStringLiteral("import"), QStringLiteral("jrnl"), fixture(QStringLiteral("jrnl.json"))});
    REQUIRE(again.exitCode == 0);
    CHECK(again.outText().startsWith(QStringLiteral("Imported: 0 added, 0 updated, 3 unchanged.")));
    const QJsonArray mine = listAll(j, QStringLiteral("Alex"));
    REQUIRE(mine.size() == 3);
    for (const auto& entry : mine) {
        CHECK(entry[QStringLiteral("author")].toString() == QStringLiteral("Alex"));
        CHECK(entry[QStringLiteral("visibility")].toString() == QStringLiteral("private"));
    }
    CHECK(listAll(j, QStringLiteral("Sam")).isEmpty());
}

TEST_CASE("cli: import dayone --shared from the zip shares the entries with the partner", "[cli][import]") {
    CliJournal j;
    const auto imported =
        j.as(QStringLiteral("Sam"), {QStringLiteral("import"), QStringLiteral("dayone"),
                                     fixture(QStringLiteral("dayone.zip")), QStringLiteral("--shared")});
    INFO(imported.errText().toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.outText().contains(QStringLiteral("1 left out (no text)")));
    const QJsonArray seen = listAll(j, QStringLiteral("Alex"));
    REQUIRE(seen.size() == 3);
    CHECK(seen[0].toObject()[QStringLiteral("author")].toString() == QStringLiteral("Sam"));
    CHECK(seen[0].toObject()[QStringLiteral("visibility")].toString() == QStringLiteral("shared"));
}

TEST_CASE("cli: a malformed export is exit 4 with one line and the journal as it was", "[cli][import]") {
    CliJournal j;
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile file(bad);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"entries": [{"title": "ok", "date": "2024-01-01"}, {"title": "x", "date": "2024-13-01"}]})");
    }
    const QByteArray before = fileHash(j.path);
    for (const QString& format : {QStringLiteral("jrnl"), QStringLiteral("dayone")}) {
        INFO(format.toStdString());
        const auto refused = j.as(QStringLiteral("Alex"), {QStringLiteral("import"), format, bad});
        CHECK(refused.exitCode == 4);
        CHECK(refused.errText().startsWith(QStringLiteral("twofold-cli: Nothing was imported from ")));
        CHECK(refused.errText().count(QLatin1Char('\n')) == 1);
        CHECK(refused.out.isEmpty());
        CHECK(fileHash(j.path) == before);
    }
    CHECK(listAll(j, QStringLiteral("Alex")).isEmpty());
}

TEST_CASE("cli: import jrnl and import dayone need a file and take no unknown option", "[cli][import]") {
    CliJournal j;
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("jrnl")}).exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("dayone"),
                                        fixture(QStringLiteral("Journal.json")), QStringLiteral("--public")})
              .exitCode == 2);
    const auto missing = j.as(QStringLiteral("Alex"), {QStringLiteral("import"), QStringLiteral("dayone"),
                                                       QStringLiteral("/nonexistent/export.zip")});
    CHECK(missing.exitCode == 4);
    CHECK(missing.errText() == QStringLiteral("twofold-cli: There is no file /nonexistent/export.zip to import.\n"));
}
