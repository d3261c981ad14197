#include "../core/ExportSupport.h"
#include "CliRunner.h"
#include "JournalGenerator.h"
#include "PdfTools.h"
#include "TempJournal.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace twofold::test;

namespace {

QStringList exportPdf(const QString& out, const QStringList& options = {}) {
    return QStringList{QStringLiteral("export"), QStringLiteral("pdf"), out} + options;
}

void addEntry(const CliJournal& j, const QString& who, const QString& date, const QStringList& extra) {
    REQUIRE(
        j.as(who, QStringList{QStringLiteral("entry"), QStringLiteral("add"), QStringLiteral("--date"), date} + extra)
            .exitCode == 0);
}

} // namespace

TEST_CASE("cli: export pdf writes the book with its options and reports it", "[cli][export][pdf]") {
    CliJournal j;
    addEntry(j, QStringLiteral("Alex"), QStringLiteral("2026-05-01"),
             {QStringLiteral("--text"), QStringLiteral("Alexshared words.")});
    addEntry(j, QStringLiteral("Alex"), QStringLiteral("2026-05-02"),
             {QStringLiteral("--private"), QStringLiteral("--text"), QStringLiteral("Alexprivate words.")});
    addEntry(j, QStringLiteral("Sam"), QStringLiteral("2026-06-01"),
             {QStringLiteral("--text"), QStringLiteral("Samjune words.")});
    for (const QString& who : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        REQUIRE(j.as(who, {QStringLiteral("checkin"), QStringLiteral("answer"), QStringLiteral("--week"),
                           QStringLiteral("2026-W18"), QStringLiteral("--rating"), QStringLiteral("heard=7"),
                           QStringLiteral("--field"), QStringLiteral("appreciations=Thanks from ") + who})
                    .exitCode == 0);
    }
    const QString out = QDir(j.dir.path()).filePath(QStringLiteral("book.pdf"));
    const auto written =
        j.as(QStringLiteral("Alex"),
             QStringList{QStringLiteral("--json")} +
                 exportPdf(out, {QStringLiteral("--from"), QStringLiteral("2026-05-01"), QStringLiteral("--to"),
                                 QStringLiteral("2026-05-31"), QStringLiteral("--include-private"),
                                 QStringLiteral("--page-size"), QStringLiteral("letter"), QStringLiteral("--title"),
                                 QStringLiteral("Our May"), QStringLiteral("--dedication"), QStringLiteral("For us")}));
    REQUIRE(written.exitCode == 0);
    const QJsonObject summary = written.json().object();
    CHECK(summary[QStringLiteral("file")].toString() == out);
    CHECK(summary[QStringLiteral("entries")].toInt() == 2);
    CHECK(summary[QStringLiteral("checkins")].toInt() == 1);
    CHECK(summary[QStringLiteral("pages")].toInt() >= 3);
    CHECK(fileMode(out) == 0600u);
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Alexshared words.")));
    CHECK(text.contains(QStringLiteral("Alexprivate words.")));
    CHECK(text.contains(QStringLiteral("Thanks from Sam")));
    CHECK(text.contains(QStringLiteral("For us")));
    CHECK_FALSE(text.contains(QStringLiteral("Samjune")));
    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {out});
    CHECK(info.contains(QStringLiteral("Our May")));
    CHECK(info.contains(QStringLiteral("(letter)")));

    const QString bare = QDir(j.dir.path()).filePath(QStringLiteral("bare.pdf"));
    const auto plain = j.as(QStringLiteral("Alex"),
                            exportPdf(bare, {QStringLiteral("--no-checkins"), QStringLiteral("--no-prompts")}));
    REQUIRE(plain.exitCode == 0);
    CHECK(plain.outText().contains(QStringLiteral("a PDF isn't locked")));
    const QString bareText = pdfText(bare);
    CHECK(bareText.contains(QStringLiteral("Samjune words.")));
    CHECK_FALSE(bareText.contains(QStringLiteral("Alexprivate")));
    CHECK_FALSE(bareText.contains(QStringLiteral("Thanks from")));
}

