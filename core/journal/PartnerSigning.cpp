#include "journal/PartnerSigning.h"

#include "crypto/Sealer.h"
#include "crypto/Signing.h"
#include "crypto/Sodium.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"
#include "journal/Vault.h"
#include "storage/Database.h"
#include "storage/PartnerStore.h"
#include "storage/SqlError.h"
#include "storage/Statement.h" // storage::Transaction

#include <QCoreApplication>

namespace twofold::core {

namespace {

const QString kCommitment = QStringLiteral("journal_key_commitment");
const QString kCommitmentBy = QStringLiteral("journal_key_commitment_by");
const QString kCommitmentSignature = QStringLiteral("journal_key_commitment_signature");

QString recordKey(const QString& uuid) {
    return QStringLiteral("signing_secrets:") + uuid;
}

crypto::SealContext recordContext(const QString& uuid) {
    return crypto::SealContext{
        QStringLiteral("partner"), QStringLiteral("signing_secrets"), uuid, uuid, QStringLiteral("private"), QString()};
}

Error otherKeysChanged() {
    return makeError(ErrorCode::Tampered, QCoreApplication::translate(
                                              "PartnerSigning", "The other partner's keys in this file were changed."));
}

Error journalKeyReplaced() {
    return makeError(ErrorCode::Tampered,
                     QCoreApplication::translate("PartnerSigning",
                                                 "The journal key in this file was replaced (it does not match its "
                                                 "commitment); nothing was written."));
}

QByteArray sealRecord(const crypto::SecretBytes& privateKey, const QString& uuid,
                      const crypto::SigningSecrets& signing) {
    QByteArray plain = crypto::serializeSigningSecrets(signing);
    QByteArray sealed = crypto::seal(privateKey, plain, recordContext(uuid));
    crypto::wipe(plain);
    return sealed;
}

void writeRecord(storage::MetaStore& meta, const crypto::SecretBytes& privateKey, const QString& uuid,
                 const crypto::SigningSecrets& signing) {
    meta.set(recordKey(uuid), QString::fromLatin1(sealRecord(privateKey, uuid, signing).toBase64()));
}

QString successionKey(const QString& uuid) {
    return QStringLiteral("signing_key_succession:") + uuid;
}

// A partner's rotations of their signing key, oldest first: each new key
// with the signature of the key it replaced. One line per step, "new-key
// signature" in base64.
struct Succession {
    QByteArray newKey;
    QByteArray signature;
};

std::vector<Succession> readSuccession(storage::MetaStore& meta, const QString& uuid) {
    std::vector<Succession> chain;
    const auto stored = meta.get(successionKey(uuid));
    if (!stored) {
        return chain;
    }
    for (const QString& line : stored->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 2) { // a damaged line is a step nobody can take
            chain.push_back(
                Succession{QByteArray::fromBase64(parts[0].toLatin1()), QByteArray::fromBase64(parts[1].toLatin1())});
        }
    }
    return chain;
}

void appendSuccession(storage::MetaStore& meta, const QString& uuid, const Succession& step) {
    const QString line = QString::fromLatin1(step.newKey.toBase64()) + QLatin1Char(' ') +
                         QString::fromLatin1(step.signature.toBase64()) + QLatin1Char('\n');
    meta.set(successionKey(uuid), meta.get(successionKey(uuid)).value_or(QString()) + line);
}

// The signing key reached from `pinned` by the partner's own rotations, each
// step signed by the key before it. Someone without the pinned key cannot
// add a step, and no step leads back to a key replaced earlier.
QByteArray followSuccession(const QString& journalId, const QString& uuid, const QByteArray& pinned,
                            const std::vector<Succession>& chain) {
    QByteArray key = pinned;
    for (const Succession& step : chain) {
        if (crypto::verifySignature(key, crypto::signingKeySuccessionMessage(journalId, uuid, key, step.newKey),
                                    step.signature)) {
            key = step.newKey;
        }
    }
    return key;
}

struct Commitment {
    QByteArray value;
    QString by;
    QByteArray signature;
};

void writeCommitment(storage::MetaStore& meta, const QString& journalId, const crypto::SecretBytes& journalKey,
                     const QString& makerUuid, const crypto::SigningKey& makerKey) {
    const QByteArray value = crypto::journalKeyCommitment(journalKey);
    meta.set(kCommitment, QString::fromLatin1(value.toBase64()));
    meta.set(kCommitmentBy, makerUuid);
    meta.set(kCommitmentSignature,
             QString::fromLatin1(makerKey.sign(crypto::commitmentMessage(journalId, value)).toBase64()));
}

std::optional<Commitment> readCommitment(storage::MetaStore& meta) {
    const auto value = meta.get(kCommitment);
    if (!value) {
        return std::nullopt;
    }
    return Commitment{QByteArray::fromBase64(value->toLatin1()), meta.get(kCommitmentBy).value_or(QString()),
                      QByteArray::fromBase64(meta.get(kCommitmentSignature).value_or(QString()).toLatin1())};
}

bool keysSignatureChecks(const QString& journalId, const storage::PartnerRow& row, const QByteArray& signKey) {
    return crypto::verifySignature(signKey,
                                   crypto::partnerKeysMessage(journalId, row.uuid, row.boxPublicKey, row.signPublicKey),
                                   row.keysSignature);
}

// The commitment must be the journal key's (constant time) and be signed by
// the partner it names, with the key this partner trusts for them: their own,
// the pinned one, or (not pinned yet) the one in the file.
bool commitmentChecks(const Commitment& commitment, const crypto::SecretBytes& journalKey, const QString& journalId,
                      const std::vector<storage::PartnerRow>& rows, const std::optional<QString>& acting,
                      const crypto::SigningSecrets* signing) {
    if (!crypto::commitmentMatches(journalKey, commitment.value)) {
        return false;
    }
    QByteArray makerKey;
    for (const storage::PartnerRow& row : rows) {
        if (row.uuid != commitment.by) {
            continue;
        }
        if (signing && acting && row.uuid == *acting) {
            makerKey = signing->key.publicKey;
        } else if (signing && signing->other.isSet()) {
            makerKey = signing->other.signPublicKey;
        } else {
            makerKey = row.signPublicKey;
        }
    }
    return crypto::verifySignature(makerKey, crypto::commitmentMessage(journalId, commitment.value),
                                   commitment.signature);
}

// The other partner's keys against this partner's pins: the signing key must
// be the pinned one or one their rotations led to from it, and it must have
// signed the box key in the file (so a rotation of theirs passes and a key
// written in by someone else does not).
bool otherKeysMatchPins(const QString& journalId, const storage::PartnerRow& other, const crypto::PinnedKeys& pinned,
                        const std::vector<Succession>& chain) {
    return followSuccession(journalId, other.uuid, pinned.signPublicKey, chain) == other.signPublicKey &&
           keysSignatureChecks(journalId, other, other.signPublicKey);
}

const storage::PartnerRow* findRow(const std::vector<storage::PartnerRow>& rows, const QString& uuid, bool same) {
    for (const storage::PartnerRow& row : rows) {
        if ((row.uuid == uuid) == same) {
            return &row;
        }
    }
    return nullptr;
}

// What an unlock found and what it has to write.
struct Plan {
    crypto::SigningSecrets signing;
    bool writeRecord = false;
    bool writeOwnKeys = false;
    bool writeCommitment = false;
    bool signRows = false;
};

Result<Plan> plan(Journal& journal) {
    auto inside = internals(journal);
    Vault& vault = inside.vault();
    const QString acting = *vault.partnerId();
    const QString journalId = journal.journalId();
    storage::MetaStore meta(inside.database());
    const std::vector<storage::PartnerRow> rows = storage::PartnerStore(inside.database()).all();
    const storage::PartnerRow* own = findRow(rows, acting, true);
    const storage::PartnerRow* other = findRow(rows, acting, false);
    if (!own) {
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("PartnerSigning", "The partner record is missing."));
    }
    const QString name = journal.findPartner(acting) ? journal.findPartner(acting)->name : own->name;

