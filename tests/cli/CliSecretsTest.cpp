#include "CliRunner.h"
#include "FileTampering.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

struct Journal : CliJournal {
    QString add(const QString& who, const QString& text, bool isPrivate = false) const {
        QStringList args{QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("add"),
                         QStringLiteral("--text"), text};
        if (isPrivate) {
            args << QStringLiteral("--private");
        }
        const auto r = as(who, args);
        REQUIRE(r.exitCode == 0);
        return r.json().object()[QStringLiteral("id")].toString();
    }
    QString file(const QString& name, const QByteArray& content) const {
        const QString p = dir.filePath(name);
        QFile f(p);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
        return p;
    }
};

const QString kPass = QStringLiteral("--passphrase-file");
const QString kNew = QStringLiteral("--new-passphrase-file");

QStringList passphraseSet(const QString& newFile) {
    return {QStringLiteral("passphrase"), QStringLiteral("set"), kNew, newFile};
}

} // namespace

TEST_CASE("cli: passphrase set prints a new recovery code once and the passphrase then guards the journal",
          "[cli][secrets]") {
    Journal j;
    const QString id = j.add(QStringLiteral("Alex"), QStringLiteral("only mine"), true);
    const QString newFile = j.file(QStringLiteral("new"), "first secret ünïcode\nignored second line\n");
    const auto set = j.as(QStringLiteral("Alex"), QStringList{QStringLiteral("--json")} + passphraseSet(newFile));
    REQUIRE(set.exitCode == 0);
    const QJsonObject answer = set.json().object();
    CHECK(answer.keys() == QStringList{QStringLiteral("recovery_code")});
    const QString code = answer[QStringLiteral("recovery_code")].toString();
    CHECK(code.size() == 41);
    CHECK_FALSE(set.out.contains("first secret"));

    const QStringList show{kPass, QStringLiteral("-"), QStringLiteral("entry"), QStringLiteral("show"), id};
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("show"), id}).exitCode == 3);
    // The printed code is taken, though only for setting a new passphrase.
    const auto recovered = j.as(QStringLiteral("Alex"), show, code.toUtf8() + "\n");
    CHECK(recovered.exitCode == 3);
    CHECK(recovered.errText().contains(QStringLiteral("only to set a new passphrase")));
    // Sam, still without a passphrase, is not affected.
    CHECK(j.as(QStringLiteral("Sam"), {QStringLiteral("entry"), QStringLiteral("list")}).exitCode == 0);

    // Real Argon2 from here on: each step below is one key derivation at most.
    const QString other = j.file(QStringLiteral("other"), "second secret\n");
    const auto wrong =
        j.as(QStringLiteral("Alex"), QStringList{kPass, QStringLiteral("-")} + passphraseSet(other), "nope\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.errText().count(QLatin1Char('\n')) == 1);
    CHECK_FALSE(wrong.err.contains("nope"));
    // The new passphrase file: a missing option is a usage error (exit 2); a
    // file that cannot be read or whose first line is empty is refused (exit 4).
    const QByteArray current = "first secret ünïcode\n";
    CHECK(j.as(QStringLiteral("Alex"),
               {kPass, QStringLiteral("-"), QStringLiteral("passphrase"), QStringLiteral("set")}, current)
              .exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"),
               QStringList{kPass, QStringLiteral("-")} + passphraseSet(j.dir.filePath(QStringLiteral("absent"))),
               current)
              .exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"),
               QStringList{kPass, QStringLiteral("-")} + passphraseSet(j.file(QStringLiteral("empty"), "\n")), current)
              .exitCode == 4);
    // None of that changed anything: the code printed by the first change is still taken.
    CHECK(j.as(QStringLiteral("Alex"), show, code.toUtf8() + "\n")
              .errText()
              .contains(QStringLiteral("only to set a new passphrase")));

    // Opened with the recovery code, rotate-keys needs a new passphrase.
    const QStringList rotate{QStringLiteral("--json"), kPass, QStringLiteral("-"), QStringLiteral("rotate-keys")};
    const auto noNew = j.as(QStringLiteral("Alex"), rotate, code.toUtf8() + "\n");
    CHECK(noNew.exitCode == 4);
    CHECK(noNew.errText().contains(QStringLiteral("--new-passphrase-file")));
    const auto rotated = j.as(QStringLiteral("Alex"), rotate + QStringList{kNew, other}, code.toUtf8() + "\n");
    REQUIRE(rotated.exitCode == 0);
    const QString newCode = rotated.json().object()[QStringLiteral("recovery_code")].toString();
    CHECK(newCode.size() == 41);
    const auto used = j.as(QStringLiteral("Alex"), show, code.toUtf8() + "\n");
    CHECK(used.exitCode == 3);
    CHECK(used.errText().contains(QStringLiteral("wrong")));
    const auto shown = j.as(QStringLiteral("Alex"), QStringList{QStringLiteral("--json")} + show, "second secret\n");
    REQUIRE(shown.exitCode == 0);
    CHECK(shown.json().object()[QStringLiteral("text")].toString() == QStringLiteral("only mine"));
}

