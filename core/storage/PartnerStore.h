#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core::storage {

class Database;

struct PartnerRow {
    qint64 id = 0;
    QString uuid;
    int position = 0;
    QString name;
    QString colour;
    QByteArray boxPublicKey;
    QByteArray journalKeySealed;
    QByteArray secretsPlain;   // null when protected
    QByteArray passphraseWrap; // null when not protected
    QByteArray recoveryWrap;   // null when not protected
    QByteArray signPublicKey;  // Ed25519; null until the partner's first unlock after schema 2
    QByteArray keysSignature;  // the partner's signature over their public keys; null with it
    qint64 created = 0;
    qint64 updated = 0;
    QString device;
};

// SQL for the partner table. Throws SqlError.
class PartnerStore {
public:
    explicit PartnerStore(Database& db)
        : m_db(db) {}

    std::vector<PartnerRow> all();
    void insert(PartnerRow& row); // sets row.id
    // Replaces the key material of one partner (passphrase change, rotation).
    void updateKeys(const PartnerRow& row);
    // The partner's signing public key and their signature over their keys.
    void updateSigning(qint64 id, const QByteArray& signPublicKey, const QByteArray& keysSignature);
    void updateJournalKeySealed(qint64 id, const QByteArray& sealed, qint64 updated, const QString& device);
    void updateProfile(qint64 id, const QString& name, const QString& colour, qint64 updated, const QString& device);

private:
    Database& m_db;
};

// The meta key/value table: journal uuid, device id, creation time.
class MetaStore {
public:
    explicit MetaStore(Database& db)
        : m_db(db) {}
    std::optional<QString> get(const QString& key);
    void set(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace twofold::core::storage
