#pragma once

#include "Result.h"
#include "crypto/Sealer.h"
#include "domain/CheckIn.h"
#include "storage/CheckInStore.h"

#include <optional>

namespace twofold::core {

class Journal;

// Seals check-in parts and agreements into rows and opens them back. Shared
// with stats, search indexing, export and key rotation, so the column layout
// and the associated data live in one place. Everything here is shared
// writing: sealed with the journal key, the week as the AD period.
namespace checkin_codec {

crypto::SealContext partContext(const storage::CheckInPartRow& row, const QString& authorUuid, const QString& week,
                                const char* column);
crypto::SealContext agreementsContext(const storage::CheckInRow& row, const QString& authorUuid);

// Seals an answer into the part's ratings and fields (null when empty).
void sealPart(Journal& journal, const QString& week, const CheckInAnswer& answer, storage::CheckInPartRow& row);
// Opens a part row; Tampered when a value was altered or moved.
Result<CheckInPart> openPart(Journal& journal, const QString& week, const storage::CheckInPartRow& row);
// Only the ratings (what trends need).
Result<QMap<QString, int>> openRatings(Journal& journal, const QString& week, const storage::CheckInPartRow& row);

QByteArray sealAgreements(Journal& journal, const storage::CheckInRow& row, const QString& authorUuid,
                          const QString& text);
// None when the row has no agreements.
Result<std::optional<QString>> openAgreements(Journal& journal, const storage::CheckInRow& row);

} // namespace checkin_codec
} // namespace twofold::core
