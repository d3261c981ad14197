// The disk as it really fails: a tiny tmpfs mounted in a private mount
// namespace (unshare -m as root, unshare -Urm as anyone else), filled up or
// remounted read-only, with the real twofold-cli run against a journal on it.
#include "CliRunner.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>

#include <catch2/catch.hpp>

#include <unistd.h>

using namespace twofold::test;

namespace Catch {
template <>
struct StringMaker<QString> {
    static std::string convert(const QString& text) { return text.toStdString(); }
};
} // namespace Catch

namespace {

// Runs `script` with sh inside a new mount namespace; $WORK is a scratch
// folder outside it (results survive the namespace), $DISK an empty folder
// where the script mounts its disk, $CLI the program under test.
QString runIsolated(const QTemporaryDir& work, const QString& script) {
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WORK"), work.path());
    env.insert(QStringLiteral("DISK"), work.filePath(QStringLiteral("disk")));
    env.insert(QStringLiteral("CLI"), QStringLiteral(TWOFOLD_CLI_PATH));
    process.setProcessEnvironment(env);
    QStringList args{::geteuid() == 0 ? QStringLiteral("-m") : QStringLiteral("-Urm"), QStringLiteral("sh"),
                     QStringLiteral("-euc"), script};
    process.start(QStringLiteral("unshare"), args);
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(120000));
    INFO(process.readAllStandardError().toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString read(const QTemporaryDir& work, const QString& name) {
    QFile file(work.filePath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

// Text that does not compress and holds no word breaks worth indexing.
QByteArray randomText(int bytes) {
    QByteArray raw(bytes * 3 / 4, Qt::Uninitialized);
    for (char& c : raw) {
        c = static_cast<char>(QRandomGenerator::global()->bounded(256));
    }
    return raw.toBase64();
}

} // namespace

TEST_CASE("cli: a full disk, a read-only disk and a missing folder each get their own sentence, journal unchanged",
          "[cli][disk]") {
    QTemporaryDir work;
    REQUIRE(work.isValid());
    REQUIRE(QDir(work.path()).mkpath(QStringLiteral("disk")));
    const QString seed = work.filePath(QStringLiteral("seed.twofold"));
    REQUIRE(runCli({QStringLiteral("--journal"), seed, QStringLiteral("init"), QStringLiteral("--partner"),
                    QStringLiteral("Alex"), QStringLiteral("--partner"), QStringLiteral("Sam")})
                .exitCode == 0);
    {
        QFile text(work.filePath(QStringLiteral("medium.txt")));
        REQUIRE(text.open(QIODevice::WriteOnly));
        text.write(randomText(200 * 1024));
        QFile big(work.filePath(QStringLiteral("big.txt")));
        REQUIRE(big.open(QIODevice::WriteOnly));
        big.write(randomText(900 * 1024));
    }
    REQUIRE(runCliOn(seed, QStringLiteral("Alex"),
                     {QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--file"),
                      work.filePath(QStringLiteral("medium.txt"))})
                .exitCode == 0);
    // The first export stores this version's built-in prompts in the journal
    // (a write of its own); done here, so that the export below only reads.
    REQUIRE(runCliOn(seed, QStringLiteral("Alex"),
                     {QStringLiteral("export"), QStringLiteral("json"), work.filePath(QStringLiteral("first.json"))})
                .exitCode == 0);

    const QString fill = QStringLiteral("dd if=/dev/zero of=$DISK/fill bs=4096 2>/dev/null || true; ");
    struct Case {
        const char* name;
        QString setup;   // after the journal is on the disk
        QString command; // twofold-cli's arguments after --journal J --as Alex
        QString undo;    // before checking the journal again
        int exitCode;
        QString sentence; // all of stderr after "twofold-cli: ", with J for the journal's path
    };
    const std::vector<Case> cases{
        {"a full disk while opening", fill, QStringLiteral("entry list"), QStringLiteral("rm $DISK/fill"), 3,
         QStringLiteral("The disk is full; nothing was changed.")},
        {"a full disk while writing the WAL", fill + QStringLiteral("truncate -s -256K $DISK/fill"),
         QStringLiteral("entry add --file $WORK/big.txt"), QStringLiteral("rm $DISK/fill"), 4,
         QStringLiteral("The disk is full; nothing was changed.")},
        {"a full disk while exporting", fill + QStringLiteral("truncate -s -128K $DISK/fill"),
         QStringLiteral("export json $DISK/out.json"), QStringLiteral("rm $DISK/fill; test ! -e $DISK/out.json"), 4,
         QStringLiteral("The disk is full; nothing was changed.")},
        {"a read-only disk", QStringLiteral("mount -o remount,ro $DISK"), QStringLiteral("entry add --text hello"),
         QStringLiteral("mount -o remount,rw $DISK"), 3,
         QStringLiteral("The journal J is on a read-only disk, and Twofold only opens a journal it can keep safe by "
                        "writing; nothing was changed.")},
        {"a missing folder", QStringLiteral("TARGET=$DISK/gone/j.twofold"), QStringLiteral("entry list"), QString(), 3,
         QStringLiteral("The folder $DISK/gone does not exist, so there is no journal at $DISK/gone/j.twofold.")},
    };
    for (const Case& c : cases) {
        INFO(c.name);
        // Everything that must be seen after the namespace is gone is written
        // to $WORK: stderr, the exit code, the journal's hash and entry count
        // before and after.
        const QString script =
            QStringLiteral("mount -t tmpfs -o size=2m,mode=0700 tmpfs $DISK\n"
                           "J=$DISK/j.twofold; cp %1 $J\n"
                           "count() { $CLI --journal $J --as Alex --json entry list | grep -c '\"id\"' || true; }\n"
                           "sha256sum < $J > $WORK/before; count > $WORK/count-before\n"
                           "%2\n"
                           "rc=0; $CLI --journal ${TARGET:-$J} --as Alex %3 > $WORK/out 2> $WORK/err || rc=$?; echo "
                           "$rc > $WORK/rc\n"
                           "%4\n"
                           "sha256sum < $J > $WORK/after; count > $WORK/count-after\n"
                           "sed -i \"s|$J|J|g; s|$DISK|\\$DISK|g\" $WORK/err\n")
                .arg(seed, c.setup.isEmpty() ? QStringLiteral(":") : c.setup, c.command,
                     c.undo.isEmpty() ? QStringLiteral(":") : c.undo);
        runIsolated(work, script);
        CHECK(read(work, QStringLiteral("err")) == QStringLiteral("twofold-cli: ") + c.sentence + QLatin1Char('\n'));
        CHECK(read(work, QStringLiteral("rc")).trimmed().toInt() == c.exitCode);
        CHECK(read(work, QStringLiteral("out")).isEmpty());
        CHECK(read(work, QStringLiteral("after")) == read(work, QStringLiteral("before")));
        CHECK(read(work, QStringLiteral("count-after")).trimmed() == QStringLiteral("1"));
        CHECK(read(work, QStringLiteral("count-before")).trimmed() == QStringLiteral("1"));
    }
}

TEST_CASE("cli: a journal that stays busy in another program gets one sentence, and nothing is written",
          "[cli][busy]") {
    CliJournal j;
    auto window = twofold::core::Journal::open(j.path);
    REQUIRE(window.has_value());
    // Another program in the middle of a long write (a window saving, an
    // import): the CLI waits its busy timeout, then says so.
    twofold::core::internals(**window).database().exec("BEGIN IMMEDIATE");
    const CliResult busy = j.as(QStringLiteral("Alex"), {QStringLiteral("entry"), QStringLiteral("add"),
                                                         QStringLiteral("--text"), QStringLiteral("while busy")});
    twofold::core::internals(**window).database().exec("ROLLBACK");
    CHECK(busy.exitCode == 4);
    CHECK(busy.errText() ==
          QStringLiteral("twofold-cli: The journal is busy in another program; try again in a moment.\n"));
    const CliResult listed =
        j.as(QStringLiteral("Alex"), {QStringLiteral("--json"), QStringLiteral("entry"), QStringLiteral("list")});
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.json().array().isEmpty());
}
