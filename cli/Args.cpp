#include "Args.h"

#include <QCoreApplication>

namespace twofold::cli {

const std::vector<OptionSpec>& globalOptions() {
    static const std::vector<OptionSpec> options{
        {QStringLiteral("journal")},     {QStringLiteral("as")},          {QStringLiteral("passphrase-file")},
        {QStringLiteral("json"), false}, {QStringLiteral("help"), false},
    };
    return options;
}

namespace {

const OptionSpec* findOption(const QString& name, const CommandSpec& spec) {
    for (const OptionSpec& option : spec.options) {
        if (option.name == name) {
            return &option;
        }
    }
    for (const OptionSpec& option : globalOptions()) {
        if (option.name == name) {
            return &option;
        }
    }
    return nullptr;
}

bool isOption(const QString& arg) {
    return arg.startsWith(QLatin1String("--")) && arg.size() > 2;
}

} // namespace

QStringList commandWords(const QStringList& args, const QStringList& knownCommands) {
    // The command's words are the first plain tokens, after any global
    // options (and their values), up to the first option.
    QStringList tokens;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (isOption(arg)) {
            if (!tokens.isEmpty()) {
                break;
            }
            const QString name = arg.mid(2).section(QLatin1Char('='), 0, 0);
            for (const OptionSpec& option : globalOptions()) {
                if (option.name == name && option.takesValue && !arg.contains(QLatin1Char('='))) {
                    ++i;
                }
            }
            continue;
        }
        tokens.append(arg);
    }
    // The longest known command these tokens start with.
    QStringList best;
    for (const QString& known : knownCommands) {
        const QStringList words = known.split(QLatin1Char(' '));
        if (words.size() > best.size() && words.size() <= tokens.size() && tokens.mid(0, words.size()) == words) {
            best = words;
        }
    }
    return best;
}

std::optional<QString> parseArgs(const QStringList& args, const CommandSpec& spec, ParsedArgs& out) {
    const QStringList commandTokens = spec.words.split(QLatin1Char(' '));
    int matched = 0;
    bool endOfOptions = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString& arg = args[i];
        if (!endOfOptions && arg == QLatin1String("--")) {
            endOfOptions = true;
            continue;
        }
        if (!endOfOptions && isOption(arg)) {
            QString name = arg.mid(2);
            std::optional<QString> inlineValue;
            if (const int eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                name = name.left(eq);
            }
            const OptionSpec* option = findOption(name, spec);
            if (!option) {
                return QCoreApplication::translate("Args", "Unknown option --%1 for '%2'.").arg(name, spec.words);
            }
            if (!option->takesValue) {
                if (inlineValue) {
                    return QCoreApplication::translate("Args", "--%1 takes no value.").arg(name);
                }
                out.options[name].append(QString());
                continue;
            }
            if (out.options.contains(name) && !option->repeatable) {
                return QCoreApplication::translate("Args", "--%1 is given more than once.").arg(name);
            }
            QStringList values;
            if (inlineValue) {
                values.append(*inlineValue);
            } else if (i + 1 < args.size()) {
                values.append(args[++i]);
            } else {
                return QCoreApplication::translate("Args", "--%1 needs a value.").arg(name);
            }
            while (option->greedy && i + 1 < args.size() && !isOption(args[i + 1])) {
                values.append(args[++i]);
            }
            out.options[name].append(values);
            continue;
        }
        if (matched < commandTokens.size() && out.positional.isEmpty() && arg == commandTokens[matched]) {
            ++matched;
            continue;
        }
        out.positional.append(arg);
    }
    if (out.positional.size() < spec.minPositional) {
        return QCoreApplication::translate("Args", "'%1' is missing an argument.").arg(spec.words);
    }
    if (out.positional.size() > spec.maxPositional) {
        return QCoreApplication::translate("Args", "Unexpected argument '%1' for '%2'.")
            .arg(out.positional.value(spec.maxPositional), spec.words);
    }
    return std::nullopt;
}

} // namespace twofold::cli
