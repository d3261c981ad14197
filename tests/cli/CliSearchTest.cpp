#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

struct SearchJournal {
    SearchJournal() {
        path = dir.filePath(QStringLiteral("j.twofold"));
        REQUIRE(runCli({QStringLiteral("--journal"), path, QStringLiteral("init"), QStringLiteral("--partner"),
                        QStringLiteral("Alex"), QStringLiteral("--partner"), QStringLiteral("Sam")})
                    .exitCode == 0);
        shared = add(QStringLiteral("alex"),
                     {QStringLiteral("--date"), QStringLiteral("2026-04-02"), QStringLiteral("--title"),
                      QStringLiteral("Café"), QStringLiteral("--text"), QStringLiteral("Coffee by the river.")});
        samPrivate = add(QStringLiteral("sam"), {QStringLiteral("--private"), QStringLiteral("--text"),
                                                 QStringLiteral("My private coffee diary.")});
    }
    QString add(const QString& who, QStringList args) {
        args.prepend(QStringLiteral("add"));
        args.prepend(QStringLiteral("entry"));
        const auto r = runCliOn(path, who, args);
        REQUIRE(r.exitCode == 0);
        return r.outText().trimmed();
    }
    CliResult search(const QString& who, const QStringList& args) const {
        return runCliOn(path, who, QStringList{QStringLiteral("--json"), QStringLiteral("search")} + args);
    }
    QTemporaryDir dir;
    QString path;
    QString shared;
    QString samPrivate;
};

} // namespace

TEST_CASE("cli: search prints a JSON array of hits with kind, id, date, author and snippet", "[cli][search]") {
    SearchJournal j;
    const auto r = j.search(QStringLiteral("alex"), {QStringLiteral("cafe")});
    REQUIRE(r.exitCode == 0);
    const QJsonArray hits = r.json().array();
    REQUIRE(hits.size() == 1);
    const QJsonObject hit = hits.first().toObject();
    CHECK(hit[QStringLiteral("kind")].toString() == QStringLiteral("entry"));
    CHECK(hit[QStringLiteral("id")].toString() == j.shared);
    CHECK(hit[QStringLiteral("date")].toString() == QStringLiteral("2026-04-02"));
    CHECK(hit[QStringLiteral("author")].toString() == QStringLiteral("Alex"));
    CHECK(hit[QStringLiteral("snippet")].toString().contains(QStringLiteral("«Café»")));
}

TEST_CASE("cli: search never shows the other partner's private entries", "[cli][search]") {
    SearchJournal j;
    const auto alex = j.search(QStringLiteral("alex"), {QStringLiteral("coffee")});
    REQUIRE(alex.exitCode == 0);
    REQUIRE(alex.json().array().size() == 1);
    CHECK(alex.json().array().first().toObject()[QStringLiteral("id")].toString() == j.shared);
    const auto sam = j.search(QStringLiteral("sam"), {QStringLiteral("coffee")});
    REQUIRE(sam.exitCode == 0);
    CHECK(sam.json().array().size() == 2);
    CHECK(j.search(QStringLiteral("alex"), {QStringLiteral("diary")}).json().array().isEmpty());
}

TEST_CASE("cli: search takes --limit, several words, and prints lines for people", "[cli][search]") {
    SearchJournal j;
    CHECK(j.search(QStringLiteral("sam"), {QStringLiteral("coffee"), QStringLiteral("--limit"), QStringLiteral("1")})
              .json()
              .array()
              .size() == 1);
    // Unquoted words on the shell are one query (implicit AND).
    CHECK(j.search(QStringLiteral("sam"), {QStringLiteral("coffee"), QStringLiteral("river")}).json().array().size() ==
          1);
    const auto human = runCliOn(j.path, QStringLiteral("alex"), {QStringLiteral("search"), QStringLiteral("river")});
    REQUIRE(human.exitCode == 0);
    CHECK(human.outText().startsWith(QStringLiteral("2026-04-02  entry  Alex  ") + j.shared));
    CHECK(human.outText().contains(QStringLiteral("«river»")));
    const auto none = runCliOn(j.path, QStringLiteral("alex"), {QStringLiteral("search"), QStringLiteral("zebra")});
    REQUIRE(none.exitCode == 0);
    CHECK(none.outText().trimmed() == QStringLiteral("No matches."));
    CHECK(j.search(QStringLiteral("alex"), {QStringLiteral("zebra")}).json().array().isEmpty());
}

TEST_CASE("cli: search refusals and exit codes", "[cli][search]") {
    SearchJournal j;
    // Malformed queries: refused with one line, exit 4.
    for (const QString& bad : {QStringLiteral("\"coffee"), QStringLiteral("(coffee"), QStringLiteral("coffee OR"),
                               QStringLiteral("NOT coffee"), QStringLiteral(""), QStringLiteral("😊")}) {
        const auto r = j.search(QStringLiteral("alex"), {bad});
        INFO(bad.toStdString());
        CHECK(r.exitCode == 4);
        CHECK(r.errText().count(QLatin1Char('\n')) == 1);
        CHECK_FALSE(r.errText().contains(QStringLiteral("SQL")));
        CHECK(r.out.isEmpty());
    }
    // Command-line form: missing query, bad --limit → exit 2.
    CHECK(j.search(QStringLiteral("alex"), {}).exitCode == 2);
    CHECK(j.search(QStringLiteral("alex"), {QStringLiteral("coffee"), QStringLiteral("--limit"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(j.search(QStringLiteral("alex"), {QStringLiteral("coffee"), QStringLiteral("--limit"), QStringLiteral("0")})
              .exitCode == 4);
    // The journal cannot be opened → exit 3.
    CHECK(runCliOn(j.dir.filePath(QStringLiteral("missing.twofold")), QStringLiteral("alex"),
                   {QStringLiteral("search"), QStringLiteral("coffee")})
              .exitCode == 3);
    // An unknown partner is refused.
    CHECK(j.search(QStringLiteral("nobody"), {QStringLiteral("coffee")}).exitCode == 4);
}

TEST_CASE("cli: without --as, search reads shared entries only", "[cli][search]") {
    SearchJournal j;
    const auto r = runCli({QStringLiteral("--journal"), j.path, QStringLiteral("--json"), QStringLiteral("search"),
                           QStringLiteral("coffee")});
    REQUIRE(r.exitCode == 0);
    REQUIRE(r.json().array().size() == 1);
    CHECK(r.json().array().first().toObject()[QStringLiteral("id")].toString() == j.shared);
}
