#include "journal/RowSignatures.h"

#include "crypto/Signing.h"
#include "crypto/Sodium.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Vault.h"
#include "storage/PartnerStore.h"
#include "storage/SignatureStore.h"

#include <QMap>

#include <algorithm>
#include <map>

namespace twofold::core {

namespace {

// Up to this many rows of a table, their signatures are read row by row.
constexpr int kRowsReadOneByOne = 32;

QString signatureColumn(const QString& table) {
    return table == QLatin1String("checkin") ? QStringLiteral("agreements_signature") : QStringLiteral("signature");
}

// The canonical message over a row whose values are open (`plain`, in the
// order of row.values, which groupSignedRows sorts by column).
QByteArray message(const SignedRow& row, const std::vector<QByteArray>& plain) {
    const bool imported = !row.importedByUuid.isEmpty();
    crypto::CanonicalWriter writer(imported ? "twofold/row-signature/imported/1" : "twofold/row-signature/1");
    writer.add(row.table).add(row.context.rowUuid).add(row.context.authorUuid);
    if (imported) {
        writer.add(row.importedByUuid);
    }
    writer.add(row.context.visibility).add(row.context.period).add(row.context.subject);
    for (size_t i = 0; i < row.values.size(); ++i) {
        writer.add(row.values[i].column).add(plain[i]);
    }
    return writer.bytes();
}

void wipeAll(std::vector<QByteArray>& plain) {
    for (QByteArray& p : plain) {
        crypto::wipe(p);
    }
}

// Every value of the row opened, or nothing when one does not open.
std::optional<std::vector<QByteArray>> openAll(const Vault& vault, const SignedRow& row) {
    std::vector<QByteArray> plain;
    for (const SealedValue& value : row.values) {
        auto opened = vault.open(value.visibility, value.sealed, value.context);
        if (!opened) {
            wipeAll(plain);
            return std::nullopt;
        }
        plain.push_back(std::move(*opened));
    }
    return plain;
}

// The row's canonical message, its values opened for it and wiped again;
// nothing when a value does not open. The caller wipes the message.
std::optional<QByteArray> openedMessage(const Vault& vault, const SignedRow& row) {
    auto plain = openAll(vault, row);
    if (!plain) {
        return std::nullopt;
    }
    QByteArray signed_ = message(row, *plain);
    wipeAll(*plain);
    return signed_;
}

// The row's message when its signature checks with the key `keys` trust for
// its signer; nothing otherwise (no key, no signature, a value or the
// signature that does not open, or one that does not check). The caller
// wipes the message.
std::optional<QByteArray> checkedMessage(const Vault& vault, const AuthorKeys& keys, const SignedRow& row) {
    const auto key = keys.of(row.signerUuid());
    if (!key || row.signature.isNull()) {
        return std::nullopt;
    }
    const auto signature = vault.open(row.visibility, row.signature, row.context);
    if (!signature) {
        return std::nullopt;
    }
    auto signed_ = openedMessage(vault, row);
    if (signed_ && !crypto::verifySignature(*key, *signed_, *signature)) {
        crypto::wipe(*signed_);
        return std::nullopt;
    }
    return signed_;
}

bool isActingPartners(const Vault& vault, const SignedRow& row) {
    return vault.partnerId() && row.signerUuid() == *vault.partnerId();
}

// Signs the row's message with `key` and writes the sealed signature.
void writeSignature(Journal& journal, const SignedRow& row, const crypto::SigningKey& key, const QByteArray& signed_) {
    SignedRow target = row;
    target.signature = internals(journal).vault().seal(row.visibility, key.sign(signed_), row.context);
    writeSealedValue(journal, signatureValue(target), target.signature);
}

// Signs one row of the acting partner with `key`.
bool signOne(Journal& journal, const SignedRow& row, const crypto::SigningKey& key) {
    const Vault& vault = internals(journal).vault();
    if (!isActingPartners(vault, row)) {
        return false;
    }
    auto signed_ = openedMessage(vault, row);
    if (!signed_) {
        return false; // a value that does not open is verify's to name; nothing to sign
    }
    writeSignature(journal, row, key, *signed_);
    crypto::wipe(*signed_);
    return true;
}

} // namespace

std::vector<SignedRow> groupSignedRows(Journal& journal, const std::vector<SealedValue>& values) {
    std::map<std::pair<QString, qint64>, SignedRow> rows;
    for (const SealedValue& value : values) {
        SignedRow& row = rows[{value.table, value.rowId}];
        if (row.values.empty()) {
            row.table = value.table;
            row.rowId = value.rowId;
            row.visibility = value.visibility;
            row.context = value.context;
            row.context.column = signatureColumn(value.table);
            row.label = value.label;
        }
        row.values.push_back(value);
    }
    storage::SignatureStore store(internals(journal).database());
    // A few rows (one saved, one shown) are read one by one; many (verify,
    // a whole table) in one pass over the table.
    QMap<QString, int> rowsPerTable;
    for (const auto& [key, row] : rows) {
        ++rowsPerTable[key.first];
    }
    QMap<QString, QHash<qint64, QByteArray>> signatures;
    QMap<QString, QHash<qint64, qint64>> importers;
    std::vector<SignedRow> out;
    out.reserve(rows.size());
    for (auto& [key, row] : rows) {
        qint64 importer = 0;
        if (rowsPerTable.value(row.table) <= kRowsReadOneByOne) {
            row.signature = store.one(row.table, row.rowId);
            importer = store.importerOf(row.table, row.rowId).value_or(0);
        } else {
            if (!signatures.contains(row.table)) {
                signatures.insert(row.table, store.all(row.table));
                importers.insert(row.table, store.importers(row.table));
            }
            row.signature = signatures[row.table].value(row.rowId);
            importer = importers[row.table].value(row.rowId);
        }
        if (importer) {
            row.importedByUuid = internals(journal).partnerIdForRow(importer);
            if (row.importedByUuid.isEmpty()) {
                row.importedByUuid = QStringLiteral("?"); // no such partner: signed by nobody
            }
        }
        std::sort(row.values.begin(), row.values.end(),
                  [](const SealedValue& a, const SealedValue& b) { return a.column < b.column; });
        out.push_back(std::move(row));
    }
    return out;
}

SealedValue signatureValue(const SignedRow& row) {
    return SealedValue{row.table, row.context.column, row.rowId, row.visibility, row.context, row.signature, row.label};
}

AuthorKeys::AuthorKeys(Journal& journal) {
    const Vault& vault = internals(journal).vault();
    for (const storage::PartnerRow& row : storage::PartnerStore(internals(journal).database()).all()) {
        if (vault.partnerId() && row.uuid == *vault.partnerId()) {
            if (vault.signing()) {
                m_keys.insert(row.uuid, vault.signing()->key.publicKey);
            }
        } else if (vault.signing() && vault.signing()->other.isSet()) {
            m_keys.insert(row.uuid, vault.signing()->other.signPublicKey);
        } else if (!row.signPublicKey.isNull() &&
                   crypto::verifySignature(
                       row.signPublicKey,
                       crypto::partnerKeysMessage(journal.journalId(), row.uuid, row.boxPublicKey, row.signPublicKey),
                       row.keysSignature)) {
            m_keys.insert(row.uuid, row.signPublicKey);
        } else if (!row.signPublicKey.isNull()) {
            // A signing key whose keys_signature does not check signs nothing.
            m_keys.insert(row.uuid, QByteArray());
        }
    }
}

std::optional<QByteArray> AuthorKeys::of(const QString& partnerUuid) const {
    const auto it = m_keys.constFind(partnerUuid);
    if (it == m_keys.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

Authorship checkRow(Journal& journal, const AuthorKeys& keys, const SignedRow& row) {
    if (!keys.of(row.signerUuid()) && row.signature.isNull()) {
        return Authorship::Unsigned;
    }
    auto signed_ = checkedMessage(internals(journal).vault(), keys, row);
    if (!signed_) {
        return Authorship::Unverified;
    }
    crypto::wipe(*signed_);
    return Authorship::Verified;
}

Authorship checkRow(Journal& journal, const AuthorKeys& keys, const QString& table, qint64 rowId) {
    std::vector<SealedValue> values;
    collectRowSignedValues(journal, table, rowId, values);
    for (const SignedRow& row : groupSignedRows(journal, values)) {
        if (row.table == table && row.rowId == rowId) {
            return checkRow(journal, keys, row);
        }
    }
    return Authorship::Unverified;
}

QHash<qint64, Authorship> checkRows(Journal& journal, const AuthorKeys& keys, const QString& table,
                                    const QSet<qint64>& rowIds) {
    QHash<qint64, Authorship> checked;
    if (rowIds.isEmpty()) {
        return checked;
    }
    // Row by row, so that showing one week or one prompt's answers does not
    // read the whole table.
    std::vector<SealedValue> wanted;
    for (const qint64 rowId : rowIds) {
        collectRowSignedValues(journal, table, rowId, wanted);
    }
    for (const SignedRow& row : groupSignedRows(journal, wanted)) {
        checked.insert(row.rowId, checkRow(journal, keys, row));
    }
    return checked;
}

void signRows(Journal& journal, const std::vector<RowRef>& refs) {
    const Vault& vault = internals(journal).vault();
    if (refs.empty() || !vault.signing()) {
        return;
    }
    QMap<QString, std::vector<qint64>> byTable;
    for (const RowRef& ref : refs) {
        std::vector<qint64>& ids = byTable[ref.table];
        if (std::find(ids.begin(), ids.end(), ref.rowId) == ids.end()) {
            ids.push_back(ref.rowId); // a row named twice is read and signed once
        }
    }
    for (auto it = byTable.cbegin(); it != byTable.cend(); ++it) {
        std::vector<SealedValue> values;
        for (const qint64 id : it.value()) {
            collectRowSignedValues(journal, it.key(), id, values);
        }
        for (const SignedRow& row : groupSignedRows(journal, values)) {
            if (row.table == it.key()) {
                signOne(journal, row, vault.signing()->key);
            }
        }
    }
}

int signAllUnsignedRows(Journal& journal) {
    const Vault& vault = internals(journal).vault();
    if (!vault.signing()) {
        return 0;
    }
    int count = 0;
    for (const SignedRow& row : groupSignedRows(journal, collectSignedValues(journal))) {
        if (row.signature.isNull() && signOne(journal, row, vault.signing()->key)) {
            ++count;
        }
    }
    return count;
}

int resignOwnRows(Journal& journal, const crypto::SigningKey& newKey) {
    const Vault& vault = internals(journal).vault();
    if (!vault.signing() || !vault.partnerId()) {
        return 0;
    }
    const AuthorKeys keys(journal);
    int count = 0;
    for (const SignedRow& row : groupSignedRows(journal, collectSignedValues(journal))) {
        if (!isActingPartners(vault, row)) {
            continue;
        }
        // Only what is theirs now: a row someone slipped in under their name
        // (unsigned, or under a signature that does not check) must not
        // become theirs by their rotation. Opened once, checked, signed.
        auto signed_ = checkedMessage(vault, keys, row);
        if (!signed_) {
            continue;
        }
        writeSignature(journal, row, newKey, *signed_);
        crypto::wipe(*signed_);
        ++count;
    }
    return count;
}

} // namespace twofold::core
