#include "journal/Maintenance.h"

#include "crypto/PartnerKeyRecords.h"
#include "crypto/PartnerKeys.h"
#include "crypto/Signing.h"
#include "crypto/Sodium.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "storage/Database.h"
#include "storage/IntegrityStore.h"
#include "storage/PartnerStore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace twofold::core {

Result<void> Maintenance::backup(const QString& destination) {
    if (destination.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Maintenance", "Say where the backup goes."));
    }
    const QFileInfo target(destination);
    if (target.exists() || target.isSymLink()) {
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Maintenance", "%1 already exists; Twofold never overwrites a file.")
                .arg(destination));
    }
    if (!QFileInfo(target.absolutePath()).isDir()) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("Maintenance", "The folder %1 does not exist.").arg(target.absolutePath()));
    }
    return guarded([&]() -> Result<void> {
        internals(m_journal).database().backupTo(destination);
        return {};
    });
}

namespace {

// The file itself: SQLite's page, index and reference checks.
std::optional<QString> checkFile(storage::Database& db) {
    storage::IntegrityStore integrity(db);
    try {
        if (auto problem = integrity.firstIntegrityProblem()) {
            return QCoreApplication::translate("Maintenance", "The journal file is damaged: %1.").arg(*problem);
        }
        if (auto problem = integrity.firstForeignKeyProblem()) {
            return QCoreApplication::translate("Maintenance", "The journal file is inconsistent: %1.").arg(*problem);
        }
    } catch (const storage::SqlError& error) {
        if (error.isCorruption()) {
            return QCoreApplication::translate("Maintenance", "The journal file is damaged: %1").arg(error.message());
        }
        throw;
    }
    return std::nullopt;
}

std::optional<QString> checkPartners(Journal& journal, VerifyReport& report) {
    const Vault& vault = internals(journal).vault();
    for (const storage::PartnerRow& row : storage::PartnerStore(internals(journal).database()).all()) {
        ++report.partnersChecked;
        auto sound = crypto::checkPartnerKeyRecords(row.name, row.boxPublicKey, row.journalKeySealed, row.secretsPlain,
                                                    row.passphraseWrap, row.recoveryWrap);
        if (!sound) {
            return sound.error().message;
        }
        if (!row.signPublicKey.isNull() &&
            !crypto::verifySignature(
                row.signPublicKey,
                crypto::partnerKeysMessage(journal.journalId(), row.uuid, row.boxPublicKey, row.signPublicKey),
                row.keysSignature)) {
            return QStringLiteral("%1's public keys are not signed by %1 (they were changed).").arg(row.name);
        }
        if (vault.partnerId() == row.uuid && vault.secrets()) {
            // The acting partner's own copy of the journal key must still open
            // to the key in use: otherwise the next unlock would fail.
            auto key = crypto::openJournalKey(row.journalKeySealed, *vault.secrets());
            if (!key || !key->equals(vault.journalKey())) {
                return QCoreApplication::translate("Maintenance", "%1's copy of the journal key is damaged.")
                    .arg(row.name);
            }
        }
    }
    return std::nullopt;
}

} // namespace

Result<VerifyReport> Maintenance::verify() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<VerifyReport> {
        VerifyReport report;
        report.problem = checkFile(internals(m_journal).database());
        if (report.problem) {
            return report;
        }
        report.problem = checkPartners(m_journal, report);
        if (report.problem) {
            return report;
        }
        const Vault& vault = internals(m_journal).vault();
        // The signatures are sealed values too; a moved or altered one is
        // named with its row below, among the rows that are not their author's.
        const std::vector<SealedValue> signedValues = collectSignedValues(m_journal);
        std::vector<SealedValue> values = signedValues;
        collectFavouriteSealedValues(m_journal, values);
        for (const SealedValue& value : values) {
            if (value.visibility == Visibility::Private && value.context.authorUuid != vault.partnerId()) {
                continue; // the other partner's private writing: only their keys open it
            }
            auto plain = vault.open(value.visibility, value.sealed, value.context);
            if (!plain) {
                report.problem = QCoreApplication::translate("Maintenance", "%1: the %2 was altered or moved.")
                                     .arg(value.label, value.column);
                return report;
            }
            crypto::wipe(*plain);
            ++report.valuesChecked;
        }
        const AuthorKeys keys(m_journal);
        for (const SignedRow& row : groupSignedRows(m_journal, signedValues)) {
            if (row.visibility == Visibility::Private && row.context.authorUuid != vault.partnerId()) {
                continue;
            }
            switch (checkRow(m_journal, keys, row)) {
            case Authorship::Verified:
                ++report.signaturesChecked;
                break;
            case Authorship::Unsigned:
                break; // its author has not unlocked since the upgrade
            case Authorship::Unverified:
                report.unverifiedRows.append(row.label);
                break;
            }
        }
        if (!report.unverifiedRows.isEmpty()) {
            report.problem =
                QCoreApplication::translate("Maintenance", "Not written by the partner they name (the signature is "
                                                           "missing or does not check): %1.")
                    .arg(report.unverifiedRows.join(QStringLiteral("; ")));
        }
        return report;
    });
}

} // namespace twofold::core
