// prompt today | list | themes | consent | add | answer | show
#include "Context.h"
#include "Registry.h"
#include "commands/Byline.h"
#include "export/JsonCodec.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

// --depth: a value outside light|deeper|deepest is a command-line error
// (exit 2), in every command that takes it.
bool readDepth(Context& ctx, std::optional<core::Depth>& depth, int& exitCode) {
    const auto value = ctx.args().value(QStringLiteral("depth"));
    if (!value) {
        return true;
    }
    depth = core::depthFromString(*value);
    if (!depth) {
        exitCode =
            ctx.usage(QCoreApplication::translate("PromptCommands", "--depth is light, deeper or deepest, not '%1'.")
                          .arg(*value));
        return false;
    }
    return true;
}

bool readText(Context& ctx, QString& text, int& exitCode) {
    if (ctx.args().has(QStringLiteral("text")) && ctx.args().has(QStringLiteral("file"))) {
        exitCode =
            ctx.usage(QCoreApplication::translate("PromptCommands", "Give the text with --text or --file, not both."));
        return false;
    }
    auto read = ctx.text();
    if (!read) {
        exitCode = ctx.fail(read.error());
        return false;
    }
    text = *read;
    return true;
}

QString themeName(const QString& id) {
    auto library = core::PromptLibrary::builtin();
    const core::Theme* theme = library ? (*library)->theme(id) : nullptr;
    return theme ? theme->name : id;
}

QString oneLine(const QString& text, int width) {
    QString line = text.simplified();
    if (line.size() > width) {
        line = line.left(width - 1) + QChar(0x2026);
    }
    return line;
}

void printPromptHead(Context& ctx, const core::Prompt& p) {
    ctx.println(QStringLiteral("%1 · %2%3")
                    .arg(themeName(p.theme), core::toString(p.depth),
                         p.custom ? QCoreApplication::translate("PromptCommands", " · written by %1").arg(p.authorName)
                                  : QString()));
    ctx.println();
    ctx.println(p.text);
    if (p.care) {
        ctx.println(core::PromptLibrary::careNote());
    }
    ctx.println();
    ctx.println(QStringLiteral("id: %1").arg(p.id));
}

void printPromptWithAnswers(Context& ctx, const core::PromptWithAnswers& shown, const core::Journal& journal) {
    if (ctx.json()) {
        ctx.printJson(core::json::toJson(shown));
        return;
    }
    printPromptHead(ctx, shown.prompt);
    for (const core::Answer& a : shown.answers) {
        ctx.println();
        ctx.println(QStringLiteral("%1 — %2").arg(byline(a.authorName, a.importedByName, a.authorship),
                                                  core::json::isoTime(a.answered)));
        ctx.println(a.text);
    }
    ctx.println();
    const auto acting = journal.actingPartner();
    if (shown.revealed) {
        ctx.println(QCoreApplication::translate("PromptCommands", "Both of you have answered."));
    } else if (shown.answeredBy.empty()) {
        ctx.println(QCoreApplication::translate("PromptCommands", "Nobody has answered yet."));
    } else {
        const QStringList names(shown.answeredBy.begin(), shown.answeredBy.end());
        ctx.println(
            QCoreApplication::translate("PromptCommands",
                                        "Answered so far: %1. Each answer is shown to the other partner once both have "
                                        "answered.")
                .arg(names.join(QStringLiteral(", "))));
    }
    if (acting) {
        // DESIGN.md, reveal rules: say where writing that must stay unreadable
        // to the partner belongs.
        ctx.println(QCoreApplication::translate(
            "PromptCommands", "Answers are shared writing: hiding them until both have answered is a rule of the "
                              "app, not secrecy. Anything that must stay unreadable to your partner belongs in a "
                              "private entry (entry add --private)."));
    }
}

int today(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto today = core::Prompts(**journal).today();
    if (!today) {
        return ctx.fail(today.error());
    }
    if (ctx.json()) {
        ctx.printJson(today->prompt ? QJsonValue(core::json::toJson(*today->prompt)) : QJsonValue(QJsonValue::Null));
        return kExitOk;
    }
    if (!today->prompt) {
        ctx.println(today->reason);
        ctx.println(QCoreApplication::translate(
            "PromptCommands", "Each partner chooses themes with: twofold-cli prompt consent THEME yes"));
        return kExitOk;
    }
    ctx.println(QCoreApplication::translate("PromptCommands", "Today's prompt"));
    printPromptHead(ctx, *today->prompt);
    ctx.println(QCoreApplication::translate("PromptCommands", "Answer with: twofold-cli prompt answer %1")
                    .arg(today->prompt->id));
    return kExitOk;
}

int list(Context& ctx) {
    core::PromptFilter filter;
    int code = kExitOk;
    if (!readDepth(ctx, filter.depth, code)) {
        return code;
    }
    filter.theme = ctx.args().value(QStringLiteral("theme"));
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto prompts = core::Prompts(**journal).list(filter);
    if (!prompts) {
        return ctx.fail(prompts.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const core::Prompt& p : *prompts) {
            array.append(core::json::toJson(p));
        }
        ctx.printJson(array);
        return kExitOk;
    }
    if (prompts->empty()) {
        ctx.println(QCoreApplication::translate("PromptCommands", "No prompts."));
    }
    for (const core::Prompt& p : *prompts) {
        ctx.println(QStringLiteral("%1  %2  %3")
                        .arg(p.id.leftJustified(18), core::toString(p.depth).leftJustified(7), oneLine(p.text, 90)));
    }
    return kExitOk;
}

