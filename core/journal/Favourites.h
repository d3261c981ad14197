#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

namespace twofold::core {

class Journal;

// Each partner's favourite prompts: theirs alone, whoever wrote the prompt.
// The set is sealed with the partner's private-content key, because which
// prompts someone keeps (a desire prompt among them) says as much as a theme
// choice: neither the other partner nor anyone holding the file can read it.
class Favourites {
public:
    explicit Favourites(Journal& journal)
        : m_journal(journal) {}

    // The acting partner's favourites (prompt ids) that are still prompts of
    // this journal; a deleted custom prompt drops out.
    Result<QSet<QString>> ids();
    // Keeps or lets go of one prompt for the acting partner. Nothing is
    // written when it is already so. An unknown prompt is NotFound.
    Result<void> set(const QString& promptId, bool favourite);

private:
    Journal& m_journal;
};

} // namespace twofold::core
