#include "CliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

namespace twofold::test {

CliResult runCli(const QStringList& args, const QByteArray& stdinData, const QMap<QString, QString>& env) {
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& key : environment.keys()) {
        if (key.startsWith(QLatin1String("TWOFOLD_"))) {
            environment.remove(key);
        }
    }
    // English, whatever the developer's desktop speaks: tests read the
    // program's sentences. A test of another language passes LANG in `env`.
    for (const char* name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"}) {
        environment.remove(QString::fromLatin1(name));
    }
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TWOFOLD_CLI_PATH), args);
    REQUIRE(process.waitForStarted(10000));
    if (!stdinData.isEmpty()) {
        process.write(stdinData);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult runCliOn(const QString& journal, const QString& as, const QStringList& args, const QByteArray& stdinData) {
    QStringList full{QStringLiteral("--journal"), journal};
    if (!as.isEmpty()) {
        full << QStringLiteral("--as") << as;
    }
    return runCli(full + args, stdinData);
}

CliJournal::CliJournal() {
    REQUIRE(dir.isValid());
    path = dir.filePath(QStringLiteral("j.twofold"));
    REQUIRE(runCli({QStringLiteral("--journal"), path, QStringLiteral("init"), QStringLiteral("--partner"),
                    QStringLiteral("Alex"), QStringLiteral("--partner"), QStringLiteral("Sam")})
                .exitCode == 0);
}

} // namespace twofold::test
