#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

TEST_CASE("cli: help, unknown commands and options are usage errors (exit 2)", "[cli]") {
    CHECK(runCli({QStringLiteral("--help")}).exitCode == 0);
    CHECK(runCli({QStringLiteral("--help")}).outText().contains(QStringLiteral("entry add")));
    const auto unknown = runCli({QStringLiteral("frobnicate")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.errText().contains(QStringLiteral("Unknown command 'frobnicate'")));
    CHECK(runCli({QStringLiteral("entry"), QStringLiteral("list"), QStringLiteral("--bogus")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("entry"), QStringLiteral("show")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("entry"), QStringLiteral("list"), QStringLiteral("--limit")}).exitCode == 2);
    CHECK(runCli({QStringLiteral("init")}).exitCode == 2);
}

TEST_CASE("cli: init creates a journal, refuses to overwrite, and partners lists both", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("j.twofold"));
    const auto init = runCli({QStringLiteral("--journal"), path, QStringLiteral("init"), QStringLiteral("--partner"),
                              QStringLiteral("Alex"), QStringLiteral("--partner"), QStringLiteral("Sam")});
    REQUIRE(init.exitCode == 0);
    const auto again = runCli(
        {QStringLiteral("--journal"), path, QStringLiteral("init"), QStringLiteral("--partner"), QStringLiteral("X")});
    CHECK(again.exitCode == 4);
    CHECK(again.errText().contains(QStringLiteral("never overwrites")));
    const auto partners = runCliOn(path, {}, {QStringLiteral("--json"), QStringLiteral("partners")});
    REQUIRE(partners.exitCode == 0);
    const QJsonArray list = partners.json().array();
    REQUIRE(list.size() == 2);
    CHECK(list[0].toObject()[QStringLiteral("name")].toString() == QStringLiteral("Alex"));
    CHECK(list[0].toObject()[QStringLiteral("protected")].toBool() == false);
}

TEST_CASE("cli: the journal path comes from TWOFOLD_JOURNAL when --journal is absent", "[cli]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("env.twofold"));
    const QMap<QString, QString> env{{QStringLiteral("TWOFOLD_JOURNAL"), path}};
    REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--partner"), QStringLiteral("Kim")}, {}, env).exitCode ==
            0);
    CHECK(QFile::exists(path));
    // One partner only: that one acts without --as.
    CHECK(runCli({QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"), QStringLiteral("hi")}, {},
                 env)
              .exitCode == 0);
}

TEST_CASE("cli: journals that cannot be opened exit 3 with one line", "[cli]") {
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.twofold"));
    auto r = runCliOn(missing, {}, {QStringLiteral("entry"), QStringLiteral("list")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().count(QLatin1Char('\n')) == 1);
    const QString garbage = dir.filePath(QStringLiteral("garbage"));
    QFile f(garbage);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("this is not a database");
    f.close();
    r = runCliOn(garbage, {}, {QStringLiteral("partners")});
    CHECK(r.exitCode == 3);
    CHECK(r.errText().contains(QStringLiteral("not a Twofold journal")));
}

TEST_CASE("cli: protected journals need the right passphrase (exit 3 otherwise); the recovery code opens them only for "
          "a new one",
          "[cli][crypto]") {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("p.twofold"));
    const auto init =
        runCli({QStringLiteral("--journal"), path, QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                QStringLiteral("--json"), QStringLiteral("init"), QStringLiteral("--partner"), QStringLiteral("Alex"),
                QStringLiteral("--partner"), QStringLiteral("Sam"), QStringLiteral("--protect")},
               "alex pass\nsam pass\n");
    REQUIRE(init.exitCode == 0);
    const QJsonObject codes = init.json().object()[QStringLiteral("recovery_codes")].toObject();
    REQUIRE(codes.size() == 2);
    const QString alexCode = codes[QStringLiteral("Alex")].toString();

    const QStringList list{QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("entry"),
                           QStringLiteral("list")};
    auto wrong = runCliOn(path, QStringLiteral("Alex"), list, "sam pass\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.errText().contains(QStringLiteral("wrong")));
    CHECK(runCliOn(path, QStringLiteral("Alex"), list, "alex pass\n").exitCode == 0);
    // The recovery code opens the keys only to set a new passphrase (DESIGN.md).
    const auto recovered = runCliOn(path, QStringLiteral("Alex"), list, alexCode.toUtf8() + "\n");
    CHECK(recovered.exitCode == 3);
    CHECK(recovered.errText().contains(QStringLiteral("only to set a new passphrase")));
    // No partner named, every partner protected: nothing can be opened.
    CHECK(runCliOn(path, {}, {QStringLiteral("entry"), QStringLiteral("list")}).exitCode == 3);
    // The passphrase never appears in output.
    CHECK_FALSE(wrong.out.contains("sam pass"));
    CHECK_FALSE(wrong.err.contains("sam pass"));
}
