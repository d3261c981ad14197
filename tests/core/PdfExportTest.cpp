#include "Clock.h"
#include "ExportSupport.h"
#include "PdfTools.h"
#include "TempJournal.h"
#include "export/pdf/PdfBookExport.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"

#include <QDir>
#include <QFile>
#include <QLocale>

#include <catch2/catch.hpp>

using namespace twofold;
using core::Entries;
using core::PdfBookExport;
using core::PdfBookOptions;
using core::Visibility;
using test::pdfText;
using test::popplerOutput;

namespace {

void add(core::Journal& journal, QDate day, const QString& text, Visibility visibility = Visibility::Shared,
         const QString& title = {}) {
    core::EntryInput input;
    input.day = day;
    input.text = text;
    input.visibility = visibility;
    input.title = title;
    input.mood = 4;
    input.tags = QStringList{QStringLiteral("us")};
    REQUIRE(Entries(journal).add(input).has_value());
}

void answerCheckIn(core::Journal& journal, const QString& week, int heard, const QString& appreciation) {
    core::CheckInAnswer answer;
    answer.ratings = {{QStringLiteral("heard"), heard}, {QStringLiteral("happiness"), heard - 1}};
    answer.fields = {{QStringLiteral("appreciations"), appreciation}};
    REQUIRE(core::CheckIns(journal).answer(week, answer));
}

// Alex and Sam, each with shared and private writing, a revealed and an
// unrevealed prompt, a revealed and an unrevealed check-in.
struct BookJournal {
    BookJournal() {
        core::Clock::setFixed(QDateTime(QDate(2026, 4, 2), QTime(12, 0), Qt::UTC));
        REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Alex walked riverside."), Visibility::Shared,
            QStringLiteral("Spring walk"));
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Alex secretdiary words."), Visibility::Private);
        REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Alexanswer revealed.")));
        REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-002"), QStringLiteral("Alexanswer sealed.")));
        answerCheckIn(*t.journal, QStringLiteral("2026-W14"), 8, QStringLiteral("Alexthanks soup."));
        REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
        add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Sam cooked dinner."));
        add(*t.journal, QDate(2026, 4, 3), QStringLiteral("Sam hiddenthought words."), Visibility::Private);
        REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Samanswer revealed.")));
        answerCheckIn(*t.journal, QStringLiteral("2026-W14"), 7, QStringLiteral("Samthanks garden."));
        answerCheckIn(*t.journal, QStringLiteral("2026-W15"), 6, QStringLiteral("Samthanks unrevealed."));
        t.journal->lock();
        core::Clock::setFixed({});
    }
    QString file(const QString& name) const { return t.dir.filePath(name); }
    test::TempJournal t;
};

QString exportAs(const BookJournal& b, const QString& who, PdfBookOptions options, const QString& name) {
    auto journal = b.t.reopenAs(who);
    const QString out = b.file(name);
    auto summary = PdfBookExport(*journal, options).writeTo(out);
    REQUIRE(summary.has_value());
    CHECK(summary->pages >= 3);
    CHECK(test::fileMode(out) == 0600u);
    return out;
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

} // namespace

TEST_CASE("the book holds both partners' shared writing and revealed answers, nothing private or sealed",
          "[export][pdf]") {
    BookJournal b;
    const QString text = pdfText(exportAs(b, QStringLiteral("Alex"), {}, QStringLiteral("alex.pdf")));
    CHECK(text.contains(QStringLiteral("Alex walked riverside.")));
    CHECK(text.contains(QStringLiteral("Sam cooked dinner.")));
    CHECK(text.contains(QStringLiteral("Spring walk")));
    CHECK(text.contains(QStringLiteral("Alexanswer revealed.")));
    CHECK(text.contains(QStringLiteral("Samanswer revealed.")));
    CHECK(text.contains(QStringLiteral("Alexthanks soup.")));
    CHECK(text.contains(QStringLiteral("Samthanks garden.")));
    // Private writing, a prompt only one partner answered, a check-in only
    // one partner submitted: none of it is in the book.
    CHECK_FALSE(text.contains(QStringLiteral("secretdiary")));
    CHECK_FALSE(text.contains(QStringLiteral("hiddenthought")));
    CHECK_FALSE(text.contains(QStringLiteral("Alexanswer sealed")));
    CHECK_FALSE(text.contains(QStringLiteral("Samthanks unrevealed")));
}

