#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

struct Journal : CliJournal {
    QJsonObject json(const QString& who, const QStringList& args) const {
        const CliResult r = as(who, QStringList{QStringLiteral("--json")} + args);
        INFO(r.errText().toStdString());
        REQUIRE(r.exitCode == 0);
        return r.json().object();
    }
    QByteArray fileBytes() const {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }
};

QStringList args(std::initializer_list<const char*> list) {
    QStringList out;
    for (const char* a : list) {
        out << QString::fromUtf8(a);
    }
    return out;
}

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");

} // namespace

TEST_CASE("cli: checkin answer and show give every JSON field, hiding the other part until both answered",
          "[cli][checkins]") {
    Journal j;
    const QJsonObject mine =
        j.json(kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=7", "stress=3", "--field",
                            "appreciations=Coffee ☕ مرحبا", "issue=the dishes"}));
    CHECK(mine[QStringLiteral("week")].toString() == QStringLiteral("2026-W10"));
    const QJsonObject parts = mine[QStringLiteral("parts")].toObject();
    CHECK(parts.keys() == QStringList{kAlex});
    const QJsonObject alex = parts[kAlex].toObject();
    const QJsonObject ratings = alex[QStringLiteral("ratings")].toObject();
    CHECK(ratings[QStringLiteral("happiness")].toInt() == 7);
    CHECK(ratings[QStringLiteral("stress")].toInt() == 3);
    CHECK(ratings.size() == 7);
    CHECK(ratings[QStringLiteral("fairness")].isNull());
    const QJsonObject fields = alex[QStringLiteral("fields")].toObject();
    CHECK(fields[QStringLiteral("appreciations")].toString() == QStringLiteral("Coffee ☕ مرحبا"));
    CHECK(fields[QStringLiteral("issue")].toString() == QStringLiteral("the dishes"));
    CHECK(fields[QStringLiteral("ask")].isNull());
    CHECK(fields.size() == 4);
    CHECK(alex[QStringLiteral("submitted")].toString().endsWith(QLatin1Char('Z')));
    CHECK(mine[QStringLiteral("agreements")].isNull());
    CHECK(mine.contains(QStringLiteral("previous_agreements")));
    CHECK(mine[QStringLiteral("previous_agreements")].isNull());

    // Sam sees that Alex answered, not what.
    const QJsonObject samView = j.json(kSam, args({"checkin", "show", "--week", "2026-W10"}));
    CHECK(samView[QStringLiteral("parts")].toObject().isEmpty());
    CHECK(samView[QStringLiteral("answered_by")].toArray() == QJsonArray{kAlex});
    CHECK_FALSE(samView[QStringLiteral("revealed")].toBool());
    const CliResult human = j.as(kSam, args({"checkin", "show", "--week", "2026-W10"}));
    CHECK(human.exitCode == 0);
    CHECK_FALSE(human.outText().contains(QStringLiteral("dishes")));
    CHECK(human.outText().contains(QStringLiteral("Alex has answered")));
    // A reader without --as sees no parts either.
    CHECK(j.json(QString(), args({"checkin", "show", "--week", "2026-W10"}))[QStringLiteral("parts")]
              .toObject()
              .isEmpty());

    j.json(kSam, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=5"}));
    const QJsonObject both = j.json(kSam, args({"checkin", "show", "--week", "2026-W10"}));
    CHECK(both[QStringLiteral("parts")].toObject().keys() == QStringList({kAlex, kSam}));
    CHECK(both[QStringLiteral("parts")][kAlex][QStringLiteral("fields")][QStringLiteral("issue")].toString() ==
          QStringLiteral("the dishes"));
    CHECK(both[QStringLiteral("revealed")].toBool());
    const CliResult revealed = j.as(kSam, args({"checkin", "show", "--week", "2026-W10"}));
    CHECK(revealed.outText().contains(QStringLiteral("Issue: the dishes")));
}