TEST_CASE("cli: rotate-keys re-encrypts, keeps both partners' content and warns about older backups",
          "[cli][secrets]") {
    Journal j;
    const QString shared = j.add(QStringLiteral("Sam"), QStringLiteral("shared words"));
    const QString samPrivate = j.add(QStringLiteral("Sam"), QStringLiteral("sam alone"), true);
    const QString alexPrivate = j.add(QStringLiteral("Alex"), QStringLiteral("alex alone"), true);
    const auto rotated = j.as(QStringLiteral("Alex"), {QStringLiteral("rotate-keys")});
    REQUIRE(rotated.exitCode == 0);
    CHECK(rotated.outText().contains(QStringLiteral("Backups made before now still open with the old keys")));
    const auto json = j.as(QStringLiteral("Sam"), {QStringLiteral("--json"), QStringLiteral("rotate-keys")});
    REQUIRE(json.exitCode == 0);
    // The shared entry and Sam's private one, four sealed values each
    // (title, text, mood, tags: sealed even when empty), and each one's
    // sealed signature.
    CHECK(json.json().object()[QStringLiteral("reencrypted")].toInt() == 10);
    CHECK(json.json().object()[QStringLiteral("recovery_code")].isNull());
    const auto text = [&](const QString& who, const QString& id) {
        const auto r = j.as(who, {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("show"), id});
        return r.json().object()[QStringLiteral("text")].toString();
    };
    CHECK(text(QStringLiteral("Alex"), shared) == QStringLiteral("shared words"));
    CHECK(text(QStringLiteral("Sam"), samPrivate) == QStringLiteral("sam alone"));
    CHECK(text(QStringLiteral("Alex"), alexPrivate) == QStringLiteral("alex alone"));
    // Without saying who acts, there is no one whose keys to rotate.
    CHECK(runCliOn(j.path, {}, {QStringLiteral("rotate-keys")}).exitCode == 4);
}

TEST_CASE("cli: backup refuses to overwrite; verify is exit 0 when sound and exit 3 naming the damage",
          "[cli][maintenance]") {
    Journal j;
    const QString id = j.add(QStringLiteral("Alex"), QStringLiteral("to be damaged"));
    const QString out = j.dir.filePath(QStringLiteral("copy.twofold"));
    REQUIRE(j.as({}, {QStringLiteral("backup"), out}).exitCode == 0);
    const auto again = j.as({}, {QStringLiteral("backup"), out});
    CHECK(again.exitCode == 4);
    CHECK(again.errText().contains(QStringLiteral("already exists")));
    CHECK(runCliOn(out, QStringLiteral("Sam"), {QStringLiteral("verify")}).exitCode == 0);
    const auto sound = j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("verify")});
    REQUIRE(sound.exitCode == 0);
    CHECK(sound.json().object()[QStringLiteral("ok")].toBool());

    twofold::test::flipByteOfValue(j.path, QStringLiteral("entry"), QStringLiteral("body"), id, 30);
    const auto damaged = j.as(QStringLiteral("Sam"), {QStringLiteral("verify")});
    CHECK(damaged.exitCode == 3);
    CHECK(damaged.errText().count(QLatin1Char('\n')) == 1);
    CHECK(damaged.errText().contains(QStringLiteral("entry ")));
    CHECK(damaged.errText().contains(id));
    // The backup was taken before the damage and is still sound.
    CHECK(runCliOn(out, QStringLiteral("Alex"), {QStringLiteral("verify")}).exitCode == 0);
}