TEST_CASE("cli: export pdf refuses an existing file with exit 4 and bad options with exit 2", "[cli][export][pdf]") {
    CliJournal j;
    addEntry(j, QStringLiteral("Alex"), QStringLiteral("2026-05-01"),
             {QStringLiteral("--text"), QStringLiteral("words")});
    const QString out = QDir(j.dir.path()).filePath(QStringLiteral("kept.pdf"));
    {
        QFile file(out);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    const auto refused = j.as(QStringLiteral("Alex"), exportPdf(out));
    CHECK(refused.exitCode == 4);
    CHECK(refused.errText().contains(QStringLiteral("already exists")));
    CHECK(refused.errText().count(QLatin1Char('\n')) == 1);
    CHECK(fileHash(out) == QCryptographicHash::hash("precious", QCryptographicHash::Sha256).toHex());

    const QStringList before = QDir(j.dir.path()).entryList(QDir::Files | QDir::Hidden);
    const QString fresh = QDir(j.dir.path()).filePath(QStringLiteral("fresh.pdf"));
    CHECK(j.as(QStringLiteral("Alex"), exportPdf(fresh, {QStringLiteral("--page-size"), QStringLiteral("a5")}))
              .exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), exportPdf(fresh, {QStringLiteral("--from"), QStringLiteral("01/02/2026")}))
              .exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), exportPdf(fresh, {QStringLiteral("--bogus")})).exitCode == 2);
    CHECK(j.as(QStringLiteral("Alex"), {QStringLiteral("export"), QStringLiteral("pdf")}).exitCode == 2);
    const auto backwards =
        j.as(QStringLiteral("Alex"), exportPdf(fresh, {QStringLiteral("--from"), QStringLiteral("2026-06-01"),
                                                       QStringLiteral("--to"), QStringLiteral("2026-05-01")}));
    CHECK(backwards.exitCode == 4);
    CHECK(j.as(QStringLiteral("Alex"), exportPdf(QDir(j.dir.path()).filePath(QStringLiteral("missing/folder/x.pdf"))))
              .exitCode == 4);
    CHECK(QDir(j.dir.path()).entryList(QDir::Files | QDir::Hidden) == before);
}

TEST_CASE("cli: an export in progress shows nothing at the destination, and a killed one leaves nothing",
          "[cli][export][pdf]") {
    TempJournal t;
    GeneratorOptions generator;
    generator.entries = 300;
    generator.wordsPerEntry = 120;
    generator.checkins = 10;
    generateJournal(*t.journal, generator);
    const QString folder = t.dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    QProcess cli;
    cli.start(QStringLiteral(TWOFOLD_CLI_PATH),
              {QStringLiteral("--journal"), t.path(), QStringLiteral("--as"), QStringLiteral("Alex"),
               QStringLiteral("export"), QStringLiteral("pdf"), QDir(folder).filePath(QStringLiteral("book.pdf"))});
    REQUIRE(cli.waitForStarted());
    // The book is written to an unnamed file: until it is complete, the
    // folder shows nothing at all, not even a temporary name.
    int polls = 0;
    while (cli.state() != QProcess::NotRunning && polls < 40) {
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
        QThread::msleep(5);
        ++polls;
    }
    if (cli.state() != QProcess::NotRunning) {
        cli.kill();
        REQUIRE(cli.waitForFinished());
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    } else {
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System) ==
              QStringList{QStringLiteral("book.pdf")});
    }
}

TEST_CASE("cli: export pdf of days with nothing in them writes nothing, exit 4", "[cli][export][pdf]") {
    CliJournal j;
    addEntry(j, QStringLiteral("Alex"), QStringLiteral("2026-05-01"),
             {QStringLiteral("--text"), QStringLiteral("words")});
    const QString out = QDir(j.dir.path()).filePath(QStringLiteral("empty.pdf"));
    const auto empty =
        j.as(QStringLiteral("Alex"), exportPdf(out, {QStringLiteral("--from"), QStringLiteral("2027-01-01")}));
    CHECK(empty.exitCode == 4);
    CHECK(empty.errText().contains(QStringLiteral("nothing to put in the book")));
    CHECK_FALSE(QFile::exists(out));
}
