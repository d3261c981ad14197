// entry add | list | show | edit | delete | restore
#include "Context.h"
#include "Registry.h"
#include "commands/Byline.h"
#include "export/JsonCodec.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

using core::ErrorCode;
using core::makeError;

std::vector<OptionSpec> contentOptions() {
    return {{QStringLiteral("date")},           {QStringLiteral("title")},
            {QStringLiteral("mood")},           {QStringLiteral("tag"), true, true},
            {QStringLiteral("private"), false}, {QStringLiteral("shared"), false},
            {QStringLiteral("text")},           {QStringLiteral("file")}};
}

// Reads the content flags of add/edit. `forAdd`: text is required (from
// --text, --file or stdin).
bool readInput(Context& ctx, bool forAdd, core::EntryInput& input, int& exitCode) {
    const ParsedArgs& a = ctx.args();
    std::optional<QDate> day;
    if (!ctx.parseDate(QStringLiteral("date"), day, exitCode)) {
        return false;
    }
    input.day = day;
    std::optional<int> mood;
    if (!ctx.parseInt(QStringLiteral("mood"), forAdd ? 1 : 0, 5, mood, exitCode)) {
        return false;
    }
    input.mood = mood;
    input.title = a.value(QStringLiteral("title"));
    if (a.has(QStringLiteral("tag"))) {
        input.tags = a.values(QStringLiteral("tag"));
    }
    if (a.has(QStringLiteral("private")) && a.has(QStringLiteral("shared"))) {
        exitCode = ctx.usage(QCoreApplication::translate("EntryCommands", "An entry is either --private or --shared."));
        return false;
    }
    if (a.has(QStringLiteral("private"))) {
        input.visibility = core::Visibility::Private;
    } else if (a.has(QStringLiteral("shared"))) {
        input.visibility = core::Visibility::Shared;
    }
    if (a.has(QStringLiteral("text")) && a.has(QStringLiteral("file"))) {
        exitCode =
            ctx.usage(QCoreApplication::translate("EntryCommands", "Give the text with --text or --file, not both."));
        return false;
    }
    if (a.has(QStringLiteral("text")) && a.has(QStringLiteral("private"))) {
        ctx.warn(QCoreApplication::translate(
            "EntryCommands",
            "--text puts your words into the shell's history; use --file or stdin for private writing."));
    }
    if (forAdd || a.has(QStringLiteral("text")) || a.has(QStringLiteral("file"))) {
        auto text = ctx.text();
        if (!text) {
            exitCode = ctx.fail(text.error());
            return false;
        }
        input.text = *text;
    }
    return true;
}

QString firstLine(const core::Entry& e) {
    if (!e.title.isEmpty()) {
        return e.title;
    }
    QString line = e.text.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > 70) {
        line = line.left(69) + QChar(0x2026);
    }
    return line;
}

QString byline(const core::Entry& e) {
    return cli::byline(e.authorName, e.importedByName, e.authorship);
}

void printEntry(Context& ctx, const core::Entry& e) {
    if (ctx.json()) {
        ctx.printJson(core::json::toJson(e));
        return;
    }
    ctx.println(QStringLiteral("%1 — %2%3")
                    .arg(e.day.toString(Qt::ISODate), byline(e),
                         e.visibility == core::Visibility::Private ? QStringLiteral(" (private)") : QString()));
    if (!e.title.isEmpty()) {
        ctx.println(QStringLiteral("# %1").arg(e.title));
    }
    if (e.mood) {
        ctx.println(QCoreApplication::translate("EntryCommands", "Mood: %1/5").arg(*e.mood));
    }
    if (!e.tags.isEmpty()) {
        ctx.println(QCoreApplication::translate("EntryCommands", "Tags: %1").arg(e.tags.join(QStringLiteral(", "))));
    }
    if (e.deleted) {
        ctx.println(
            QCoreApplication::translate("EntryCommands", "In the trash since %1").arg(core::json::isoTime(*e.deleted)));
    }
    ctx.println();
    ctx.println(e.text);
    ctx.println();
    ctx.println(QStringLiteral("id: %1").arg(e.id));
}

int add(Context& ctx) {
    core::EntryInput input;
    int code = kExitOk;
    if (!readInput(ctx, true, input, code)) {
        return code;
    }
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto entry = core::Entries(**journal).add(input);
    if (!entry) {
        return ctx.fail(entry.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), entry->id}});
    } else {
        ctx.println(entry->id);
    }
    return kExitOk;
}

