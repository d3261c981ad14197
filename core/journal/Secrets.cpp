#include "journal/Secrets.h"

#include "Clock.h"
#include "crypto/PartnerKeyRecords.h"
#include "crypto/PartnerKeys.h"
#include "crypto/Sodium.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PartnerSigning.h"
#include "journal/RowSignatures.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "journal/WriteTransaction.h"
#include "storage/Database.h"
#include "storage/PartnerStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>

#include <algorithm>

namespace twofold::core {

namespace {

Result<Partner> requireActing(Journal& journal) {
    // hasOpenKeys, not isUnlocked: right after a recovery-code unlock,
    // setting a new passphrase is the one thing allowed.
    if (!journal.hasOpenKeys()) {
        return lockedError(journal);
    }
    const auto acting = journal.actingPartner();
    if (!acting) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate(
                             "Secrets", "Say which partner you are (--as NAME): only a partner changes their own "
                                        "secrets."));
    }
    return *acting;
}

// Throws SqlError; Corrupt when the row vanished under us.
std::optional<storage::PartnerRow> rowOf(Journal& journal, const QString& partnerId) {
    for (storage::PartnerRow& row : storage::PartnerStore(internals(journal).database()).all()) {
        if (row.uuid == partnerId) {
            return std::move(row);
        }
    }
    return std::nullopt;
}

crypto::PartnerSecrets copyOf(const crypto::PartnerSecrets& s) {
    return crypto::PartnerSecrets{s.boxPublicKey, s.boxSecretKey.clone(), s.privateKey.clone()};
}

// Old ciphertexts and wraps may still sit in the write-ahead log after the
// commit; truncating it is what lets them leave the disk. Best effort: a
// reader on another connection can make it busy, and the change is already
// committed, so that is reported rather than failed.
bool truncateWal(Journal& journal) {
    try {
        internals(journal).database().checkpointTruncate();
        return true;
    } catch (const storage::SqlError&) {
        return false;
    }
}

QString walSentence(bool truncated) {
    return truncated ? QString()
                     : QCoreApplication::translate(
                           "Secrets", " The old encrypted copies are still in the journal's log file until Twofold "
                                      "is next closed by every program using it.");
}

// Said wherever a passphrase is set: one partner's passphrase does not keep
// shared writing from someone holding the file while the other has none.
QString sharedProtectionSentence(const Journal& journal) {
    const bool someoneUnprotected = std::any_of(journal.partners().begin(), journal.partners().end(),
                                                [](const Partner& p) { return !p.isProtected; });
    return someoneUnprotected
               ? QCoreApplication::translate("Secrets",
                                             " Shared writing is protected in the file only once both partners "
                                             "have a passphrase; private writing is protected by its author's.")
               : QString();
}

} // namespace

Result<SecretChange> Secrets::changePassphrase(const QByteArray& newPassphrase) {
    auto acting = requireActing(m_journal);
    if (!acting) {
        return acting.error();
    }
    if (newPassphrase.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Secrets", "A passphrase cannot be empty."));
    }
    if (!acting->isProtected) {
        // The secrets lay in the clear in the file (and in every copy of it):
        // wrapping those same secrets would protect nothing that was ever
        // copied, so new ones are made and everything re-encrypted.
        auto rotated = rotate(newPassphrase);
        if (rotated) {
            rotated->notice =
                QCoreApplication::translate(
                    "Secrets", "%1's passphrase is set, and new keys were made and everything re-encrypted. Backups "
                               "made before now are not protected by it: replace them with a new backup.%2%3")
                    .arg(acting->name, walSentence(rotated->walTruncated), sharedProtectionSentence(m_journal));
        }
        return rotated;
    }
    const crypto::PartnerSecrets& secrets = *internals(m_journal).vault().secrets();
    // Argon2 runs before the write lock is taken.
    const crypto::PartnerKeyRecords records = crypto::makePartnerKeyRecords(secrets, newPassphrase, m_kdf);
    auto written = guarded([&]() -> Result<void> {
        WriteTransaction transaction(m_journal);
        auto row = rowOf(m_journal, acting->id);
        if (!row) {
            return makeError(ErrorCode::Corrupt,
                             QCoreApplication::translate("Secrets", "The partner record is missing."));
        }
        row->secretsPlain = QByteArray();
        row->passphraseWrap = records.passphraseWrap;
        row->recoveryWrap = records.recoveryWrap;
        row->updated = Clock::nowMs();
        row->device = internals(m_journal).deviceId();
        storage::PartnerStore(internals(m_journal).database()).updateKeys(*row);
        transaction.record(Change{ChangeKind::Partner, ChangeAction::Updated, acting->id, acting->id});
        transaction.commit();
        return {};
    });
    if (!written) {
        return written.error();
    }
    SecretChange change;
    change.recoveryCode = records.recoveryCode;
    change.walTruncated = truncateWal(m_journal);
    change.notice = QCoreApplication::translate(
                        "Secrets", "%1's passphrase was changed, and the old recovery code no longer works. Backups "
                                   "made before now still open with the old passphrase and the old recovery code: "
                                   "replace them with a new backup.%2%3")
                        .arg(acting->name, walSentence(change.walTruncated), sharedProtectionSentence(m_journal));
    internals(m_journal).reloadPartners();
    m_journal.passphraseWasSet();
    return change;
}

