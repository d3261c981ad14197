#pragma once

#include "Result.h"
#include "domain/Prompt.h"
#include "storage/PromptStore.h"

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;
class PromptLibrary;

// Reading prompt rows as prompts: built-ins take their text from the
// library, custom ones are opened. Shared by the Prompts use cases.
namespace prompt_rows {

struct Loaded {
    storage::PromptRow row;
    Prompt prompt;
};

// Every live prompt: built-ins in library order, then the couple's own by
// creation. Built-in rows this version does not know (written by a newer
// Twofold) are left out.
Result<std::vector<Loaded>> loadLive(Journal& journal, const PromptLibrary& library);
// One live prompt by id; NotFound when there is none.
Result<Loaded> find(Journal& journal, const PromptLibrary& library, const QString& id);
// A theme by id or name; NotFound when unknown.
Result<Theme> findTheme(const PromptLibrary& library, const QString& idOrName);

} // namespace prompt_rows
} // namespace twofold::core
