#include "crypto/PartnerKeyRecords.h"

#include "crypto/RecoveryCode.h"
#include "crypto/Sealer.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>

#include <sodium.h>

namespace twofold::core::crypto {

PartnerKeyRecords makePartnerKeyRecords(const PartnerSecrets& secrets, const std::optional<QByteArray>& passphrase,
                                        KdfLimits limits) {
    PartnerKeyRecords records;
    const SecretBytes serialized = secrets.serialize();
    if (!passphrase) {
        records.secretsPlain =
            QByteArray(reinterpret_cast<const char*>(serialized.data()), static_cast<qsizetype>(serialized.size()));
        return records;
    }
    records.recoveryCode = RecoveryCode::generate();
    records.passphraseWrap = wrapWithPassphrase(serialized, *passphrase, limits);
    records.recoveryWrap = wrapWithRecoveryCode(serialized, *RecoveryCode::normalize(records.recoveryCode));
    return records;
}

bool sealedJournalKeyHasValidShape(const QByteArray& sealed) {
    return static_cast<size_t>(sealed.size()) == crypto_box_SEALBYTES + kKeyBytes;
}

Result<void> checkPartnerKeyRecords(const QString& who, const QByteArray& boxPublicKey,
                                    const QByteArray& journalKeySealed, const QByteArray& secretsPlain,
                                    const QByteArray& passphraseWrap, const QByteArray& recoveryWrap) {
    ensureSodium();
    const auto damaged = [&](const QString& what) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("PartnerKeyRecords", "%1's %2 is damaged.").arg(who, what));
    };
    if (!isUsableBoxPublicKey(boxPublicKey)) {
        return damaged(QStringLiteral("public key"));
    }
    if (!sealedJournalKeyHasValidShape(journalKeySealed)) {
        return damaged(QStringLiteral("copy of the journal key"));
    }
    if (passphraseWrap.isNull()) {
        if (secretsPlain.isNull() || !recoveryWrap.isNull()) {
            return damaged(QStringLiteral("key record"));
        }
        auto secrets = PartnerSecrets::deserialize(boxPublicKey, SecretBytes::copyOf(secretsPlain));
        if (!secrets) {
            return damaged(QStringLiteral("key record"));
        }
        if (!openJournalKey(journalKeySealed, *secrets)) {
            return damaged(QStringLiteral("copy of the journal key"));
        }
        return {};
    }
    if (!secretsPlain.isNull()) {
        return damaged(QStringLiteral("key record"));
    }
    if (!checkPassphraseWrap(passphraseWrap)) {
        return damaged(QStringLiteral("passphrase key record"));
    }
    if (!checkRecoveryWrap(recoveryWrap)) {
        return damaged(QStringLiteral("recovery-code key record"));
    }
    return {};
}

} // namespace twofold::core::crypto