Result<SecretChange> Secrets::changePassphrase(const QByteArray& current, const QByteArray& newPassphrase) {
    auto acting = requireActing(m_journal);
    if (!acting) {
        return acting.error();
    }
    if (acting->isProtected && !m_journal.unlockedWithRecoveryCode()) {
        if (current.isEmpty()) {
            return makeError(ErrorCode::WrongPassphrase,
                             QCoreApplication::translate("Secrets", "%1's current passphrase is needed to change it.")
                                 .arg(acting->name));
        }
        auto checked = guarded([&]() -> Result<void> {
            auto row = rowOf(m_journal, acting->id);
            if (!row) {
                return makeError(ErrorCode::Corrupt,
                                 QCoreApplication::translate("Secrets", "The partner record is missing."));
            }
            auto opened = crypto::unwrapWithPassphrase(row->passphraseWrap, current);
            if (!opened) {
                if (opened.error().code == ErrorCode::WrongPassphrase) {
                    return makeError(ErrorCode::WrongPassphrase,
                                     QCoreApplication::translate(
                                         "Secrets", "The current passphrase for %1 is wrong; nothing was changed.")
                                         .arg(acting->name));
                }
                return opened.error();
            }
            return {};
        });
        if (!checked) {
            return checked.error();
        }
    }
    return changePassphrase(newPassphrase);
}

Result<SecretChange> Secrets::rotateKeys(const QByteArray& passphrase) {
    auto acting = requireActing(m_journal);
    if (!acting) {
        return acting.error();
    }
    if (!acting->isProtected) {
        auto rotated = rotate(std::nullopt);
        if (rotated) {
            rotated->notice = QCoreApplication::translate(
                                  "Secrets", "New keys were made and everything was re-encrypted. Backups made "
                                             "before now still open with the old keys: replace them with a new "
                                             "backup.%1")
                                  .arg(walSentence(rotated->walTruncated));
        }
        return rotated;
    }
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Secrets", "%1's passphrase is needed to protect the new keys.")
                             .arg(acting->name));
    }
    const bool recovered = m_journal.unlockedWithRecoveryCode();
    if (!recovered) {
        // Without this check a typo would silently become the new passphrase.
        auto checked = guarded([&]() -> Result<void> {
            auto row = rowOf(m_journal, acting->id);
            if (!row) {
                return makeError(ErrorCode::Corrupt,
                                 QCoreApplication::translate("Secrets", "The partner record is missing."));
            }
            auto opened = crypto::unwrapWithPassphrase(row->passphraseWrap, passphrase);
            if (!opened) {
                if (opened.error().code == ErrorCode::WrongPassphrase) {
                    return makeError(ErrorCode::WrongPassphrase,
                                     QCoreApplication::translate(
                                         "Secrets", "The passphrase for %1 is wrong; the keys were not changed.")
                                         .arg(acting->name));
                }
                return opened.error();
            }
            return {};
        });
        if (!checked) {
            return checked.error();
        }
    }
    auto rotated = rotate(passphrase);
    if (rotated) {
        rotated->notice =
            QCoreApplication::translate(
                "Secrets", "New keys were made and everything was re-encrypted%1; there is a new recovery code. "
                           "Backups made before now still open with the old keys, the old passphrase and the old "
                           "recovery code: replace them with a new backup.%2")
                .arg(recovered ? QStringLiteral(" under the new passphrase") : QString(),
                     walSentence(rotated->walTruncated));
    }
    return rotated;
}