    Plan result;
    const auto stored = meta.get(recordKey(acting));
    if (!stored) {
        if (!own->signPublicKey.isNull()) {
            return makeError(ErrorCode::Tampered,
                             QStringLiteral("%1's signing key is missing from this file (it was removed or "
                                            "damaged); nothing was written.")
                                 .arg(name));
        }
        // Upgraded from schema 1: this partner's first unlock makes the key.
        result.signing.key = crypto::SigningKey::generate();
        result.writeRecord = true;
    } else {
        auto opened =
            vault.open(Visibility::Private, QByteArray::fromBase64(stored->toLatin1()), recordContext(acting));
        if (!opened) {
            return makeError(
                ErrorCode::Tampered,
                QStringLiteral("%1's signing key record in this file was altered; nothing was written.").arg(name));
        }
        auto parsed = crypto::parseSigningSecrets(*opened);
        crypto::wipe(*opened);
        if (!parsed) {
            return parsed.error();
        }
        result.signing = std::move(*parsed);
        if (own->signPublicKey != result.signing.key.publicKey) {
            return makeError(
                ErrorCode::Tampered,
                QStringLiteral("%1's signing public key in this file was changed; nothing was written.").arg(name));
        }
    }

    if (other) {
        if (result.signing.other.isSet()) {
            if (!otherKeysMatchPins(journalId, *other, result.signing.other, readSuccession(meta, other->uuid))) {
                return otherKeysChanged();
            }
            if (other->boxPublicKey != result.signing.other.boxPublicKey ||
                other->signPublicKey != result.signing.other.signPublicKey) {
                // Their own rotation, signed by the key pinned: follow it.
                result.signing.other = crypto::PinnedKeys{other->boxPublicKey, other->signPublicKey};
                result.writeRecord = true;
            }
        } else if (!other->signPublicKey.isNull() && keysSignatureChecks(journalId, *other, other->signPublicKey)) {
            // An upgraded journal: the other partner's keys as they signed them.
            result.signing.other = crypto::PinnedKeys{other->boxPublicKey, other->signPublicKey};
            result.writeRecord = true;
        }
    }

