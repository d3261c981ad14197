#include "CommandLine.h"

#include <QProcess>
#include <QProcessEnvironment>

#include <catch2/catch.hpp>

using twofold::ui::parseCommandLine;

namespace {

twofold::ui::ParsedLaunch parse(const QStringList& args) {
    return parseCommandLine(QStringList{QStringLiteral("twofold")} + args);
}

// The built window program, run with no display at all.
QProcess::ProcessState runHeadless(QProcess& process, const QStringList& args) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) {
        env.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TWOFOLD_GUI_PATH), args);
    REQUIRE(process.waitForFinished(20000));
    return process.state();
}

} // namespace

TEST_CASE("twofold FILE opens that journal, as --journal does", "[ui][cli]") {
    const auto file = parse({QStringLiteral("/home/alex/our.twofold")});
    REQUIRE(file.options);
    CHECK(file.options->journalPath == QStringLiteral("/home/alex/our.twofold"));
    const auto option = parse(
        {QStringLiteral("--journal"), QStringLiteral("x.twofold"), QStringLiteral("--as"), QStringLiteral("Sam")});
    REQUIRE(option.options);
    CHECK(option.options->journalPath == QStringLiteral("x.twofold"));
    CHECK(option.options->partner == QStringLiteral("Sam"));
    const auto neither = parse({});
    REQUIRE(neither.options);
    CHECK(neither.options->journalPath.isEmpty()); // the default journal
}

TEST_CASE("twofold's command line refuses what it cannot do, and lets Qt's own options through", "[ui][cli]") {
    CHECK(parse({QStringLiteral("a.twofold"), QStringLiteral("b.twofold")}).exitCode == 2);
    CHECK(parse({QStringLiteral("a.twofold"), QStringLiteral("--journal"), QStringLiteral("b.twofold")}).exitCode == 2);
    CHECK_FALSE(parse({QStringLiteral("--frobnicate")}).options);
    CHECK(parse({QStringLiteral("--frobnicate")}).exitCode == 2);
    const auto qt = parse({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("-reverse"),
                           QStringLiteral("our.twofold")});
    REQUIRE(qt.options);
    CHECK(qt.options->journalPath == QStringLiteral("our.twofold"));
}

TEST_CASE("twofold --help and --version answer without a display", "[ui][cli]") {
    QProcess help;
    runHeadless(help, {QStringLiteral("--help")});
    CHECK(help.exitStatus() == QProcess::NormalExit);
    CHECK(help.exitCode() == 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    CHECK(text.startsWith(QStringLiteral("Usage: twofold [options] [FILE]\n")));
    CHECK(text.contains(QStringLiteral("--journal <PATH>")));
    CHECK(help.readAllStandardError().isEmpty());

    QProcess version;
    runHeadless(version, {QStringLiteral("--version")});
    CHECK(version.exitCode() == 0);
    CHECK(QString::fromUtf8(version.readAllStandardOutput()).startsWith(QStringLiteral("twofold ")));
}