Result<SecretChange> Secrets::rotate(const std::optional<QByteArray>& wrapWith) {
    const Partner acting = *m_journal.actingPartner();
    Vault& current = internals(m_journal).vault();
    crypto::PartnerSecrets fresh = crypto::PartnerSecrets::generate();
    crypto::SecretBytes freshJournalKey = crypto::generateJournalKey();
    // A rotation replaces the signing key too: one that leaked signs nothing
    // after it, and old versions of rows, signed with it, no longer check.
    crypto::SigningKey freshSigning = crypto::SigningKey::generate();
    std::optional<crypto::SigningSecrets> nextSigning;
    // Argon2 runs before the write lock is taken.
    const crypto::PartnerKeyRecords records = crypto::makePartnerKeyRecords(fresh, wrapWith, m_kdf);
    Vault next;
    next.set(acting.id, copyOf(fresh), freshJournalKey.clone());

    SecretChange change;
    change.keysRotated = true;
    change.recoveryCode = records.recoveryCode;
    auto written = guarded([&]() -> Result<void> {
        storage::Database& db = internals(m_journal).database();
        // BEGIN IMMEDIATE: no other connection writes between reading a value
        // and writing its resealed version.
        WriteTransaction transaction(m_journal);
        storage::PartnerStore partners(db);
        const qint64 now = Clock::nowMs();
        const QString device = internals(m_journal).deviceId();
        for (storage::PartnerRow& row : partners.all()) {
            if (row.uuid == acting.id) {
                row.boxPublicKey = fresh.boxPublicKey;
                auto sealed = crypto::sealJournalKey(freshJournalKey, fresh.boxPublicKey);
                if (!sealed) {
                    return makeError(ErrorCode::Corrupt,
                                     QCoreApplication::translate("Secrets", "%1 The keys were not changed.")
                                         .arg(sealed.error().message));
                }
                row.journalKeySealed = *sealed;
                row.secretsPlain = records.secretsPlain;
                row.passphraseWrap = records.passphraseWrap;
                row.recoveryWrap = records.recoveryWrap;
                row.updated = now;
                row.device = device;
                partners.updateKeys(row);
                continue;
            }
            // The other partner keeps their keys and receives the new journal
            // key sealed to their public key; a damaged record there would
            // lock them out, so it stops the rotation.
            const QString name = m_journal.findPartner(row.uuid) ? m_journal.findPartner(row.uuid)->name : row.name;
            auto sound = crypto::checkPartnerKeyRecords(name, row.boxPublicKey, row.journalKeySealed, row.secretsPlain,
                                                        row.passphraseWrap, row.recoveryWrap);
            if (!sound) {
                return makeError(
                    ErrorCode::Corrupt,
                    QCoreApplication::translate("Secrets", "%1 The keys were not changed.").arg(sound.error().message));
            }
            // The new journal key goes to their box key only if it is the one
            // pinned, or signed by the signing key pinned (issue 16, hole 1).
            if (auto pinned = checkOtherPartnerKeys(m_journal); !pinned) {
                return makeError(pinned.error().code,
                                 QStringLiteral("%1 The keys were not changed.").arg(pinned.error().message));
            }
            auto sealed = crypto::sealJournalKey(freshJournalKey, row.boxPublicKey);
            if (!sealed) {
                return makeError(ErrorCode::Corrupt,
                                 QCoreApplication::translate("Secrets", "%1 The keys were not changed.")
                                     .arg(sealed.error().message));
            }
            partners.updateJournalKeySealed(row.id, *sealed, now, device);
        }
        // Signed again with the new key first, sealed with the old keys like
        // every other value, then resealed with them below.
        change.rowsResigned = resignOwnRows(m_journal, freshSigning);
        // One value at a time, so at most one plaintext is in memory; any
        // failure rolls every earlier write back with the transaction.
        for (const SealedValue& value : collectSealedValues(m_journal)) {
            if (value.visibility == Visibility::Private && value.context.authorUuid != acting.id) {
                continue; // sealed with the other partner's own key, which does not change
            }
            auto plain = current.open(value.visibility, value.sealed, value.context);
            if (!plain) {
                return makeError(ErrorCode::Tampered,
                                 QCoreApplication::translate(
                                     "Secrets", "%1: the %2 cannot be opened (it was altered or moved), so the keys "
                                                "were not changed; run verify.")
                                     .arg(value.label, value.column));
            }
            writeSealedValue(m_journal, value, next.seal(value.visibility, *plain, value.context));
            crypto::wipe(*plain);
            ++change.valuesResealed;
        }
        nextSigning = writeSigningAfterRotation(m_journal, fresh, freshJournalKey, std::move(freshSigning));
        transaction.record(Change{ChangeKind::Keys, ChangeAction::Updated, acting.id, acting.id});
        transaction.commit();
        return {};
    });
    if (!written) {
        return written.error();
    }
    change.walTruncated = truncateWal(m_journal);
    current.set(acting.id, std::move(fresh), std::move(freshJournalKey));
    if (nextSigning) {
        current.setSigning(std::move(nextSigning));
    }
    internals(m_journal).reloadPartners();
    if (wrapWith) {
        m_journal.passphraseWasSet();
    }
    return change;
}

} // namespace twofold::core
