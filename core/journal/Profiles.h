#pragma once

#include "Result.h"
#include "domain/Partner.h"

#include <QString>

#include <optional>

namespace twofold::core {

class Journal;

// A partner's name and colour as the other sees them. Each partner changes
// only their own: the window's Settings shows the other's as they chose it.
class Profiles {
public:
    explicit Profiles(Journal& journal)
        : m_journal(journal) {}

    // Renames and recolours the acting partner. The name is trimmed, not
    // empty, at most Journal::kMaxNameChars, and not the other partner's
    // (case-insensitive); the colour is #rrggbb. Unchanged values write
    // nothing and report no change.
    Result<Partner> update(const QString& name, const QString& colour);

    // The checks create() and update() share: one sentence, or none.
    static std::optional<QString> nameProblem(const QString& name);
    static bool isColour(const QString& text);

private:
    Journal& m_journal;
};

} // namespace twofold::core
