#include "journal/Guard.h"

#include "journal/Journal.h"

#include <QCoreApplication>

namespace twofold::core {

Error errorFromSql(const storage::SqlError& error) {
    if (error.isCorruption()) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("Guard", "The journal file is damaged: %1").arg(error.message()));
    }
    if (error.isDiskProblem()) {
        return makeError(ErrorCode::Io, error.message());
    }
    if (error.isConstraint()) {
        return makeError(ErrorCode::InvalidArgument, error.message());
    }
    return makeError(ErrorCode::Internal, error.message());
}

Error lockedError(const Journal& journal) {
    if (journal.hasOpenKeys() && journal.unlockedWithRecoveryCode()) {
        const auto acting = journal.actingPartner();
        return makeError(ErrorCode::Locked,
                         QCoreApplication::translate("Guard", "%1's recovery code opens the journal only to set a new "
                                                              "passphrase: set one first.")
                             .arg(acting ? acting->name : QString()));
    }
    return makeError(ErrorCode::Locked, QCoreApplication::translate("Guard", "The journal is locked."));
}

Error noActingPartnerError() {
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate(
                         "Guard", "Say which partner you are (--as NAME) to write or to read private writing."));
}

} // namespace twofold::core
