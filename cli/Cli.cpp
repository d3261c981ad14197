#include "Cli.h"

#include "AppInfo.h"
#include "Context.h"
#include "Registry.h"

#include <QCoreApplication>

namespace twofold::cli {

void Registry::add(CommandSpec spec, QString summary, Handler run) {
    m_commands.push_back(Command{std::move(spec), std::move(summary), std::move(run)});
}

const Command* Registry::find(const QString& words) const {
    for (const Command& command : m_commands) {
        if (command.spec.words == words) {
            return &command;
        }
    }
    return nullptr;
}

namespace {

const Registry& registry() {
    static const Registry r = [] {
        Registry reg;
        registerJournalCommands(reg);
        registerEntryCommands(reg);
        registerCheckInCommands(reg);
        registerPromptCommands(reg);
        registerSearchCommands(reg);
        registerExportCommands(reg);
        registerStatsCommands(reg);
        registerSecretCommands(reg);
        registerMaintenanceCommands(reg);
        registerBackupCommands(reg);
        return reg;
    }();
    return r;
}

QString exitCodesLine() {
    return QCoreApplication::translate(
        "Cli", "Exit codes: 0 done, 2 bad command line, 3 journal cannot be opened, 4 request refused.");
}

void printHelp(QTextStream& out) {
    out << QCoreApplication::translate("Cli", "twofold-cli %1 — the Twofold journal from the command line")
               .arg(core::applicationVersion())
        << "\n\n"
        << QCoreApplication::translate("Cli", "Usage:")
        << " twofold-cli [--journal PATH] [--as NAME] [--passphrase-file FILE] [--json] COMMAND ...\n\n"
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const Command& command : registry().commands()) {
        out << "  " << command.spec.usage << "\n      " << command.summary << "\n";
    }
    out << '\n'
        << exitCodesLine() << '\n'
        << QCoreApplication::translate(
               "Cli", "Passphrases are read from --passphrase-file (or $TWOFOLD_PASSPHRASE), never from arguments.")
        << '\n';
    out.flush();
}

void printCommandHelp(const Command& command, QTextStream& out) {
    out << QCoreApplication::translate("Cli", "Usage:") << " twofold-cli " << command.spec.usage << "\n  "
        << command.summary << "\n\n"
        << QCoreApplication::translate(
               "Cli", "Global options (before the command): --journal PATH, --as NAME, --passphrase-file FILE, --json.")
        << '\n'
        << exitCodesLine() << '\n';
    out.flush();
}

} // namespace

int run(const QStringList& args, QTextStream& out, QTextStream& err, QIODevice& in) {
    QStringList known;
    for (const Command& command : registry().commands()) {
        known.append(command.spec.words);
    }
    const QStringList words = commandWords(args, known);
    if (words.isEmpty()) {
        if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) || args.isEmpty()) {
            printHelp(out);
            return args.isEmpty() ? kExitUsage : kExitOk;
        }
        if (args.contains(QStringLiteral("--version"))) {
            out << "twofold-cli " << core::applicationVersion() << '\n';
            return kExitOk;
        }
        // The first plain word that is not the value of a global option.
        QString unknown;
        for (int i = 0; i < args.size(); ++i) {
            if (args[i].startsWith(QLatin1String("--"))) {
                const QString name = args[i].mid(2);
                for (const OptionSpec& option : globalOptions()) {
                    if (option.name == name && option.takesValue) {
                        ++i;
                    }
                }
                continue;
            }
            unknown = args[i];
            break;
        }
        err << "twofold-cli: "
            << (unknown.isEmpty() ? QCoreApplication::translate("Cli", "No command given.")
                                  : QCoreApplication::translate("Cli", "Unknown command '%1'.").arg(unknown))
            << '\n'
            << QCoreApplication::translate("Cli", "Try 'twofold-cli --help'.") << '\n';
        return kExitUsage;
    }
    const Command* command = registry().find(words.join(QLatin1Char(' ')));
    // --help answers before the rest is checked: asking how a command is
    // used is never a usage error, whatever else is on the line.
    const qsizetype endOfOptions = args.indexOf(QStringLiteral("--"));
    const QStringList options = endOfOptions < 0 ? args : args.mid(0, endOfOptions);
    if (options.contains(QStringLiteral("--help")) || options.contains(QStringLiteral("-h"))) {
        printCommandHelp(*command, out);
        return kExitOk;
    }
    ParsedArgs parsed;
    if (const auto problem = parseArgs(args, command->spec, parsed)) {
        err << "twofold-cli: " << *problem << '\n'
            << QCoreApplication::translate("Cli", "Usage:") << " twofold-cli " << command->spec.usage << '\n';
        return kExitUsage;
    }
    Context context(std::move(parsed), out, err, in);
    const int code = command->run(context);
    out.flush();
    err.flush();
    return code;
}

} // namespace twofold::cli
