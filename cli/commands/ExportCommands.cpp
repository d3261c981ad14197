// export json | import json | import jrnl | import dayone | export markdown | export pdf
#include "Context.h"
#include "Registry.h"
#include "export/DayOneImport.h"
#include "export/JrnlImport.h"
#include "export/JsonExport.h"
#include "export/JsonImport.h"
#include "export/MarkdownExport.h"
#include "export/pdf/PdfBookExport.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

using core::ErrorCode;
using core::makeError;

// A function, not a constant: the translation is chosen after start-up.
QString plaintextWarning() {
    return QCoreApplication::translate(
        "ExportCommands",
        "Note: exports are plaintext, not encrypted; keep them somewhere private and delete them when done.");
}

int exportJson(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString out = ctx.args().positional.value(0);
    auto document = core::JsonExport(**journal).writeTo(out);
    if (!document) {
        return ctx.fail(document.error());
    }
    const auto count = [&](const char* list) {
        return static_cast<int>(document->value(QLatin1String(list)).toArray().size());
    };
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("entries"), count("entries")},
                                  {QStringLiteral("checkins"), count("checkins")},
                                  {QStringLiteral("prompts"), count("prompts")},
                                  {QStringLiteral("answers"), count("answers")}});
    } else {
        ctx.println(
            QCoreApplication::translate(
                "ExportCommands", "Exported %1 entries, %2 check-ins, %3 of your own prompts and %4 answers to %5.")
                .arg(count("entries"))
                .arg(count("checkins"))
                .arg(count("prompts"))
                .arg(count("answers"))
                .arg(out));
        ctx.println(plaintextWarning());
    }
    return kExitOk;
}

QJsonObject countsJson(const core::ImportCounts& counts) {
    return QJsonObject{{QStringLiteral("added"), counts.added},
                       {QStringLiteral("updated"), counts.updated},
                       {QStringLiteral("unchanged"), counts.unchanged},
                       {QStringLiteral("skipped"), counts.skipped}};
}

int importJson(Context& ctx) {
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto summary = core::JsonImport(**journal).fromFile(ctx.args().positional.value(0));
    if (!summary) {
        return ctx.fail(summary.error());
    }
    const core::ImportCounts total = summary->total();
    if (ctx.json()) {
        QJsonObject lists;
        for (const auto& [name, counts] : summary->lists) {
            lists.insert(name, countsJson(counts));
        }
        QJsonObject result = countsJson(total);
        result.insert(QStringLiteral("lists"), lists);
        ctx.printJson(result);
        return kExitOk;
    }
    QString line = QCoreApplication::translate("ExportCommands", "Imported: %1 added, %2 updated, %3 unchanged")
                       .arg(total.added)
                       .arg(total.updated)
                       .arg(total.unchanged);
    if (total.skipped > 0) {
        line += QCoreApplication::translate("ExportCommands", ", %1 skipped (the journal's version was kept)")
                    .arg(total.skipped);
    }
    ctx.println(line + QLatin1Char('.'));
    return kExitOk;
}

// import jrnl / import dayone: the same report, from either reader.
template <class Reader>
int importForeign(Context& ctx) {
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const core::Visibility visibility =
        ctx.args().has(QStringLiteral("shared")) ? core::Visibility::Shared : core::Visibility::Private;
    auto summary = Reader(**journal).fromFile(ctx.args().positional.value(0), visibility);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    const core::ImportCounts& counts = summary->counts;
    if (ctx.json()) {
        QJsonObject result = countsJson(counts);
        result.insert(QStringLiteral("empty"), summary->empty);
        result.insert(QStringLiteral("visibility"), core::toString(visibility));
        ctx.printJson(result);
        return kExitOk;
    }
    QString line = QCoreApplication::translate("ExportCommands", "Imported: %1 added, %2 updated, %3 unchanged")
                       .arg(counts.added)
                       .arg(counts.updated)
                       .arg(counts.unchanged);
    if (counts.skipped > 0) {
        line += QCoreApplication::translate("ExportCommands", ", %1 skipped (the journal's version was kept)")
                    .arg(counts.skipped);
    }
    if (summary->empty > 0) {
        line += QCoreApplication::translate("ExportCommands", ", %1 left out (no text)").arg(summary->empty);
    }
    ctx.println(line + QLatin1Char('.'));
    ctx.println(visibility == core::Visibility::Private
                    ? QCoreApplication::translate(
                          "ExportCommands", "They are private: only you can read them. Use --shared to share them.")
                    : QCoreApplication::translate("ExportCommands", "They are shared with your partner."));
    return kExitOk;
}

int exportMarkdown(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString dir = ctx.args().positional.value(0);
    auto summary = core::MarkdownExport(**journal).writeTo(dir);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("folder"), dir},
                                  {QStringLiteral("files"), summary->files},
                                  {QStringLiteral("entries"), summary->entries},
                                  {QStringLiteral("checkins"), summary->checkIns},
                                  {QStringLiteral("prompts"), summary->prompts}});
    } else {
        ctx.println(QCoreApplication::translate(
                        "ExportCommands", "Wrote %1 day files (%2 entries, %3 check-ins, %4 answered prompts) to %5.")
                        .arg(summary->files)
                        .arg(summary->entries)
                        .arg(summary->checkIns)
                        .arg(summary->prompts)
                        .arg(dir));
        ctx.println(plaintextWarning());
    }
    return kExitOk;
}

