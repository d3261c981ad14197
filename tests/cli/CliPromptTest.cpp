#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

struct Journal : CliJournal {
    CliResult json(const QString& who, const QStringList& args) const {
        return runCliOn(path, who, QStringList{QStringLiteral("--json")} + args);
    }
};

QStringList words(const char* text) {
    return QString::fromUtf8(text).split(QLatin1Char(' '));
}

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");

} // namespace

TEST_CASE("cli: prompt list shows the whole library with every JSON field", "[cli][prompts]") {
    Journal j;
    const auto all = j.json({}, words("prompt list"));
    REQUIRE(all.exitCode == 0);
    const QJsonArray prompts = all.json().array();
    CHECK(prompts.size() >= 190);
    QSet<QString> themes;
    for (const auto& value : prompts) {
        const QJsonObject p = value.toObject();
        CHECK(p.keys() == QStringList{QStringLiteral("custom"), QStringLiteral("depth"), QStringLiteral("id"),
                                      QStringLiteral("text"), QStringLiteral("theme")});
        CHECK(!p[QStringLiteral("custom")].toBool());
        themes.insert(p[QStringLiteral("theme")].toString());
    }
    // The whole library, unchosen (sensitive) themes included.
    CHECK(themes.size() >= 13);
    CHECK(themes.contains(QStringLiteral("desire")));

    const auto trust = j.json(kAlex, words("prompt list --theme Trust --depth deepest"));
    REQUIRE(trust.exitCode == 0);
    REQUIRE(!trust.json().array().isEmpty());
    for (const auto& value : trust.json().array()) {
        CHECK(value.toObject()[QStringLiteral("theme")].toString() == QStringLiteral("trust"));
        CHECK(value.toObject()[QStringLiteral("depth")].toString() == QStringLiteral("deepest"));
    }
    const auto byName = j.as(kAlex, {QStringLiteral("prompt"), QStringLiteral("list"), QStringLiteral("--theme"),
                                     QStringLiteral("stress and support")});
    CHECK(byName.exitCode == 0);
    CHECK(byName.outText().contains(QStringLiteral("stress-001")));

    CHECK(j.as(kAlex, words("prompt list --depth medium")).exitCode == 2);
    CHECK(j.as(kAlex, words("prompt list --theme gardening")).exitCode == 4);
    CHECK(j.as(kAlex, words("prompt list --colour red")).exitCode == 2);
}

TEST_CASE("cli: prompt themes shows each theme with both partners' choices", "[cli][prompts]") {
    Journal j;
    const auto themes = j.json({}, words("prompt themes"));
    REQUIRE(themes.exitCode == 0);
    const QJsonArray list = themes.json().array();
    CHECK(list.size() >= 13);
    bool sawDesire = false;
    for (const auto& value : list) {
        const QJsonObject t = value.toObject();
        CHECK(t.keys() == QStringList{QStringLiteral("choices"), QStringLiteral("id"), QStringLiteral("name"),
                                      QStringLiteral("sensitive")});
        const QJsonObject choices = t[QStringLiteral("choices")].toObject();
        const QString expected =
            t[QStringLiteral("sensitive")].toBool() ? QStringLiteral("not-now") : QStringLiteral("yes");
        CHECK(choices[kAlex].toString() == expected);
        CHECK(choices[kSam].toString() == expected);
        sawDesire = sawDesire || (t[QStringLiteral("id")].toString() == QStringLiteral("desire") &&
                                  t[QStringLiteral("sensitive")].toBool());
    }
    CHECK(sawDesire);
    CHECK(j.as({}, words("prompt themes")).outText().contains(QStringLiteral("Desire and sex (desire), sensitive")));
}

TEST_CASE("cli: prompt consent records the acting partner's choice and refuses bad requests", "[cli][prompts]") {
    Journal j;
    const auto chosen = j.json(kSam, {QStringLiteral("prompt"), QStringLiteral("consent"),
                                      QStringLiteral("Desire and Sex"), QStringLiteral("yes")});
    REQUIRE(chosen.exitCode == 0);
    const QJsonObject t = chosen.json().object();
    CHECK(t[QStringLiteral("id")].toString() == QStringLiteral("desire"));
    CHECK(t[QStringLiteral("choices")].toObject()[kSam].toString() == QStringLiteral("yes"));
    CHECK(t[QStringLiteral("choices")].toObject()[kAlex].toString() == QStringLiteral("not-now"));
    CHECK(j.as(kAlex, words("prompt consent trust not-now")).exitCode == 0);
    const auto themes = j.json({}, words("prompt themes")).json().array();
    for (const auto& value : themes) {
        if (value.toObject()[QStringLiteral("id")].toString() == QStringLiteral("trust")) {
            CHECK(value.toObject()[QStringLiteral("choices")].toObject()[kAlex].toString() ==
                  QStringLiteral("not-now"));
        }
    }
    CHECK(j.as(kAlex, words("prompt consent trust maybe")).exitCode == 2);
    CHECK(j.as(kAlex, words("prompt consent trust")).exitCode == 2);
    CHECK(j.as(kAlex, words("prompt consent gardening yes")).exitCode == 4);
    CHECK(j.as({}, words("prompt consent trust yes")).exitCode == 4);
    CHECK(j.as(QStringLiteral("Nobody"), words("prompt consent trust yes")).exitCode == 4);
}

