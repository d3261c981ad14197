#pragma once

#include "Result.h"
#include "crypto/KeyWrap.h"
#include "crypto/PartnerKeys.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace twofold::core::crypto {

// The key columns of one partner row, built from that partner's secrets:
// either the secrets in the clear (no passphrase) or wrapped twice, by the
// passphrase and by a fresh recovery code.
struct PartnerKeyRecords {
    QByteArray secretsPlain;   // null when protected
    QByteArray passphraseWrap; // null when not protected
    QByteArray recoveryWrap;   // null when not protected
    QString recoveryCode;      // for display once; empty when not protected
};

// Runs Argon2id once with `limits` when a passphrase is given.
PartnerKeyRecords makePartnerKeyRecords(const PartnerSecrets& secrets, const std::optional<QByteArray>& passphrase,
                                        KdfLimits limits);

// True when a sealed journal key has the size crypto_box_seal gives a key;
// the only check possible without the recipient's secret key.
bool sealedJournalKeyHasValidShape(const QByteArray& sealed);

// Checks one partner row's key records as far as possible without secrets:
// exactly one of secretsPlain / passphraseWrap, wrap checksums and bounds,
// key sizes; for an unprotected partner also that the clear secrets match the
// public key and open the sealed journal key. `who` names the partner in the
// message.
Result<void> checkPartnerKeyRecords(const QString& who, const QByteArray& boxPublicKey,
                                    const QByteArray& journalKeySealed, const QByteArray& secretsPlain,
                                    const QByteArray& passphraseWrap, const QByteArray& recoveryWrap);

} // namespace twofold::core::crypto