TEST_CASE("including private entries adds only the exporting partner's own private entries, marked private",
          "[export][pdf]") {
    BookJournal b;
    PdfBookOptions options;
    options.includePrivate = true;
    const QString sam = pdfText(exportAs(b, QStringLiteral("Sam"), options, QStringLiteral("sam.pdf")));
    CHECK(sam.contains(QStringLiteral("Sam hiddenthought words.")));
    CHECK(sam.contains(QStringLiteral("Private · only Sam")));
    CHECK_FALSE(sam.contains(QStringLiteral("secretdiary")));
    CHECK(sam.contains(QStringLiteral("Alex walked riverside.")));
}

TEST_CASE("check-ins and prompts can be left out of the book", "[export][pdf]") {
    BookJournal b;
    PdfBookOptions options;
    options.checkIns = false;
    options.prompts = false;
    const QString text = pdfText(exportAs(b, QStringLiteral("Alex"), options, QStringLiteral("bare.pdf")));
    CHECK(text.contains(QStringLiteral("Alex walked riverside.")));
    CHECK_FALSE(text.contains(QStringLiteral("Samthanks garden.")));
    CHECK_FALSE(text.contains(QStringLiteral("Samanswer revealed.")));
}

TEST_CASE("the book covers only the days from --from to --to", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QDate(2026, 3, 31), QStringLiteral("Marchwords here."));
    add(*t.journal, QDate(2026, 4, 1), QStringLiteral("Aprilfirst words."));
    add(*t.journal, QDate(2026, 4, 30), QStringLiteral("Aprillast words."));
    add(*t.journal, QDate(2026, 5, 1), QStringLiteral("Maywords here."));
    PdfBookOptions options;
    options.from = QDate(2026, 4, 1);
    options.to = QDate(2026, 4, 30);
    const QString out = t.dir.filePath(QStringLiteral("april.pdf"));
    auto summary = PdfBookExport(*t.journal, options).writeTo(out);
    REQUIRE(summary.has_value());
    CHECK(summary->entries == 2);
    CHECK(summary->months == 1);
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Aprilfirst words.")));
    CHECK(text.contains(QStringLiteral("Aprillast words.")));
    CHECK_FALSE(text.contains(QStringLiteral("Marchwords")));
    CHECK_FALSE(text.contains(QStringLiteral("Maywords")));
}

TEST_CASE("every script renders and extracts back: diacritics, Arabic, Hebrew, Chinese, Japanese, emoji",
          "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    const QStringList samples{QStringLiteral("Zoë naïve café Łódź Ångström"), QStringLiteral("你好世界"),
                              QStringLiteral("こんにちは、カタカナ"), QStringLiteral("🍵"), QStringLiteral("😀")};
    // Right to left: the letters come back in logical order, but poppler's
    // word detection puts spaces inside some right-to-left words, so they
    // are compared without spaces.
    const QStringList rightToLeft{QStringLiteral("مرحبا بالعالم"), QStringLiteral("שלום עולם")};
    add(*t.journal, QDate(2026, 6, 1), (samples + rightToLeft).join(QStringLiteral("\n\n")));
    const QString out = t.dir.filePath(QStringLiteral("scripts.pdf"));
    REQUIRE(PdfBookExport(*t.journal, {}).writeTo(out).has_value());
    const QString text = pdfText(out);
    for (const QString& sample : samples) {
        INFO(sample.toStdString());
        CHECK(text.contains(sample));
    }
    QString unspaced = text;
    unspaced.remove(QLatin1Char(' '));
    for (QString sample : rightToLeft) {
        INFO(sample.toStdString());
        CHECK(unspaced.contains(sample.remove(QLatin1Char(' '))));
    }
    // Each script came from a real face: no font is missing a glyph, so no
    // substitution box (pdffonts lists every face; all are embedded subsets).
    const QString fonts = popplerOutput(QStringLiteral("pdffonts"), {out});
    CHECK(fonts.contains(QStringLiteral("NotoSerif")));
    CHECK(fonts.contains(QStringLiteral("CJK")));
    CHECK(fonts.contains(QStringLiteral("DejaVu")));
}

