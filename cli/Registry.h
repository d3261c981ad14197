#pragma once

#include "Args.h"

#include <functional>
#include <vector>

namespace twofold::cli {

class Context;

using Handler = std::function<int(Context&)>;

struct Command {
    CommandSpec spec;
    QString summary; // one line for --help
    Handler run;
};

// Every command of CLI.md, registered by the command group files.
class Registry {
public:
    void add(CommandSpec spec, QString summary, Handler run);
    const std::vector<Command>& commands() const { return m_commands; }
    const Command* find(const QString& words) const;

private:
    std::vector<Command> m_commands;
};

// One per group file in cli/commands/.
void registerJournalCommands(Registry& registry);
void registerEntryCommands(Registry& registry);
void registerCheckInCommands(Registry& registry);
void registerPromptCommands(Registry& registry);
void registerSearchCommands(Registry& registry);
void registerExportCommands(Registry& registry);
void registerStatsCommands(Registry& registry);
void registerSecretCommands(Registry& registry);
void registerMaintenanceCommands(Registry& registry);
void registerBackupCommands(Registry& registry);

} // namespace twofold::cli
