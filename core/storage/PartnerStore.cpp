#include "storage/PartnerStore.h"

#include "storage/Database.h"
#include "storage/Statement.h"

namespace twofold::core::storage {

std::vector<PartnerRow> PartnerStore::all() {
    Statement s(
        m_db, "SELECT id, uuid, position, name, colour, box_public_key, journal_key_sealed, secrets_plain, "
              "passphrase_wrap, recovery_wrap, created, updated, device, sign_public_key, keys_signature FROM partner "
              "WHERE deleted_at IS NULL ORDER BY position");
    std::vector<PartnerRow> rows;
    while (s.step()) {
        PartnerRow r;
        r.id = s.int64(0);
        r.uuid = s.text(1);
        r.position = s.integer(2);
        r.name = s.text(3);
        r.colour = s.text(4);
        r.boxPublicKey = s.blob(5);
        r.journalKeySealed = s.blob(6);
        r.secretsPlain = s.blob(7);
        r.passphraseWrap = s.blob(8);
        r.recoveryWrap = s.blob(9);
        r.created = s.int64(10);
        r.updated = s.int64(11);
        r.device = s.text(12);
        r.signPublicKey = s.blob(13);
        r.keysSignature = s.blob(14);
        rows.push_back(std::move(r));
    }
    return rows;
}

void PartnerStore::insert(PartnerRow& row) {
    Statement s(m_db, "INSERT INTO partner (uuid, position, name, colour, box_public_key, journal_key_sealed, "
                      "secrets_plain, passphrase_wrap, recovery_wrap, created, updated, device) "
                      "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    s.bind(1, row.uuid)
        .bind(2, row.position)
        .bind(3, row.name)
        .bind(4, row.colour)
        .bind(5, row.boxPublicKey)
        .bind(6, row.journalKeySealed)
        .bind(7, row.secretsPlain)
        .bind(8, row.passphraseWrap)
        .bind(9, row.recoveryWrap)
        .bind(10, row.created)
        .bind(11, row.updated)
        .bind(12, row.device);
    s.run();
    row.id = m_db.lastInsertRowId();
}

void PartnerStore::updateKeys(const PartnerRow& row) {
    Statement s(m_db, "UPDATE partner SET box_public_key=?, journal_key_sealed=?, secrets_plain=?, passphrase_wrap=?, "
                      "recovery_wrap=?, updated=?, device=? WHERE id=?");
    s.bind(1, row.boxPublicKey)
        .bind(2, row.journalKeySealed)
        .bind(3, row.secretsPlain)
        .bind(4, row.passphraseWrap)
        .bind(5, row.recoveryWrap)
        .bind(6, row.updated)
        .bind(7, row.device)
        .bind(8, row.id);
    s.run();
}

void PartnerStore::updateSigning(qint64 id, const QByteArray& signPublicKey, const QByteArray& keysSignature) {
    Statement s(m_db, "UPDATE partner SET sign_public_key=?, keys_signature=? WHERE id=?");
    s.bind(1, signPublicKey).bind(2, keysSignature).bind(3, id);
    s.run();
}

void PartnerStore::updateJournalKeySealed(qint64 id, const QByteArray& sealed, qint64 updated, const QString& device) {
    Statement s(m_db, "UPDATE partner SET journal_key_sealed=?, updated=?, device=? WHERE id=?");
    s.bind(1, sealed).bind(2, updated).bind(3, device).bind(4, id);
    s.run();
}

void PartnerStore::updateProfile(qint64 id, const QString& name, const QString& colour, qint64 updated,
                                 const QString& device) {
    Statement s(m_db, "UPDATE partner SET name=?, colour=?, updated=?, device=? WHERE id=?");
    s.bind(1, name).bind(2, colour).bind(3, updated).bind(4, device).bind(5, id);
    s.run();
}

std::optional<QString> MetaStore::get(const QString& key) {
    Statement s(m_db, "SELECT value FROM meta WHERE key=?");
    s.bind(1, key);
    if (s.step()) {
        return s.text(0);
    }
    return std::nullopt;
}

void MetaStore::set(const QString& key, const QString& value) {
    Statement s(m_db,
                "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value");
    s.bind(1, key).bind(2, value);
    s.run();
}

} // namespace twofold::core::storage
