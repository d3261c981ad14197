#pragma once

#include "Result.h"

#include <QStringList>

namespace twofold::core {

class Journal;
namespace storage {
class MetaStore;
}

// Associated data format 2 binds each value's subject (crypto/Sealer.h). A
// journal upgraded from schema 1 still holds format-1 values for theme
// choices, answers, custom prompts and drafts, which do not bind it; this
// reseals them right after an unlock, so that swapping two theme strings or
// moving an answer under another prompt in the file stops opening.
//
// - Until it has run, format-1 values with a subject still open (the
//   journal reads as before); once the shared values are resealed, and
//   separately once each partner's own drafts are, meta marks it and
//   format 1 is refused for them from then on.
// - One transaction: a kill half-way leaves every value as it was (format 1,
//   still opening); running it again reseals only what is left (idempotent).
//
// Sets the vault's format-1 policy from the file, then reseals. A failure to
// write (a read-only file, a full disk) is not an unlock failure: the values
// stay format 1 and open as before, and the next unlock tries again.
void bindSubjectsAfterUnlock(Journal& journal);

// A new journal holds no format-1 value: marks it so for the shared writing
// and each partner's own, inside the transaction that creates it, so that no
// unlock ever needs to write.
void markSubjectsBound(storage::MetaStore& meta, const QStringList& partnerUuids);

} // namespace twofold::core