int themes(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto themes = core::Prompts(**journal).themes();
    if (!themes) {
        return ctx.fail(themes.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const core::ThemeWithChoices& t : *themes) {
            array.append(core::json::toJson(t));
        }
        ctx.printJson(array);
        return kExitOk;
    }
    for (const core::ThemeWithChoices& t : *themes) {
        QStringList choices;
        for (const core::PartnerThemeChoice& c : t.choices) {
            choices << QStringLiteral("%1 %2").arg(c.partnerName, core::toString(c.choice));
        }
        ctx.println(
            QStringLiteral("%1 (%2)%3 — %4%5")
                .arg(t.theme.name, t.theme.id,
                     t.theme.sensitive ? QCoreApplication::translate("PromptCommands", ", sensitive") : QString(),
                     choices.join(QStringLiteral(", ")),
                     t.chosenByAll() ? QCoreApplication::translate("PromptCommands", " · offered")
                                     : QCoreApplication::translate("PromptCommands", " · not offered")));
    }
    return kExitOk;
}

int consent(Context& ctx) {
    const QString value = ctx.args().positional.value(1);
    const auto choice = core::themeChoiceFromString(value);
    if (!choice) {
        return ctx.usage(
            QCoreApplication::translate("PromptCommands", "A theme choice is yes or not-now, not '%1'.").arg(value));
    }
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto theme = core::Prompts(**journal).choose(ctx.args().positional.value(0), *choice);
    if (!theme) {
        return ctx.fail(theme.error());
    }
    if (ctx.json()) {
        ctx.printJson(core::json::toJson(*theme));
        return kExitOk;
    }
    const auto acting = (*journal)->actingPartner();
    ctx.println(QCoreApplication::translate("PromptCommands", "%1: %2 to %3.")
                    .arg(acting->name, core::toString(*choice), theme->theme.name));
    ctx.println(
        theme->chosenByAll()
            ? QCoreApplication::translate("PromptCommands", "Both of you said yes: its prompts can be offered.")
            : QCoreApplication::translate("PromptCommands", "Its prompts are offered only once both of you say yes."));
    return kExitOk;
}

int add(Context& ctx) {
    core::CustomPromptInput input;
    int code = kExitOk;
    const auto theme = ctx.args().value(QStringLiteral("theme"));
    if (!theme) {
        return ctx.usage(QCoreApplication::translate("PromptCommands", "prompt add needs --theme T."));
    }
    input.theme = *theme;
    if (!readDepth(ctx, input.depth, code) || !readText(ctx, input.text, code)) {
        return code;
    }
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto prompt = core::Prompts(**journal).add(input);
    if (!prompt) {
        return ctx.fail(prompt.error());
    }
    if (ctx.json()) {
        ctx.printJson(core::json::toJson(*prompt));
    } else {
        ctx.println(prompt->id);
    }
    return kExitOk;
}

int answer(Context& ctx) {
    QString text;
    int code = kExitOk;
    if (!readText(ctx, text, code)) {
        return code;
    }
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto answered = core::Prompts(**journal).answer(ctx.args().positional.value(0), text);
    if (!answered) {
        return ctx.fail(answered.error());
    }
    printPromptWithAnswers(ctx, *answered, **journal);
    return kExitOk;
}

int show(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto shown = core::Prompts(**journal).show(ctx.args().positional.value(0));
    if (!shown) {
        return ctx.fail(shown.error());
    }
    printPromptWithAnswers(ctx, *shown, **journal);
    return kExitOk;
}

std::vector<OptionSpec> textOptions() {
    return {{QStringLiteral("text")}, {QStringLiteral("file")}};
}

} // namespace

void registerPromptCommands(Registry& registry) {
    registry.add(
        {QStringLiteral("prompt today"), QStringLiteral("prompt today"), {}},
        QCoreApplication::translate("PromptCommands", "The prompt of the day, from themes both partners said yes to."),
        today);
    registry.add(
        {QStringLiteral("prompt list"),
         QStringLiteral("prompt list [--theme T] [--depth light|deeper|deepest]"),
         {{QStringLiteral("theme")}, {QStringLiteral("depth")}}},
        QCoreApplication::translate("PromptCommands", "The whole prompt library, the couple's own prompts included."),
        list);
    registry.add({QStringLiteral("prompt themes"), QStringLiteral("prompt themes"), {}},
                 QCoreApplication::translate("PromptCommands", "Every theme with both partners' choices."), themes);
    registry.add({QStringLiteral("prompt consent"), QStringLiteral("prompt consent THEME yes|not-now"), {}, 2, 2},
                 QCoreApplication::translate("PromptCommands", "Your choice for a theme (its id or name)."), consent);
    std::vector<OptionSpec> addOptions = textOptions();
    addOptions.push_back({QStringLiteral("theme")});
    addOptions.push_back({QStringLiteral("depth")});
    registry.add({QStringLiteral("prompt add"),
                  QStringLiteral("prompt add --theme T [--depth light|deeper|deepest] (--text T | --file F | stdin)"),
                  addOptions},
                 QCoreApplication::translate("PromptCommands", "Add a prompt of your own (depth deeper unless given)."),
                 add);
    registry.add(
        {QStringLiteral("prompt answer"), QStringLiteral("prompt answer ID (--text T | --file F | stdin)"),
         textOptions(), 1, 1},
        QCoreApplication::translate("PromptCommands", "Answer a prompt; answering again replaces your answer."),
        answer);
    registry.add({QStringLiteral("prompt show"), QStringLiteral("prompt show ID"), {}, 1, 1},
                 QCoreApplication::translate("PromptCommands", "A prompt with the answers you may read."), show);
}

} // namespace twofold::cli