    if (const auto commitment = readCommitment(meta)) {
        if (!commitmentChecks(*commitment, vault.journalKey(), journalId, rows, acting, &result.signing)) {
            return journalKeyReplaced();
        }
    } else {
        result.writeCommitment = true;
    }

    result.writeOwnKeys =
        own->signPublicKey.isNull() || !keysSignatureChecks(journalId, *own, result.signing.key.publicKey);
    result.signRows = !result.signing.rowsSigned;
    return result;
}

} // namespace

void writeSigningAtCreation(storage::Database& db, const QString& journalId,
                            const std::vector<NewPartnerSigning>& partners, const crypto::SecretBytes& journalKey) {
    storage::MetaStore meta(db);
    storage::PartnerStore store(db);
    std::vector<crypto::SigningKey> keys;
    for (size_t i = 0; i < partners.size(); ++i) {
        keys.push_back(crypto::SigningKey::generate());
    }
    for (size_t i = 0; i < partners.size(); ++i) {
        const NewPartnerSigning& p = partners[i];
        crypto::SigningSecrets signing{keys[i].clone(), {}, true}; // a new journal has nothing unsigned
        if (partners.size() == 2) {
            const size_t o = 1 - i;
            signing.other = crypto::PinnedKeys{partners[o].secrets->boxPublicKey, keys[o].publicKey};
        }
        writeRecord(meta, p.secrets->privateKey, p.uuid, signing);
        store.updateSigning(
            p.rowId, keys[i].publicKey,
            keys[i].sign(crypto::partnerKeysMessage(journalId, p.uuid, p.secrets->boxPublicKey, keys[i].publicKey)));
    }
    writeCommitment(meta, journalId, journalKey, partners.front().uuid, keys.front());
}

Result<void> checkSigningAtUnlock(Journal& journal) {
    auto found = plan(journal);
    if (!found) {
        return found.error();
    }
    return {};
}