TEST_CASE("the book's fonts are embedded subsets, its metadata names both partners, its outline is year → month",
          "[export][pdf]") {
    BookJournal b;
    PdfBookOptions options;
    options.title = QStringLiteral("Our first spring");
    options.dedication = QStringLiteral("For the two of us");
    const QString out = exportAs(b, QStringLiteral("Alex"), options, QStringLiteral("book.pdf"));

    const QString info = popplerOutput(QStringLiteral("pdfinfo"), {out});
    CHECK(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Our first spring"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Author:\\s+Alex and Sam"))));
    CHECK(info.contains(QRegularExpression(QStringLiteral("Creator:\\s+Twofold"))));
    CHECK(info.contains(QStringLiteral("(A4)")));

    const QStringList fontLines = popplerOutput(QStringLiteral("pdffonts"), {out}).split(QLatin1Char('\n'));
    REQUIRE(fontLines.size() > 3);
    for (const QString& line : fontLines.mid(2)) {
        if (line.trimmed().isEmpty()) {
            continue;
        }
        INFO(line.toStdString());
        // "emb sub uni": embedded, a subset, with a Unicode map.
        CHECK(line.contains(QRegularExpression(QStringLiteral("\\byes\\s+yes\\s+yes\\b"))));
        CHECK(line.contains(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+"))));
    }

    const QString xml =
        popplerOutput(QStringLiteral("pdftohtml"), {QStringLiteral("-xml"), QStringLiteral("-i"),
                                                    QStringLiteral("-stdout"), QStringLiteral("-q"), out});
    const QRegularExpression outline(
        QStringLiteral("<outline>\\s*<item[^>]*>2026</item>\\s*<outline>\\s*<item[^>]*>April 2026</item>"));
    CHECK(xml.contains(outline));
    // The contents link to the month's first page.
    const QString dests = popplerOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-dests"), out});
    CHECK(dests.contains(QStringLiteral("month-2026-04")));

    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("For the two of us")));
    CHECK(text.contains(QStringLiteral("Contents")));
}

TEST_CASE("markdown is rendered, never shown as source", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QDate(2026, 6, 1),
        QStringLiteral("# Bigday\n\nWe were **veryglad** and _quietly_ happy.\n\n- firstthing\n- secondthing\n\n"
                       "> quotedline here\n\nSee [ourplace](https://example.org/place)."));
    const QString out = t.dir.filePath(QStringLiteral("md.pdf"));
    REQUIRE(PdfBookExport(*t.journal, {}).writeTo(out).has_value());
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Bigday")));
    CHECK(text.contains(QStringLiteral("We were veryglad and quietly happy.")));
    CHECK(text.contains(QStringLiteral("• firstthing")));
    CHECK(text.contains(QStringLiteral("quotedline here")));
    CHECK(text.contains(QStringLiteral("ourplace (https://example.org/place)")));
    CHECK_FALSE(text.contains(QStringLiteral("**")));
    CHECK_FALSE(text.contains(QStringLiteral("# Bigday")));
    CHECK_FALSE(text.contains(QStringLiteral("[ourplace]")));
}

