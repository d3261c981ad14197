#pragma once

#include "Result.h"
#include "crypto/KeyWrap.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace twofold::core {

class Journal;

// What a change of secrets did, for the front end to tell the person.
struct SecretChange {
    // The acting partner's new recovery code, shown once and never stored;
    // empty when they have no passphrase (rotation without one).
    QString recoveryCode;
    // True when new keys were made and content re-encrypted.
    bool keysRotated = false;
    // Sealed values re-encrypted under the new keys.
    int valuesResealed = 0;
    int rowsResigned = 0; // rows signed again with the new signing key
    // False when the write-ahead log could not be truncated right away
    // (another program holds the journal open); SQLite clears it later.
    bool walTruncated = true;
    // True whenever the secret that opened older backups no longer opens
    // this journal but still opens those backups: the person should be told,
    // and offered to replace them.
    bool olderBackupsKeepOldSecret = true;
    // One or two sentences for people saying the above.
    QString notice;
};

// Changing a partner's secrets: passphrase set/change and key rotation.
// Every method needs the journal unlocked as the acting partner; only that
// partner's own secrets change (the other partner's stay as they are, and
// receive the new journal key sealed to their public key).
class Secrets {
public:
    // `kdf`: the Argon2id cost of new passphrase wraps (tests pass minimum()).
    explicit Secrets(Journal& journal, crypto::KdfLimits kdf = crypto::KdfLimits::moderate())
        : m_journal(journal)
        , m_kdf(kdf) {}

    // Sets or changes the acting partner's passphrase and gives a new recovery
    // code; the old passphrase and the old code stop opening the journal.
    // With a passphrase already set, the same secrets are rewrapped and
    // nothing is re-encrypted. Without one, this is "adding a passphrase":
    // the keys are rotated (as rotateKeys) and the new secrets wrapped, since
    // the old ones lay in the clear in the file and its copies.
    Result<SecretChange> changePassphrase(const QByteArray& newPassphrase);

    // The same, for a person at an unlocked window (issue 16): whoever sits
    // at it must show they know the current passphrase before replacing it,
    // or an unlocked machine left alone for a minute hands the journal over.
    // `current` is checked (WrongPassphrase, nothing changed) unless the
    // partner has none yet, or the journal was opened with the recovery code
    // just now — then the passphrase is presumed forgotten and only a new one
    // is asked for, which also retires that code.
    Result<SecretChange> changePassphrase(const QByteArray& current, const QByteArray& newPassphrase);

    // New journal key and new keys for the acting partner; everything the old
    // keys opened is re-encrypted in one transaction, then the write-ahead
    // log is truncated so the old ciphertexts leave the disk (secure_delete
    // overwrites freed pages).
    //
    // `passphrase` wraps the new secrets of a partner who has one, and a new
    // recovery code is returned. It must be their current passphrase, which is
    // checked — except after an unlock with the recovery code: the current
    // passphrase is then presumed forgotten, and `passphrase` becomes the new
    // one. Ignored (may be empty) for a partner without a passphrase.
    Result<SecretChange> rotateKeys(const QByteArray& passphrase);

private:
    Result<SecretChange> rotate(const std::optional<QByteArray>& wrapWith);

    Journal& m_journal;
    crypto::KdfLimits m_kdf;
};

} // namespace twofold::core
