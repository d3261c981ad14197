// twofold-cli under a German locale: the sentences for people are German,
// while what CLI.md fixes for scripts (JSON keys and values, the bare id of
// `entry add`, exit codes, the command words) stays exactly as it is.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

const QMap<QString, QString> kGerman{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}};

CliResult german(const QStringList& args, const QByteArray& in = {}) {
    return runCli(args, in, kGerman);
}

} // namespace

TEST_CASE("cli: under LANG=de_DE.UTF-8 a bad argument is one German sentence, and still exit 2", "[cli][i18n]") {
    const CliResult option =
        german({QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--colour"), QStringLiteral("red")});
    CHECK(option.exitCode == 2);
    CHECK(option.errText().startsWith(QStringLiteral("twofold-cli: Unbekannte Option --colour für „entry add“.\n")));
    // The synopsis is the command's own spelling, in any language.
    CHECK(option.errText().contains(QStringLiteral("Aufruf: twofold-cli entry add [--date YYYY-MM-DD]")));
    CHECK(option.out.isEmpty());

    const CliResult command = german({QStringLiteral("frobnicate")});
    CHECK(command.exitCode == 2);
    CHECK(command.errText() ==
          QStringLiteral("twofold-cli: Unbekannter Befehl „frobnicate“.\nVersuch es mit „twofold-cli --help“.\n"));

    // The same line in English without the German locale: the catalogue is
    // what changed it.
    const CliResult english = runCli({QStringLiteral("frobnicate")});
    CHECK(english.errText() ==
          QStringLiteral("twofold-cli: Unknown command 'frobnicate'.\nTry 'twofold-cli --help'.\n"));
}

TEST_CASE("cli: LANGUAGE=de is heard too, and a German core sentence keeps its exit code", "[cli][i18n]") {
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString missing = dir.filePath(QStringLiteral("nowhere/j.twofold"));
    const CliResult result = runCli(
        {QStringLiteral("--journal"), missing, QStringLiteral("partners")}, {},
        {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    CHECK(result.exitCode == 3);
    CHECK(result.errText() == QStringLiteral("twofold-cli: Den Ordner %1 gibt es nicht, also gibt es auch kein "
                                             "Tagebuch unter %2.\n")
                                  .arg(dir.filePath(QStringLiteral("nowhere")), missing));
}

TEST_CASE("cli: in German the contract output of CLI.md stays as it is", "[cli][i18n]") {
    CliJournal journal;
    const QStringList on{QStringLiteral("--journal"), journal.path, QStringLiteral("--as"), QStringLiteral("Alex")};

    // `entry add` prints the new id and nothing else.
    const CliResult added = german(on + QStringList{QStringLiteral("entry"), QStringLiteral("add"),
                                                    QStringLiteral("--tag"), QStringLiteral("walk")},
                                   QByteArray("Ein langer Spaziergang."));
    REQUIRE(added.exitCode == 0);
    static const QRegularExpression uuidLine(QStringLiteral("^[0-9a-f-]{36}\n$"));
    CHECK(uuidLine.match(added.outText()).hasMatch());
    const QString id = added.outText().trimmed();

    // JSON keys and the fixed words (shared, yes/not-now) stay English.
    const CliResult shown =
        german(on + QStringList{QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("show"), id});
    REQUIRE(shown.exitCode == 0);
    const QJsonObject entry = shown.json().object();
    CHECK(entry.value(QStringLiteral("id")).toString() == id);
    CHECK(entry.value(QStringLiteral("visibility")).toString() == QStringLiteral("shared"));
    CHECK(entry.value(QStringLiteral("author")).toString() == QStringLiteral("Alex"));
    CHECK(entry.value(QStringLiteral("tags")).toArray() == QJsonArray{QStringLiteral("walk")});

    const CliResult themes =
        german(on + QStringList{QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("themes")});
    REQUIRE(themes.exitCode == 0);
    REQUIRE_FALSE(themes.json().array().isEmpty());
    for (const QJsonValue& theme : themes.json().array()) {
        const QString choice =
            theme.toObject().value(QStringLiteral("choices")).toObject().value(QStringLiteral("Alex")).toString();
        CHECK((choice == QStringLiteral("yes") || choice == QStringLiteral("not-now")));
    }

    // A refusal is German on stderr and exit 4, as in English.
    const CliResult refused = german({QStringLiteral("--journal"), journal.path, QStringLiteral("--as"),
                                      QStringLiteral("Sam"), QStringLiteral("entry"), QStringLiteral("delete"), id});
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText() == QStringLiteral("twofold-cli: Nur Alex kann diesen Eintrag löschen; er gehört Alex.\n"));

    // A check-in for people: German labels and dates, the rating keys as typed.
    REQUIRE(
        german(on + QStringList{QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                                QStringLiteral("2026-W48"), QStringLiteral("--rating"), QStringLiteral("happiness=7"),
                                QStringLiteral("--field"), QStringLiteral("appreciations=Das Frühstück")})
            .exitCode == 0);
    const CliResult checkIn = german(on + QStringList{QStringLiteral("checkin"), QStringLiteral("show"),
                                                      QStringLiteral("--week"), QStringLiteral("2026-W48")});
    REQUIRE(checkIn.exitCode == 0);
    CHECK(checkIn.outText().startsWith(QStringLiteral("Check-in 2026-W48 (23. Nov. – 29. Nov. 2026)\n")));
    CHECK(checkIn.outText().contains(QStringLiteral("  happiness 7\n")));
    CHECK(checkIn.outText().contains(QStringLiteral("  Wertschätzung: Das Frühstück\n")));

    // `prompt today` with --json is `null` or a prompt object, never a sentence.
    const CliResult today =
        german(on + QStringList{QStringLiteral("--json"), QStringLiteral("prompt"), QStringLiteral("today")});
    CHECK(today.exitCode == 0);
    CHECK((today.outText() == QStringLiteral("null\n") || today.json().isObject()));
}

TEST_CASE("cli: --help in German lists every command under its own words", "[cli][i18n][help]") {
    const CliResult help = german({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    const QString text = help.outText();
    CHECK(text.contains(QStringLiteral("— das Twofold-Tagebuch auf der Befehlszeile")));
    CHECK(text.contains(QStringLiteral("\nBefehle:\n")));
    CHECK(text.contains(QStringLiteral("\n  entry add [--date YYYY-MM-DD]")));
    CHECK(text.contains(QStringLiteral("Einen Tageseintrag hinzufügen")));
    CHECK(text.contains(QStringLiteral("Exit-Codes: 0 erledigt, 2 fehlerhafte Befehlszeile")));
    CHECK_FALSE(text.contains(QStringLiteral("Exit codes:")));
}
