#include "journal/Guard.h"

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

Error lockedError() {
    return makeError(ErrorCode::Locked, QCoreApplication::translate("Guard", "The journal is locked."));
}

Error noActingPartnerError() {
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate(
                         "Guard", "Say which partner you are (--as NAME) to write or to read private writing."));
}

} // namespace twofold::core
