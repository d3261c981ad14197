#include "journal/SubjectBinding.h"

#include "crypto/Sodium.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "journal/WriteTransaction.h"
#include "storage/PartnerStore.h"
#include "storage/SqlError.h"

namespace twofold::core {

namespace {

const QString kSharedFlag = QStringLiteral("subjects_bound:shared");

QString privateFlag(const QString& partnerUuid) {
    return QStringLiteral("subjects_bound:") + partnerUuid;
}

crypto::Format1 policy(storage::MetaStore& meta, const QString& flag) {
    return meta.get(flag) == QStringLiteral("1") ? crypto::Format1::Refused : crypto::Format1::Accepted;
}

// Only these tables' values have a subject; the others read alike in both
// formats and are left alone (no 60,000 reseals on a large journal).
std::vector<SealedValue> valuesWithSubjects(Journal& journal) {
    std::vector<SealedValue> values;
    collectDraftSealedValues(journal, values);
    collectPromptSealedValues(journal, values);
    collectAnswerSealedValues(journal, values);
    collectThemeChoiceSealedValues(journal, values);
    return values;
}

} // namespace

void markSubjectsBound(storage::MetaStore& meta, const QStringList& partnerUuids) {
    meta.set(kSharedFlag, QStringLiteral("1"));
    for (const QString& uuid : partnerUuids) {
        meta.set(privateFlag(uuid), QStringLiteral("1"));
    }
}

void bindSubjectsAfterUnlock(Journal& journal) {
    auto inside = internals(journal);
    Vault& vault = inside.vault();
    const std::optional<QString> acting = vault.partnerId();
    try {
        storage::MetaStore meta(inside.database());
        const crypto::Format1 shared = policy(meta, kSharedFlag);
        const crypto::Format1 own = acting ? policy(meta, privateFlag(*acting)) : crypto::Format1::Refused;
        vault.setFormat1(shared, own);
        if (shared == crypto::Format1::Refused && own == crypto::Format1::Refused) {
            return;
        }
        WriteTransaction transaction(journal);
        for (const SealedValue& value : valuesWithSubjects(journal)) {
            if (crypto::sealFormat(value.sealed) != 1 || value.context.subject.isEmpty()) {
                continue;
            }
            auto plain = vault.open(value.visibility, value.sealed, value.context);
            if (!plain) {
                // A value that does not open is `verify`'s to name; resealing
                // it is impossible and refusing format 1 would hide nothing.
                continue;
            }
            writeSealedValue(journal, value, vault.seal(value.visibility, *plain, value.context));
            crypto::wipe(*plain);
        }
        meta.set(kSharedFlag, QStringLiteral("1"));
        if (acting) {
            meta.set(privateFlag(*acting), QStringLiteral("1"));
        }
        transaction.commit();
        vault.setFormat1(crypto::Format1::Refused, crypto::Format1::Refused);
    } catch (const storage::SqlError&) {
        // Nothing was written (the transaction rolled back); the values open
        // as before and the next unlock tries again.
    }
}

} // namespace twofold::core