TEST_CASE("an existing file is never overwritten and a cancelled export leaves nothing", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    for (int day = 1; day <= 28; ++day) {
        add(*t.journal, QDate(2026, 2, day), QStringLiteral("February day %1.").arg(day));
        add(*t.journal, QDate(2026, 3, day), QStringLiteral("March day %1.").arg(day));
    }
    const QStringList before = filesIn(t.dir.path());

    const QString existing = t.dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile file(existing);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("precious");
    }
    auto refused = PdfBookExport(*t.journal, {}).writeTo(existing);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == core::ErrorCode::AlreadyExists);
    QFile kept(existing);
    REQUIRE(kept.open(QIODevice::ReadOnly));
    CHECK(kept.readAll() == "precious");
    QFile::remove(existing);

    PdfBookExport cancelled(*t.journal, {});
    int calls = 0;
    cancelled.setProgress([&](int done, int total) {
        ++calls;
        CHECK(done <= total);
        return done < total - 1; // cancel just before the last month is written
    });
    const QString out = t.dir.filePath(QStringLiteral("cancelled.pdf"));
    auto result = cancelled.writeTo(out);
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().message.contains(QStringLiteral("cancelled")));
    CHECK(calls >= 3);
    CHECK(filesIn(t.dir.path()) == before);

    auto missing = PdfBookExport(*t.journal, {}).writeTo(t.dir.filePath(QStringLiteral("no/such/folder/x.pdf")));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().code == core::ErrorCode::NotFound);
    CHECK(filesIn(t.dir.path()) == before);
}

TEST_CASE("a letter-size book has letter pages, and a preview draws its first pages", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    add(*t.journal, QDate(2026, 6, 1), QStringLiteral("A June day."));
    PdfBookOptions options;
    options.pageSize = core::PdfPageSize::Letter;
    const QString out = t.dir.filePath(QStringLiteral("letter.pdf"));
    REQUIRE(PdfBookExport(*t.journal, options).writeTo(out).has_value());
    CHECK(popplerOutput(QStringLiteral("pdfinfo"), {out}).contains(QStringLiteral("612 x 792 pts (letter)")));

    auto pages = PdfBookExport(*t.journal, options).preview(2, 36);
    REQUIRE(pages.has_value());
    REQUIRE(pages->size() == 2);
    CHECK(pages->front().width == 306);
    CHECK(pages->front().height == 396);
    CHECK(pages->front().pixels.size() == pages->front().stride * 396);
    // Something is drawn on the chapter page: not every pixel is white.
    const QByteArray& pixels = pages->back().pixels;
    CHECK(pixels.count(char(0xff)) < pixels.size());
}

TEST_CASE("a care prompt's conversation in the book carries the care note under its question, once", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-013"), QStringLiteral("Alexcare words.")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Alexplain words.")));
    REQUIRE(t.journal->unlock(QStringLiteral("Sam")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-013"), QStringLiteral("Samcare words.")));
    REQUIRE(core::Prompts(*t.journal).answer(QStringLiteral("trust-001"), QStringLiteral("Samplain words.")));
    const QString out = t.dir.filePath(QStringLiteral("care.pdf"));
    REQUIRE(PdfBookExport(*t.journal, {}).writeTo(out).has_value());
    const QString text = pdfText(out).simplified();
    CHECK(text.contains(QStringLiteral("Samcare words.")));
    CHECK(text.contains(QStringLiteral("Samplain words.")));
    // Two conversations, one of them a care prompt: the note appears once.
    CHECK(text.count(QStringLiteral("a counsellor can help")) == 1);
}

namespace {

// Each page's text: pdftotext ends every page with a form feed.
QStringList pageTexts(const QString& pdf, bool layout = false) {
    QStringList args{pdf, QStringLiteral("-")};
    if (layout) {
        args.prepend(QStringLiteral("-layout"));
    }
    QStringList pages = popplerOutput(QStringLiteral("pdftotext"), args).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
        pages.removeLast();
    }
    return pages;
}

QString monthMark(const QDate& month, int entry) {
    return QStringLiteral("Mark%1n%2").arg(month.toString(QStringLiteral("yyyyMM"))).arg(entry);
}

} // namespace