TEST_CASE("cli: --rating and --field take repeated and greedy KEY=VALUE forms; answering again replaces",
          "[cli][checkins]") {
    Journal j;
    const QJsonObject first =
        j.json(kAlex, args({"checkin", "answer", "--week", "2026-W11", "--rating", "happiness=1", "--rating", "heard=2",
                            "connection=3", "--field", "ask=more time = less rush", "--field", "went_well=the walk"}));
    const QJsonObject r1 = first[QStringLiteral("parts")][kAlex][QStringLiteral("ratings")].toObject();
    CHECK(r1[QStringLiteral("happiness")].toInt() == 1);
    CHECK(r1[QStringLiteral("heard")].toInt() == 2);
    CHECK(r1[QStringLiteral("connection")].toInt() == 3);
    const QJsonObject f1 = first[QStringLiteral("parts")][kAlex][QStringLiteral("fields")].toObject();
    CHECK(f1[QStringLiteral("ask")].toString() == QStringLiteral("more time = less rush"));
    CHECK(f1[QStringLiteral("went_well")].toString() == QStringLiteral("the walk"));

    const QJsonObject second = j.json(kAlex, args({"checkin", "answer", "--week", "2026-W11", "--rating=fairness=10"}));
    const QJsonObject r2 = second[QStringLiteral("parts")][kAlex][QStringLiteral("ratings")].toObject();
    CHECK(r2[QStringLiteral("fairness")].toInt() == 10);
    CHECK(r2[QStringLiteral("happiness")].isNull());
    CHECK(second[QStringLiteral("parts")][kAlex][QStringLiteral("fields")][QStringLiteral("ask")].isNull());
}

