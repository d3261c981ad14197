#include "CliRunner.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

// The words of every command the program lists in its own --help: the
// leading lower-case words of each synopsis ("prompt consent THEME …" →
// "prompt consent").
QStringList listedCommands() {
    const CliResult help = runCli({QStringLiteral("--help")});
    REQUIRE(help.exitCode == 0);
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    QStringList commands;
    for (const QString& line : help.outText().split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("  ")) || line.startsWith(QLatin1String("   "))) {
            continue;
        }
        QStringList words;
        for (const QString& token : line.trimmed().split(QLatin1Char(' '))) {
            if (!word.match(token).hasMatch()) {
                break;
            }
            words.append(token);
        }
        if (!words.isEmpty()) {
            commands.append(words.join(QLatin1Char(' ')));
        }
    }
    return commands;
}

} // namespace

TEST_CASE("cli: every command answers --help with its usage, exit 0, without touching a journal", "[cli][help]") {
    const QStringList commands = listedCommands();
    // The contract's commands are all listed (CLI.md), so the loop below
    // cannot pass by finding nothing.
    for (const char* expected : {"init", "entry add", "entry list", "checkin answer", "prompt consent", "search",
                                 "export json", "import json", "import jrnl", "import dayone", "verify"}) {
        CHECK(commands.contains(QString::fromUtf8(expected)));
    }
    QTemporaryDir dir;
    const QString journal = dir.filePath(QStringLiteral("never.twofold"));
    for (const QString& command : commands) {
        INFO(command.toStdString());
        // No arguments, even where the command needs some: asking how it is
        // used is never a usage error.
        const QStringList args =
            QStringList{QStringLiteral("--journal"), journal} + command.split(QLatin1Char(' ')) + QStringList{"--help"};
        const CliResult result = runCli(args);
        CHECK(result.exitCode == 0);
        CHECK(result.outText().startsWith(QStringLiteral("Usage: twofold-cli ") + command));
        CHECK(result.err.isEmpty());
        CHECK_FALSE(QFileInfo::exists(journal));
    }
}

TEST_CASE("cli: --help after -- is an argument, not a request for help", "[cli][help]") {
    CliJournal j;
    const CliResult result =
        j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--text"),
                                      QStringLiteral("x"), QStringLiteral("--"), QStringLiteral("--help")});
    CHECK(result.exitCode == 2);
    CHECK_FALSE(result.outText().startsWith(QStringLiteral("Usage:")));
}