int list(Context& ctx) {
    core::EntryFilter filter;
    int code = kExitOk;
    std::optional<QDate> from;
    std::optional<QDate> to;
    std::optional<int> limit;
    if (!ctx.parseDate(QStringLiteral("from"), from, code) || !ctx.parseDate(QStringLiteral("to"), to, code) ||
        !ctx.parseInt(QStringLiteral("limit"), 0, 1000000000, limit, code)) {
        return code;
    }
    filter.from = from;
    filter.to = to;
    filter.limit = limit.value_or(-1);
    filter.tag = ctx.args().value(QStringLiteral("tag"));
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    if (const auto author = ctx.args().value(QStringLiteral("author"))) {
        const auto partner = (*journal)->findPartner(*author);
        if (!partner) {
            return ctx.fail(
                makeError(ErrorCode::NotFound,
                          QCoreApplication::translate("EntryCommands", "There is no partner called %1 in this journal.")
                              .arg(*author)));
        }
        filter.authorId = partner->id;
    }
    auto entries = core::Entries(**journal).list(filter);
    if (!entries) {
        return ctx.fail(entries.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Entry& e : *entries) {
            array.append(core::json::toJson(e));
        }
        ctx.printJson(array);
        return kExitOk;
    }
    if (entries->empty()) {
        ctx.println(QCoreApplication::translate("EntryCommands", "No entries."));
    }
    for (const core::Entry& e : *entries) {
        ctx.println(QStringLiteral("%1  %2  %3%4  %5")
                        .arg(e.day.toString(Qt::ISODate), e.id.left(8), byline(e),
                             e.visibility == core::Visibility::Private ? QStringLiteral(" (private)") : QString(),
                             firstLine(e)));
    }
    return kExitOk;
}

int show(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto entry = core::Entries(**journal).get(ctx.args().positional.value(0));
    if (!entry) {
        return ctx.fail(entry.error());
    }
    printEntry(ctx, *entry);
    return kExitOk;
}

int edit(Context& ctx) {
    core::EntryInput input;
    int code = kExitOk;
    if (!readInput(ctx, false, input, code)) {
        return code;
    }
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto entry = core::Entries(**journal).edit(ctx.args().positional.value(0), input);
    if (!entry) {
        return ctx.fail(entry.error());
    }
    printEntry(ctx, *entry);
    return kExitOk;
}

int remove(Context& ctx) {
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString id = ctx.args().positional.value(0);
    if (auto removed = core::Entries(**journal).remove(id); !removed) {
        return ctx.fail(removed.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("deleted"), true}});
    } else {
        ctx.println(QCoreApplication::translate("EntryCommands", "Moved to the trash: %1").arg(id));
    }
    return kExitOk;
}

int restore(Context& ctx) {
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto entry = core::Entries(**journal).restore(ctx.args().positional.value(0));
    if (!entry) {
        return ctx.fail(entry.error());
    }
    printEntry(ctx, *entry);
    return kExitOk;
}

} // namespace

void registerEntryCommands(Registry& registry) {
    const QString contentUsage =
        QStringLiteral("[--date YYYY-MM-DD] [--title T] [--mood 1-5] [--tag T]... [--private] (--text T | --file F | "
                       "stdin)");
    registry.add({QStringLiteral("entry add"), QStringLiteral("entry add ") + contentUsage, contentOptions()},
                 QCoreApplication::translate("EntryCommands",
                                             "Add a daily reflection (shared unless --private); prints its id."),
                 add);
    registry.add({QStringLiteral("entry list"),
                  QStringLiteral("entry list [--from D] [--to D] [--author NAME] [--tag T] [--limit N]"),
                  {{QStringLiteral("from")},
                   {QStringLiteral("to")},
                   {QStringLiteral("author")},
                   {QStringLiteral("tag")},
                   {QStringLiteral("limit")}}},
                 QCoreApplication::translate("EntryCommands", "Entries you may see, newest first."), list);
    registry.add({QStringLiteral("entry show"), QStringLiteral("entry show ID"), {}, 1, 1},
                 QCoreApplication::translate("EntryCommands", "One entry."), show);
    registry.add(
        {QStringLiteral("entry edit"), QStringLiteral("entry edit ID ") + contentUsage, contentOptions(), 1, 1},
        QCoreApplication::translate("EntryCommands",
                                    "Change your entry (--mood 0 clears the mood, --shared makes it shared)."),
        edit);
    registry.add({QStringLiteral("entry delete"), QStringLiteral("entry delete ID"), {}, 1, 1},
                 QCoreApplication::translate("EntryCommands", "Move your entry to the trash."), remove);
    registry.add({QStringLiteral("entry restore"), QStringLiteral("entry restore ID"), {}, 1, 1},
                 QCoreApplication::translate("EntryCommands", "Bring your entry back from the trash."), restore);
}

} // namespace twofold::cli