TEST_CASE("the contents follow the cover, and each month's page number is the page it begins on", "[export][pdf]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    // Forty months, so the contents take two pages; every fourth month is
    // long enough to need several pages of its own.
    std::vector<QDate> months;
    const QString longText = QStringLiteral("A long unhurried afternoon together, written down slowly. ").repeated(40);
    for (int i = 0; i < 40; ++i) {
        const QDate month = QDate(2023, 1, 1).addMonths(i);
        months.push_back(month);
        const int entries = i % 4 == 0 ? 6 : 1;
        for (int e = 0; e < entries; ++e) {
            add(*t.journal, month.addDays(e),
                monthMark(month, e) + QStringLiteral(" ") + (i % 4 == 0 ? longText : QString()));
        }
    }
    const QString out = t.dir.filePath(QStringLiteral("order.pdf"));
    auto summary = PdfBookExport(*t.journal, {}).writeTo(out);
    REQUIRE(summary.has_value());

    const QStringList pages = pageTexts(out);
    REQUIRE(pages.size() == summary->pages);
    CHECK(pages[0].contains(QStringLiteral("Our journal")));
    REQUIRE(pages[1].contains(QStringLiteral("Contents")));
    // The second contents page has it as its running head.
    REQUIRE(pages[2].contains(QStringLiteral("Contents"), Qt::CaseInsensitive));
    CHECK_FALSE(pages[3].contains(QStringLiteral("Contents"), Qt::CaseInsensitive));

    // "January      3" on the contents pages, months in order.
    const QStringList layout = pageTexts(out, true);
    static const QRegularExpression line(QStringLiteral("^\\s*([A-Z][a-z]+)\\s+(\\d+)\\s*$"));
    std::vector<int> firstPages;
    for (int p = 1; p <= 2; ++p) {
        for (const QString& row : layout[p].split(QLatin1Char('\n'))) {
            const auto match = line.match(row);
            if (match.hasMatch()) {
                CHECK(match.captured(1) == QLocale::c().monthName(months[firstPages.size()].month()));
                firstPages.push_back(match.captured(2).toInt());
            }
        }
    }
    REQUIRE(firstPages.size() == months.size());
    CHECK(firstPages.front() == 4);
    const QString dests = popplerOutput(QStringLiteral("pdfinfo"), {QStringLiteral("-dests"), out});
    int multiPage = 0;
    for (size_t i = 0; i < months.size(); ++i) {
        INFO(months[i].toString(Qt::ISODate).toStdString());
        const int first = firstPages[i];
        const int end = i + 1 < months.size() ? firstPages[i + 1] : summary->pages + 1;
        REQUIRE(first < end);
        multiPage += end - first > 1 ? 1 : 0;
        // The month begins on that page, and not a page earlier.
        CHECK(pages[first - 1].contains(monthMark(months[i], 0)));
        CHECK_FALSE(pages[first - 2].contains(monthMark(months[i], 0)));
        // Its last entry is on one of its own pages.
        const int entries = i % 4 == 0 ? 6 : 1;
        const QString last = monthMark(months[i], entries - 1);
        bool found = false;
        for (int p = first; p < end; ++p) {
            found = found || pages[p - 1].contains(last);
        }
        CHECK(found);
        // The contents' link and the outline go to the same page.
        const QRegularExpression dest(
            QStringLiteral("^\\s*%1 .*\"month-%2\"").arg(first).arg(months[i].toString(QStringLiteral("yyyy-MM"))),
            QRegularExpression::MultilineOption);
        CHECK(dests.contains(dest));
    }
    CHECK(multiPage >= 10);
}