Result<void> establishSigningAtUnlock(Journal& journal) {
    auto inside = internals(journal);
    Vault& vault = inside.vault();
    auto found = plan(journal);
    if (!found) {
        return found.error();
    }
    if (found->writeRecord || found->writeOwnKeys || found->writeCommitment || found->signRows) {
        const bool newKey = found->writeRecord && !found->signing.rowsSigned;
        try {
            // Decided again under the write lock: another process (the
            // window and the CLI together) may have made the key meanwhile.
            storage::Transaction transaction(inside.database());
            auto again = plan(journal);
            if (!again) {
                return again.error();
            }
            const QString acting = *vault.partnerId();
            storage::MetaStore meta(inside.database());
            if (again->writeOwnKeys) {
                const QByteArray& signKey = again->signing.key.publicKey;
                const QByteArray keys =
                    crypto::partnerKeysMessage(journal.journalId(), acting, vault.secrets()->boxPublicKey, signKey);
                storage::PartnerStore(inside.database())
                    .updateSigning(inside.partnerRowId(acting), signKey, again->signing.key.sign(keys));
            }
            if (again->writeCommitment) {
                writeCommitment(meta, journal.journalId(), vault.journalKey(), acting, again->signing.key);
            }
            if (again->signRows) {
                // Every row written before the key, signed in the same
                // transaction that marks it done (in the record only this
                // partner can seal): a kill half-way signs nothing, and no
                // later unlock signs a row it finds unsigned.
                vault.setSigning(again->signing.clone());
                signAllUnsignedRows(journal);
                again->signing.rowsSigned = true;
            }
            if (again->writeRecord || again->signRows) {
                writeRecord(meta, vault.secrets()->privateKey, acting, again->signing);
            }
            transaction.commit();
            found = std::move(again);
        } catch (const storage::SqlError&) {
            // A file that cannot be written (read-only, full): an upgraded
            // partner has no signing key this session, and nothing signs.
            if (newKey) {
                vault.setSigning(std::nullopt);
                return {};
            }
        }
    }
    vault.setSigning(std::move(found->signing));
    return {};
}

Result<void> checkCommitmentAsReader(Journal& journal) {
    auto inside = internals(journal);
    storage::MetaStore meta(inside.database());
    const auto commitment = readCommitment(meta);
    if (!commitment) {
        return {};
    }
    const std::vector<storage::PartnerRow> rows = storage::PartnerStore(inside.database()).all();
    if (!commitmentChecks(*commitment, inside.vault().journalKey(), journal.journalId(), rows, std::nullopt, nullptr)) {
        return journalKeyReplaced();
    }
    return {};
}

Result<void> checkOtherPartnerKeys(Journal& journal) {
    auto inside = internals(journal);
    const Vault& vault = inside.vault();
    const QString acting = vault.partnerId().value_or(QString());
    const std::vector<storage::PartnerRow> rows = storage::PartnerStore(inside.database()).all();
    const storage::PartnerRow* other = findRow(rows, acting, false);
    if (!other) {
        return {};
    }
    if (vault.signing() && vault.signing()->other.isSet()) {
        storage::MetaStore meta(inside.database());
        if (!otherKeysMatchPins(journal.journalId(), *other, vault.signing()->other,
                                readSuccession(meta, other->uuid))) {
            return otherKeysChanged();
        }
        return {};
    }
    // Nothing pinned: the other partner has not unlocked since an upgrade
    // (no signing key yet), which is all an upgraded journal can know.
    if (!other->signPublicKey.isNull() && !keysSignatureChecks(journal.journalId(), *other, other->signPublicKey)) {
        return otherKeysChanged();
    }
    return {};
}

std::optional<crypto::SigningSecrets> writeSigningAfterRotation(Journal& journal, const crypto::PartnerSecrets& fresh,
                                                                const crypto::SecretBytes& freshJournalKey,
                                                                crypto::SigningKey freshSigning) {
    auto inside = internals(journal);
    const Vault& vault = inside.vault();
    if (!vault.signing()) {
        return std::nullopt; // no signing key this session (a file that could not be written at unlock)
    }
    const QString acting = *vault.partnerId();
    const crypto::SigningSecrets& old = *vault.signing();
    crypto::SigningSecrets next{std::move(freshSigning), old.other, old.rowsSigned};
    storage::MetaStore meta(inside.database());
    writeRecord(meta, fresh.privateKey, acting, next);
    const QByteArray& newKey = next.key.publicKey;
    storage::PartnerStore(inside.database())
        .updateSigning(
            inside.partnerRowId(acting), newKey,
            next.key.sign(crypto::partnerKeysMessage(journal.journalId(), acting, fresh.boxPublicKey, newKey)));
    // The old key vouches for the new one, so that the other partner's pin
    // follows it at their next unlock.
    appendSuccession(meta, acting,
                     Succession{newKey, old.key.sign(crypto::signingKeySuccessionMessage(journal.journalId(), acting,
                                                                                         old.key.publicKey, newKey))});
    writeCommitment(meta, journal.journalId(), freshJournalKey, acting, next.key);
    return next;
}

} // namespace twofold::core
