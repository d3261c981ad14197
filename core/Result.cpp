#include "Result.h"

namespace twofold::core {

bool isOpenError(ErrorCode code) {
    switch (code) {
    case ErrorCode::Missing:
    case ErrorCode::NotAJournal:
    case ErrorCode::NewerVersion:
    case ErrorCode::Corrupt:
    case ErrorCode::WrongPassphrase:
    case ErrorCode::Locked:
        return true;
    default:
        return false;
    }
}

} // namespace twofold::core
