#pragma once

#include "Result.h"
#include "crypto/PartnerKeys.h"
#include "crypto/SecretBytes.h"
#include "crypto/SigningSecrets.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace twofold::core {

class Journal;
namespace storage {
class Database;
}

// Each partner's Ed25519 signing key, their pins of the other partner's
// public keys, and the journal key commitment (issue 16; docs/key-model.md).
//
// In the file:
// - partner.sign_public_key and partner.keys_signature (the partner's
//   signature over their box and sign public keys);
// - meta "signing_secrets:<partner uuid>": the partner's signing seed and
//   pins, sealed with their private-content key;
// - meta "journal_key_commitment" (keyed BLAKE2b of the journal key),
//   "journal_key_commitment_by" (who made the key) and
//   "journal_key_commitment_signature" (theirs, over the commitment).

// A partner of a journal being created, with the secrets just made for them.
struct NewPartnerSigning {
    qint64 rowId = 0;
    QString uuid;
    const crypto::PartnerSecrets* secrets = nullptr;
};

// Inside the transaction that creates a journal: a signing key for each
// partner, each pinning the other's keys, and the commitment of `journalKey`
// made by the first partner.
void writeSigningAtCreation(storage::Database& db, const QString& journalId,
                            const std::vector<NewPartnerSigning>& partners, const crypto::SecretBytes& journalKey);

// Right after the journal key was opened for the acting partner (their
// vault set): checks the commitment (constant time) and its maker's
// signature, the acting partner's signing record against their public key,
// and the other partner's keys against the pins; refuses with one sentence
// and writes nothing when any of them fails. Then, in one transaction, makes
// what an upgraded journal lacks (a signing key, the commitment, the pins
// once the other's keys_signature checks, the own keys_signature, the
// signatures of every row the partner wrote before), and puts the signing
// secrets in the vault. Throws storage::SqlError only on reads;
// a file that cannot be written leaves the vault without a signing key.
Result<void> establishSigningAtUnlock(Journal& journal);
// The checks of establishSigningAtUnlock alone, writing nothing: run before
// anything else an unlock may write (the subject-binding reseal).
Result<void> checkSigningAtUnlock(Journal& journal);

// Unlocked as a reader (no acting partner): the commitment, when the file
// has one, must still match the journal key and carry its maker's signature.
Result<void> checkCommitmentAsReader(Journal& journal);

// Before sealing any key to the other partner (rotation, a first
// passphrase): their keys in the file must be the ones pinned, or signed by
// the pinned signing key. "The other partner's keys in this file were
// changed." otherwise. Throws storage::SqlError.
Result<void> checkOtherPartnerKeys(Journal& journal);

// Inside a rotation's transaction, after the acting partner's row got its
// new box key and their rows were signed with `freshSigning`
// (resignOwnRows): puts the new signing key in their record (resealed with
// the new private-content key) and their row, has the old key sign it over
// to the new one (meta "signing_key_succession:<uuid>", which the other
// partner's pin follows), signs their keys and makes the commitment of the
// new journal key theirs. Returns the signing secrets to put in the vault
// once the transaction commits; none when the session has no signing key
// (nothing is changed then). Throws storage::SqlError.
std::optional<crypto::SigningSecrets> writeSigningAfterRotation(Journal& journal, const crypto::PartnerSecrets& fresh,
                                                                const crypto::SecretBytes& freshJournalKey,
                                                                crypto::SigningKey freshSigning);

} // namespace twofold::core
