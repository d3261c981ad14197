#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::cli {

// How one option of a command is spelled and what it takes.
struct OptionSpec {
    QString name;            // without the dashes, e.g. "tag"
    bool takesValue = true;  // false: a flag such as --private
    bool repeatable = false; // may be given several times
    // After the option, keep taking values until the next --option
    // (e.g. "--rating happiness=7 heard=5").
    bool greedy = false;
};

// A command's shape: its words ("entry add"), its options and how many
// positional arguments it takes.
struct CommandSpec {
    QString words;
    QString usage; // the synopsis after "twofold-cli"
    std::vector<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0;
};

// The parsed command line: global options, then the command's own.
struct ParsedArgs {
    QMap<QString, QStringList> options; // repeated values kept in order
    QStringList positional;

    bool has(const QString& name) const { return options.contains(name); }
    std::optional<QString> value(const QString& name) const {
        return options.contains(name) ? std::optional<QString>(options.value(name).constLast()) : std::nullopt;
    }
    QStringList values(const QString& name) const { return options.value(name); }
};

// The global options every command accepts.
const std::vector<OptionSpec>& globalOptions();

// Splits argv into the command's words and the rest; the caller looks the
// words up. Returns an empty list when no command was given.
QStringList commandWords(const QStringList& args, const QStringList& knownCommands);

// Parses `args` (everything after the program name) against the command's
// spec. On failure returns a one-sentence error for a usage message.
std::optional<QString> parseArgs(const QStringList& args, const CommandSpec& spec, ParsedArgs& out);

} // namespace twofold::cli
