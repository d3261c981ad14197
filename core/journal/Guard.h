#pragma once

#include "Result.h"
#include "storage/SqlError.h"

#include <new>

namespace twofold::core {

class Journal;

// Turns storage exceptions into a core::Error at a use case's boundary. The
// transaction inside `work` has already rolled back by the time the
// exception arrives here, so the journal is as it was.
Error errorFromSql(const storage::SqlError& error);

template <class Work>
auto guarded(Work&& work) -> decltype(work()) {
    try {
        return work();
    } catch (const storage::SqlError& error) {
        return errorFromSql(error);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Io, QStringLiteral("There was not enough memory; nothing was changed."));
    }
}

// The error every use case returns while the journal is locked — or open
// only through the recovery code, which allows nothing but setting a new
// passphrase (DESIGN.md: a recovery code works once).
Error lockedError(const Journal& journal);
// The error for writing without an acting partner.
Error noActingPartnerError();

} // namespace twofold::core
