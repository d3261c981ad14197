#pragma once

#include "domain/Authorship.h"

#include <QString>

namespace twofold::cli {

// Who wrote a piece of writing, as far as the journal can tell, for the
// text output: writing imported in the other's name ("Sam · imported by
// Alex"), or whose signature does not check ("… (not verified as theirs)"),
// never passes as plain authorship.
QString byline(const QString& author, const QString& importedBy, core::Authorship authorship);

} // namespace twofold::cli