TEST_CASE("cli: prompt today is stable, comes only from themes both chose, and is null when none", "[cli][prompts]") {
    Journal j;
    const auto alex = j.json(kAlex, words("prompt today"));
    REQUIRE(alex.exitCode == 0);
    const QJsonObject p = alex.json().object();
    CHECK(p.keys() == QStringList{QStringLiteral("custom"), QStringLiteral("depth"), QStringLiteral("id"),
                                  QStringLiteral("text"), QStringLiteral("theme")});
    CHECK(p[QStringLiteral("theme")].toString() != QStringLiteral("desire"));
    CHECK(j.json(kSam, words("prompt today")).json().object() == p);
    CHECK(j.as(kSam, words("prompt today")).outText().contains(p[QStringLiteral("id")].toString()));

    // Sam says not-now to every theme: nothing is eligible.
    for (const auto& value : j.json({}, words("prompt themes")).json().array()) {
        REQUIRE(j.as(kSam, {QStringLiteral("prompt"), QStringLiteral("consent"),
                            value.toObject()[QStringLiteral("id")].toString(), QStringLiteral("not-now")})
                    .exitCode == 0);
    }
    const auto none = j.json(kAlex, words("prompt today"));
    CHECK(none.exitCode == 0);
    CHECK(none.outText().trimmed() == QStringLiteral("null"));
    const auto sentence = j.as(kAlex, words("prompt today"));
    CHECK(sentence.exitCode == 0);
    CHECK(sentence.outText().contains(QStringLiteral("no theme has a yes from both partners")));

    // Only play is open for both: today's prompt comes from play.
    REQUIRE(j.as(kSam, words("prompt consent play yes")).exitCode == 0);
    CHECK(j.json(kAlex, words("prompt today")).json().object()[QStringLiteral("theme")].toString() ==
          QStringLiteral("play"));
}