TEST_CASE("cli: agreements come from --text, --file or stdin and return as previous_agreements", "[cli][checkins]") {
    Journal j;
    const QJsonObject agreed =
        j.json(kAlex, args({"checkin", "agree", "--week", "2026-W10", "--text", "Phones away at dinner 📵"}));
    CHECK(agreed[QStringLiteral("agreements")].toString() == QStringLiteral("Phones away at dinner 📵"));
    CHECK(agreed[QStringLiteral("agreements_by")].toString() == kAlex);
    CHECK(j.json(kSam, args({"checkin", "open", "--week", "2026-W11"}))[QStringLiteral("previous_agreements")]
              .toString() == QStringLiteral("Phones away at dinner 📵"));

    const QString file = j.dir.filePath(QStringLiteral("agree.txt"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Sunday walks\n");
    f.close();
    CHECK(j.as(kSam, args({"checkin", "agree", "--week", "2026-W11", "--file"}) << file).exitCode == 0);
    CHECK(j.json(kSam, args({"checkin", "open", "--week", "2026-W12"}))[QStringLiteral("previous_agreements")]
              .toString() == QStringLiteral("Sunday walks\n"));
    CHECK(j.as(kSam, args({"checkin", "agree", "--week", "2026-W12"}), "from stdin ✨\n").exitCode == 0);
    CHECK(j.json(kAlex, args({"checkin", "show", "--week", "2026-W12"}))[QStringLiteral("agreements")].toString() ==
          QStringLiteral("from stdin ✨\n"));
    CHECK(j.as(kSam, args({"checkin", "agree", "--text", "a", "--file"}) << file).exitCode == 2);
    CHECK(j.as(kSam, args({"checkin", "agree", "--week", "2026-W12", "--text", "  "})).exitCode == 4);
}

TEST_CASE("cli: checkin open defaults to this week and is idempotent; list is newest first", "[cli][checkins]") {
    Journal j;
    int isoYear = 0;
    const int isoWeek = QDate::currentDate().weekNumber(&isoYear);
    const QString thisWeek = QStringLiteral("%1-W%2").arg(isoYear).arg(isoWeek, 2, 10, QLatin1Char('0'));
    const QJsonObject opened = j.json(kAlex, args({"checkin", "open"}));
    CHECK(opened[QStringLiteral("week")].toString() == thisWeek);
    CHECK(j.json(kSam, args({"checkin", "open"}))[QStringLiteral("week")].toString() == thisWeek);
    CHECK(j.json(kSam, args({"checkin", "show"}))[QStringLiteral("week")].toString() == thisWeek);
    j.json(kAlex, args({"checkin", "open", "--week", "2020-W53"}));
    j.json(kAlex, args({"checkin", "answer", "--week", "2021-W01", "--rating", "heard=6"}));
    const CliResult list = j.as(kSam, args({"--json", "checkin", "list"}));
    REQUIRE(list.exitCode == 0);
    const QJsonArray all = list.json().array();
    REQUIRE(all.size() == 3);
    CHECK(all[0].toObject()[QStringLiteral("week")].toString() == thisWeek);
    CHECK(all[1].toObject()[QStringLiteral("week")].toString() == QStringLiteral("2021-W01"));
    CHECK(all[2].toObject()[QStringLiteral("week")].toString() == QStringLiteral("2020-W53"));
    CHECK(all[1].toObject()[QStringLiteral("parts")].toObject().isEmpty()); // Alex's part, hidden from Sam
    const CliResult human = j.as(kSam, args({"checkin", "list"}));
    CHECK(human.exitCode == 0);
    CHECK(human.outText().contains(QStringLiteral("2021-W01  answered by Alex")));
    const CliResult none = CliJournal().as(kSam, args({"checkin", "list"}));
    CHECK(none.outText().contains(QStringLiteral("No check-ins yet.")));
}

TEST_CASE("cli: malformed check-in arguments are usage errors (exit 2)", "[cli][checkins]") {
    Journal j;
    const QByteArray before = j.fileBytes();
    const QList<QStringList> malformed{
        args({"checkin", "answer", "--rating", "happiness"}),
        args({"checkin", "answer", "--rating", "=5"}),
        args({"checkin", "answer", "--rating", "happiness=high"}),
        args({"checkin", "answer", "--rating", "happiness=7.5"}),
        args({"checkin", "answer", "--rating", "happiness=1", "happiness=2"}),
        args({"checkin", "answer", "--field", "issue"}),
        args({"checkin", "answer", "--field", "issue=money", "talk"}), // unquoted text
        args({"checkin", "answer", "--field", "ask=a", "--field", "ask=b"}),
        args({"checkin", "answer"}),
        args({"checkin", "answer", "--rating"}),
        args({"checkin", "answer", "--week", "2026-48", "--rating", "heard=5"}),
        args({"checkin", "show", "--week", "2026-w48"}),
        args({"checkin", "open", "--week", "W48"}),
        args({"checkin", "open", "--week", "2026-W10", "--week", "2026-W11"}),
        args({"checkin", "show", "2026-W10"}),
        args({"checkin", "list", "--week", "2026-W10"}),
        args({"checkin", "answer", "--mood", "5"}),
        args({"stats", "--verbose"}),
    };
    for (const QStringList& a : malformed) {
        INFO(a.join(QLatin1Char(' ')).toStdString());
        const CliResult r = j.as(kAlex, a);
        CHECK(r.exitCode == 2);
        CHECK(r.errText().startsWith(QStringLiteral("twofold-cli: ")));
    }
    CHECK(j.fileBytes() == before);
}

TEST_CASE("cli: well-formed but refused check-in requests exit 4 and change nothing", "[cli][checkins]") {
    Journal j;
    j.json(kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=6"}));
    const QJsonObject before = j.json(kAlex, args({"checkin", "show", "--week", "2026-W10"}));
    const QList<std::pair<QString, QStringList>> refused{
        {kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "joy=5"})},
        {kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=11"})},
        {kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=-1"})},
        {kAlex, args({"checkin", "answer", "--week", "2026-W10", "--field", "complaint=x"})},
        {kAlex, args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=3", "joy=5"})},
        {kAlex, args({"checkin", "answer", "--week", "2025-W53", "--rating", "happiness=5"})},
        {kAlex, args({"checkin", "open", "--week", "2025-W53"})},
        {kAlex, args({"checkin", "show", "--week", "2026-W20"})},
        {kAlex, args({"checkin", "show", "--week", "2027-W53"})},
        {QString(), args({"checkin", "answer", "--week", "2026-W10", "--rating", "happiness=5"})},
        {QString(), args({"checkin", "agree", "--week", "2026-W10", "--text", "x"})},
        {QString(), args({"checkin", "open", "--week", "2026-W30"})},
        {QStringLiteral("Robin"), args({"checkin", "show", "--week", "2026-W10"})},
    };
    for (const auto& [who, a] : refused) {
        INFO(a.join(QLatin1Char(' ')).toStdString());
        const CliResult r = j.as(who, a);
        CHECK(r.exitCode == 4);
        CHECK(r.errText().count(QLatin1Char('\n')) == 1);
    }
    CHECK(j.json(kAlex, args({"checkin", "show", "--week", "2026-W10"})) == before);
    const CliResult list = j.as(kAlex, args({"--json", "checkin", "list"}));
    CHECK(list.json().array().size() == 1);
    // A journal that cannot be opened is exit 3.
    const CliResult missing =
        runCliOn(j.dir.filePath(QStringLiteral("nope.twofold")), kAlex, args({"checkin", "list"}));
    CHECK(missing.exitCode == 3);
    CHECK(runCliOn(j.dir.filePath(QStringLiteral("nope.twofold")), kAlex, args({"stats"})).exitCode == 3);
}

TEST_CASE("cli: stats reports counts, streaks and check-in trends", "[cli][stats]") {
    Journal j;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
    for (const QString& day : {today, yesterday}) {
        REQUIRE(j.as(kAlex, args({"entry", "add", "--text", "shared", "--date"}) << day).exitCode == 0);
    }
    REQUIRE(j.as(kAlex, args({"entry", "add", "--private", "--text", "mine"})).exitCode == 0);
    REQUIRE(j.as(kSam, args({"entry", "add", "--text", "hello", "--date"}) << yesterday).exitCode == 0);
    for (const auto& [week, a, s] : {std::tuple{"2026-W01", "2", "9"}, std::tuple{"2026-W02", "8", "9"}}) {
        j.json(kAlex, QStringList{QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                                  QString::fromLatin1(week), QStringLiteral("--rating"),
                                  QStringLiteral("happiness=") + QString::fromLatin1(a)});
        j.json(kSam, QStringList{QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                                 QString::fromLatin1(week), QStringLiteral("--rating"),
                                 QStringLiteral("happiness=") + QString::fromLatin1(s)});
    }
    j.json(kAlex, args({"checkin", "answer", "--week", "2026-W03", "--rating", "happiness=0"})); // not revealed

    const QJsonObject alexView = j.json(kAlex, args({"stats"}));
    const QJsonObject entries = alexView[QStringLiteral("entries")].toObject();
    CHECK(entries[QStringLiteral("total")].toInt() == 4);
    CHECK(entries[QStringLiteral("private")].toInt() == 1);
    CHECK(entries[QStringLiteral("by_partner")][kAlex].toInt() == 3);
    CHECK(entries[QStringLiteral("by_partner")][kSam].toInt() == 1);
    const QJsonObject alexStreak = alexView[QStringLiteral("streaks")][kAlex].toObject();
    CHECK(alexStreak[QStringLiteral("current")].toInt() == 2);
    CHECK(alexStreak[QStringLiteral("longest")].toInt() == 2);
    CHECK(alexStreak[QStringLiteral("last_day")].toString() == today);
    CHECK(alexView[QStringLiteral("streaks")][kSam][QStringLiteral("current")].toInt() == 1);
    CHECK(alexView[QStringLiteral("checkins")][QStringLiteral("total")].toInt() == 3);
    CHECK(alexView[QStringLiteral("checkins")][QStringLiteral("revealed")].toInt() == 2);
    const QJsonObject happiness = alexView[QStringLiteral("trends")][QStringLiteral("happiness")][kAlex].toObject();
    const QJsonArray values = happiness[QStringLiteral("values")].toArray();
    REQUIRE(values.size() == 2);
    CHECK(values[0][QStringLiteral("week")].toString() == QStringLiteral("2026-W01"));
    CHECK(values[1][QStringLiteral("value")].toInt() == 8);
    CHECK(happiness[QStringLiteral("average_4")].toDouble() == Approx(5.0));
    CHECK(happiness[QStringLiteral("average_12")].toDouble() == Approx(5.0));
    CHECK(happiness[QStringLiteral("direction")].toString() == QStringLiteral("steady"));
    CHECK(alexView[QStringLiteral("trends")][QStringLiteral("stress")][kSam][QStringLiteral("average_4")].isNull());

    // Sam sees neither Alex's private entry nor Alex's private count.
    const QJsonObject samView = j.json(kSam, args({"stats"}));
    CHECK(samView[QStringLiteral("entries")][QStringLiteral("total")].toInt() == 3);
    CHECK(samView[QStringLiteral("entries")][QStringLiteral("private")].toInt() == 0);
    CHECK(j.json(QString(), args({"stats"}))[QStringLiteral("entries")][QStringLiteral("private")].isNull());

    const CliResult human = j.as(kAlex, args({"stats"}));
    REQUIRE(human.exitCode == 0);
    CHECK(human.outText().contains(QStringLiteral("Entries: 4 (Alex 3, Sam 1)")));
    CHECK(human.outText().contains(QStringLiteral("Alex: 2 days now, longest 2 days")));
    CHECK(human.outText().contains(QStringLiteral("happiness")));
}
