#pragma once

#include "Result.h"
#include "crypto/PartnerKeys.h"
#include "crypto/Sealer.h"
#include "crypto/SigningSecrets.h"
#include "domain/Entry.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace twofold::core {

// The unlocked keys and the one place use cases seal and open values with
// them. Shared writing uses the journal key; private writing the author's
// private-content key, which only the author's own unlock provides.
class Vault {
public:
    Vault() = default;

    void set(std::optional<QString> partnerId, std::optional<crypto::PartnerSecrets> secrets,
             crypto::SecretBytes journalKey);
    void clear();

    bool isOpen() const { return !m_journalKey.empty(); }
    const std::optional<QString>& partnerId() const { return m_partnerId; }
    const crypto::SecretBytes& journalKey() const { return m_journalKey; }
    const std::optional<crypto::PartnerSecrets>& secrets() const { return m_secrets; }
    // The acting partner's signing key and pins (journal/PartnerSigning.h);
    // empty for a reader, and when the file could not be written to make one.
    const std::optional<crypto::SigningSecrets>& signing() const { return m_signing; }
    void setSigning(std::optional<crypto::SigningSecrets> signing) { m_signing = std::move(signing); }

    // Seals with the key the visibility calls for. Private values can only be
    // sealed by their author.
    QByteArray seal(Visibility visibility, const QByteArray& plaintext, const crypto::SealContext& context) const;
    Result<QByteArray> open(Visibility visibility, const QByteArray& sealed, const crypto::SealContext& context) const;

    QByteArray sealText(Visibility visibility, const QString& text, const crypto::SealContext& context) const {
        return seal(visibility, text.toUtf8(), context);
    }
    Result<QString> openText(Visibility visibility, const QByteArray& sealed, const crypto::SealContext& context) const;

    // Whether format-1 values with a subject still open, for shared writing
    // and for the unlocked partner's own (journal/SubjectBinding.h); refused
    // unless told otherwise.
    void setFormat1(crypto::Format1 shared, crypto::Format1 ownPrivate) {
        m_format1Shared = shared;
        m_format1Private = ownPrivate;
    }
    crypto::Format1 format1Shared() const { return m_format1Shared; }
    crypto::Format1 format1Private() const { return m_format1Private; }

private:
    std::optional<QString> m_partnerId;
    std::optional<crypto::PartnerSecrets> m_secrets;
    crypto::SecretBytes m_journalKey;
    std::optional<crypto::SigningSecrets> m_signing;
    crypto::Format1 m_format1Shared = crypto::Format1::Refused;
    crypto::Format1 m_format1Private = crypto::Format1::Refused;
};

} // namespace twofold::core