TEST_CASE("cli: prompt add writes the couple's own prompt from --text, --file or stdin", "[cli][prompts]") {
    Journal j;
    const auto added =
        j.json(kAlex, {QStringLiteral("prompt"), QStringLiteral("add"), QStringLiteral("--theme"),
                       QStringLiteral("play"), QStringLiteral("--text"), QStringLiteral("Which place is ours? 🏡")});
    REQUIRE(added.exitCode == 0);
    const QJsonObject p = added.json().object();
    CHECK(p[QStringLiteral("custom")].toBool());
    CHECK(p[QStringLiteral("depth")].toString() == QStringLiteral("deeper"));
    CHECK(p[QStringLiteral("theme")].toString() == QStringLiteral("play"));
    CHECK(p[QStringLiteral("text")].toString() == QStringLiteral("Which place is ours? 🏡"));
    const QString id = p[QStringLiteral("id")].toString();
    CHECK(id.size() == 36);

    const QString file = j.dir.filePath(QStringLiteral("prompt.txt"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("What would a perfect lazy Sunday look like?\n");
    f.close();
    const auto fromFile = j.as(kSam, {QStringLiteral("prompt"), QStringLiteral("add"), QStringLiteral("--theme"),
                                      QStringLiteral("Play, rituals and shared meaning"), QStringLiteral("--depth"),
                                      QStringLiteral("light"), QStringLiteral("--file"), file});
    REQUIRE(fromFile.exitCode == 0);
    const QString fileId = fromFile.outText().trimmed();
    const auto fromStdin = j.as(kSam, words("prompt add --theme trust"), "What do we promise each other?\n");
    REQUIRE(fromStdin.exitCode == 0);

    const auto list = j.json(kSam, words("prompt list --theme play")).json().array();
    QMap<QString, QJsonObject> byId;
    for (const auto& value : list) {
        byId.insert(value.toObject()[QStringLiteral("id")].toString(), value.toObject());
    }
    CHECK(byId.contains(id));
    CHECK(byId.value(fileId)[QStringLiteral("depth")].toString() == QStringLiteral("light"));
    CHECK(byId.value(fileId)[QStringLiteral("text")].toString() ==
          QStringLiteral("What would a perfect lazy Sunday look like?"));
    CHECK(j.json(kSam, {QStringLiteral("prompt"), QStringLiteral("show"), id})
              .json()
              .object()[QStringLiteral("custom")]
              .toBool());

    CHECK(j.as(kAlex, words("prompt add --text x")).exitCode == 2);
    CHECK(j.as(kAlex, words("prompt add --theme play --depth huge --text x")).exitCode == 2);
    CHECK(j.as(kAlex, words("prompt add --theme gardening --text x")).exitCode == 4);
    CHECK(j.as(kAlex, {QStringLiteral("prompt"), QStringLiteral("add"), QStringLiteral("--theme"),
                       QStringLiteral("play"), QStringLiteral("--text"), QStringLiteral("  ")})
              .exitCode == 4);
    CHECK(j.as({}, words("prompt add --theme play --text x")).exitCode == 4);
    CHECK(j.json(kSam, words("prompt list --theme play")).json().array().size() == list.size());
}

TEST_CASE("cli: prompt answer and show keep the other's answer hidden until both answered", "[cli][prompts]") {
    Journal j;
    const auto mine = j.json(kAlex, {QStringLiteral("prompt"), QStringLiteral("answer"), QStringLiteral("trust-002"),
                                     QStringLiteral("--text"), QStringLiteral("Quand tu écoutes 🌿")});
    REQUIRE(mine.exitCode == 0);
    QJsonObject shown = mine.json().object();
    CHECK(!shown[QStringLiteral("revealed")].toBool());
    REQUIRE(shown[QStringLiteral("answers")].toArray().size() == 1);
    const QJsonObject answer = shown[QStringLiteral("answers")].toArray()[0].toObject();
    CHECK(answer[QStringLiteral("author")].toString() == kAlex);
    CHECK(answer[QStringLiteral("text")].toString() == QStringLiteral("Quand tu écoutes 🌿"));
    CHECK(answer[QStringLiteral("answered")].toString().endsWith(QLatin1Char('Z')));

    shown = j.json(kSam, words("prompt show trust-002")).json().object();
    CHECK(shown[QStringLiteral("id")].toString() == QStringLiteral("trust-002"));
    CHECK(shown[QStringLiteral("answers")].toArray().isEmpty());
    CHECK(!shown[QStringLiteral("revealed")].toBool());
    const auto human = j.as(kSam, words("prompt show trust-002"));
    CHECK(!human.outText().contains(QStringLiteral("écoutes")));
    CHECK(human.outText().contains(QStringLiteral("private entry")));

    REQUIRE(j.as(kSam, words("prompt answer trust-002"), "From stdin\n").exitCode == 0);
    shown = j.json(kSam, words("prompt show trust-002")).json().object();
    CHECK(shown[QStringLiteral("revealed")].toBool());
    CHECK(shown[QStringLiteral("answers")].toArray().size() == 2);
    // Answering again replaces the answer.
    REQUIRE(j.as(kSam, words("prompt answer trust-002 --text Changed")).exitCode == 0);
    shown = j.json(kAlex, words("prompt show trust-002")).json().object();
    QStringList texts;
    for (const auto& value : shown[QStringLiteral("answers")].toArray()) {
        texts << value.toObject()[QStringLiteral("text")].toString();
    }
    CHECK(texts == QStringList{QStringLiteral("Quand tu écoutes 🌿"), QStringLiteral("Changed")});

    CHECK(j.as(kAlex, words("prompt answer trust-999 --text x")).exitCode == 4);
    CHECK(j.as(kAlex, words("prompt show trust-999")).exitCode == 4);
    CHECK(j.as(kAlex, words("prompt show")).exitCode == 2);
    CHECK(j.as({}, words("prompt answer trust-002 --text x")).exitCode == 4);
    CHECK(j.as(kAlex, {QStringLiteral("prompt"), QStringLiteral("answer"), QStringLiteral("trust-003"),
                       QStringLiteral("--text"), QStringLiteral(" ")})
              .exitCode == 4);
    CHECK(j.as(kAlex, words("prompt answer trust-003 --text x --file y")).exitCode == 2);
    CHECK(runCli({QStringLiteral("--journal"), j.dir.filePath(QStringLiteral("missing.twofold")),
                  QStringLiteral("prompt"), QStringLiteral("today")})
              .exitCode == 3);
}

TEST_CASE("cli: prompt show prints the care note under a care prompt's question, and only there", "[cli][prompts]") {
    Journal j;
    const auto care = j.as(kAlex, words("prompt show trust-013"));
    REQUIRE(care.exitCode == 0);
    CHECK(care.outText().contains(QStringLiteral("a counsellor can help")));
    const auto plain = j.as(kAlex, words("prompt show trust-001"));
    REQUIRE(plain.exitCode == 0);
    CHECK(!plain.outText().contains(QStringLiteral("counsellor")));
    // The JSON keeps CLI.md's prompt fields: the question alone.
    const auto json = j.json(kAlex, words("prompt show trust-013"));
    CHECK(!json.json().object()[QStringLiteral("text")].toString().contains(QStringLiteral("counsellor")));
}
