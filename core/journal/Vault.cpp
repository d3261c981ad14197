#include "journal/Vault.h"

#include <QCoreApplication>

#include <cstdlib>

namespace twofold::core {

void Vault::set(std::optional<QString> partnerId, std::optional<crypto::PartnerSecrets> secrets,
                crypto::SecretBytes journalKey) {
    m_partnerId = std::move(partnerId);
    m_secrets = std::move(secrets);
    m_journalKey = std::move(journalKey);
}

void Vault::clear() {
    m_partnerId.reset();
    m_secrets.reset(); // SecretBytes wipe themselves
    m_signing.reset();
    m_journalKey.clear();
    m_format1Shared = crypto::Format1::Refused;
    m_format1Private = crypto::Format1::Refused;
}

QByteArray Vault::seal(Visibility visibility, const QByteArray& plaintext, const crypto::SealContext& context) const {
    if (visibility == Visibility::Private) {
        // Use cases check authorship first; reaching here without the author's
        // keys is a programming error, not a user error.
        if (!m_secrets || context.authorUuid != m_partnerId) {
            std::abort();
        }
        return crypto::seal(m_secrets->privateKey, plaintext, context);
    }
    return crypto::seal(m_journalKey, plaintext, context);
}

Result<QByteArray> Vault::open(Visibility visibility, const QByteArray& sealed,
                               const crypto::SealContext& context) const {
    if (visibility == Visibility::Private) {
        if (!m_secrets || context.authorUuid != m_partnerId) {
            return makeError(ErrorCode::Forbidden,
                             QCoreApplication::translate("Vault", "This is the other partner's private writing."));
        }
        return crypto::open(m_secrets->privateKey, sealed, context, m_format1Private);
    }
    return crypto::open(m_journalKey, sealed, context, m_format1Shared);
}

Result<QString> Vault::openText(Visibility visibility, const QByteArray& sealed,
                                const crypto::SealContext& context) const {
    auto bytes = open(visibility, sealed, context);
    if (!bytes) {
        return bytes.error();
    }
    return QString::fromUtf8(*bytes);
}

} // namespace twofold::core