int exportPdf(Context& ctx) {
    int code = kExitOk;
    core::PdfBookOptions options;
    if (!ctx.parseDate(QStringLiteral("from"), options.from, code) ||
        !ctx.parseDate(QStringLiteral("to"), options.to, code)) {
        return code;
    }
    if (options.from && options.to && *options.from > *options.to) {
        return ctx.fail(makeError(ErrorCode::InvalidArgument,
                                  QCoreApplication::translate("ExportCommands", "--from must not be after --to.")));
    }
    const QString pageSize = ctx.args().value(QStringLiteral("page-size")).value_or(QStringLiteral("a4"));
    if (pageSize.compare(QStringLiteral("a4"), Qt::CaseInsensitive) == 0) {
        options.pageSize = core::PdfPageSize::A4;
    } else if (pageSize.compare(QStringLiteral("letter"), Qt::CaseInsensitive) == 0) {
        options.pageSize = core::PdfPageSize::Letter;
    } else {
        return ctx.usage(QCoreApplication::translate("ExportCommands", "--page-size must be a4 or letter."));
    }
    options.includePrivate = ctx.args().has(QStringLiteral("include-private"));
    options.checkIns = !ctx.args().has(QStringLiteral("no-checkins"));
    options.prompts = !ctx.args().has(QStringLiteral("no-prompts"));
    options.title = ctx.args().value(QStringLiteral("title")).value_or(QString());
    options.dedication = ctx.args().value(QStringLiteral("dedication")).value_or(QString());
    auto journal = ctx.openUnlocked(options.includePrivate);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString out = ctx.args().positional.value(0);
    auto summary = core::PdfBookExport(**journal, options).writeTo(out);
    if (!summary) {
        return ctx.fail(summary.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("pages"), summary->pages},
                                  {QStringLiteral("entries"), summary->entries},
                                  {QStringLiteral("checkins"), summary->checkIns},
                                  {QStringLiteral("prompts"), summary->prompts}});
    } else {
        ctx.println(QCoreApplication::translate(
                        "ExportCommands", "Wrote a %1-page book (%2 entries, %3 check-ins, %4 conversations) to %5.")
                        .arg(summary->pages)
                        .arg(summary->entries)
                        .arg(summary->checkIns)
                        .arg(summary->prompts)
                        .arg(out));
        ctx.println(QCoreApplication::translate("ExportCommands",
                                                "Note: a PDF isn't locked: anyone who opens the file can read it."));
    }
    return kExitOk;
}

} // namespace

void registerExportCommands(Registry& registry) {
    registry.add(
        {QStringLiteral("export json"), QStringLiteral("export json OUT.json"), {}, 1, 1},
        QCoreApplication::translate("ExportCommands",
                                    "Everything you may see as one lossless JSON file (plaintext; refuses an existing "
                                    "file)."),
        exportJson);
    registry.add({QStringLiteral("import json"), QStringLiteral("import json IN.json"), {}, 1, 1},
                 QCoreApplication::translate("ExportCommands",
                                             "Read a JSON export into this journal (idempotent; all or nothing)."),
                 importJson);
    registry.add({QStringLiteral("import jrnl"),
                  QStringLiteral("import jrnl FILE.json [--shared]"),
                  {{QStringLiteral("shared"), false}},
                  1,
                  1},
                 QCoreApplication::translate(
                     "ExportCommands", "Entries from jrnl's JSON export (jrnl --export json), as yours, private unless "
                                       "--shared (idempotent; all or nothing)."),
                 importForeign<core::JrnlImport>);
    registry.add(
        {QStringLiteral("import dayone"),
         QStringLiteral("import dayone FILE.zip|Journal.json [--shared]"),
         {{QStringLiteral("shared"), false}},
         1,
         1},
        QCoreApplication::translate("ExportCommands",
                                    "Entries from Day One's JSON export (the .zip or its JSON file), as yours, private "
                                    "unless --shared; photos are not imported (idempotent; all or nothing)."),
        importForeign<core::DayOneImport>);
    registry.add({QStringLiteral("export markdown"), QStringLiteral("export markdown DIR"), {}, 1, 1},
                 QCoreApplication::translate("ExportCommands",
                                             "One Markdown file per day in DIR (plaintext; created if missing)."),
                 exportMarkdown);
    registry.add({QStringLiteral("export pdf"),
                  QStringLiteral("export pdf OUT.pdf [--from D] [--to D] [--include-private] [--no-checkins] "
                                 "[--no-prompts] [--page-size a4|letter] [--title T] [--dedication T]"),
                  {{QStringLiteral("from")},
                   {QStringLiteral("to")},
                   {QStringLiteral("include-private"), false},
                   {QStringLiteral("no-checkins"), false},
                   {QStringLiteral("no-prompts"), false},
                   {QStringLiteral("page-size")},
                   {QStringLiteral("title")},
                   {QStringLiteral("dedication")}},
                  1,
                  1},
                 QCoreApplication::translate("ExportCommands",
                                             "The shared journal as a PDF book (plaintext; refuses an existing file)."),
                 exportPdf);
}

} // namespace twofold::cli
