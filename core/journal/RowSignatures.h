#pragma once

#include "crypto/Sealer.h"
#include "crypto/Signing.h"
#include "domain/Authorship.h"
#include "domain/Entry.h"
#include "journal/SealedValues.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

class Journal;

// One authored row: its signed values and its author's signature.
//
// What is signed (canonical, length-prefixed, crypto::CanonicalWriter):
// "twofold/row-signature/1", the table, the row's uuid, its author, its
// visibility, its day or week, its subject (the theme of a theme choice, the
// prompt of an answer, the theme and depth of a custom prompt, the entry of a
// draft), then for each sealed column in name order the column and its
// plaintext. The signature itself is sealed like the row's values (journal
// key for shared rows, the author's private key for private ones), in the
// row's "signature" column ("agreements_signature" for a check-in's
// agreements): over the plaintext, so that a rotation by the other partner,
// which reseals every shared value, leaves it valid; sealed, so that nobody
// without the key can test guesses of a short value (a theme choice, a
// rating) against it. A row one partner imported in the other's name is
// signed by the importer over "twofold/row-signature/imported/1" with the
// importer after the author: it can neither pass as the author's own nor
// lose its imported_by unnoticed.
struct SignedRow {
    QString table;
    qint64 rowId = 0;
    Visibility visibility = Visibility::Shared;
    crypto::SealContext context; // the row's clear fields; column: the signature column
    std::vector<SealedValue> values;
    QByteArray signature; // sealed; null when none
    QString label;
    // The partner who imported the row in its author's name (imported_by);
    // empty when none. Such a row is signed by its importer, never by the
    // author it names, and says so in what is signed.
    QString importedByUuid;
    const QString& signerUuid() const { return importedByUuid.isEmpty() ? context.authorUuid : importedByUuid; }
};

// Groups signed values (collectSignedValues) by row and reads each row's
// signature. Throws storage::SqlError.
std::vector<SignedRow> groupSignedRows(Journal& journal, const std::vector<SealedValue>& values);
// A row's signature as a sealed value (for rotation and verify).
SealedValue signatureValue(const SignedRow& row);

// The public signing key of each partner as this session trusts it: the
// acting partner's own, the pinned one of the other, or (not pinned: an
// upgraded journal, or a reader) the one in the file when its keys_signature
// checks. A partner without one has not signed anything yet.
class AuthorKeys {
public:
    explicit AuthorKeys(Journal& journal); // throws storage::SqlError
    std::optional<QByteArray> of(const QString& partnerUuid) const;

private:
    QHash<QString, QByteArray> m_keys;
};

// Opens the row's values and signature and checks them. The other partner's
// private rows cannot be opened, and are not asked about.
Authorship checkRow(Journal& journal, const AuthorKeys& keys, const SignedRow& row);
// The same for one row by table and id, for the reading code that shows it.
Authorship checkRow(Journal& journal, const AuthorKeys& keys, const QString& table, qint64 rowId);
// The same for the few rows of one table a page shows (a prompt's answers,
// a week's parts); a row with nothing sealed is absent. Throws storage::SqlError.
QHash<qint64, Authorship> checkRows(Journal& journal, const AuthorKeys& keys, const QString& table,
                                    const QSet<qint64>& rowIds);

// Signs the given rows of the acting partner (the others' stay as they are:
// nobody signs for another). Inside the caller's transaction; throws
// storage::SqlError. Does nothing without a signing key in the vault.
struct RowRef {
    QString table;
    qint64 rowId = 0;
    bool operator==(const RowRef&) const = default;
};
void signRows(Journal& journal, const std::vector<RowRef>& rows);
// Signs every row of the acting partner that has no signature: their first
// unlock with a signing key (journal/PartnerSigning). Returns how many.
int signAllUnsignedRows(Journal& journal);
// A rotation of the acting partner's signing key: signs again with `newKey`
// every row of theirs whose signature checks now (and no other). Inside the
// rotation's transaction, before the values are resealed. Returns how many.
int resignOwnRows(Journal& journal, const crypto::SigningKey& newKey);

} // namespace twofold::core
