#include "export/ImportContext.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "storage/SignatureStore.h"

#include <QCoreApplication>
#include <QUuid>

namespace twofold::core {

namespace {
// Twofold's namespace for derived ids. Never change it: documents imported
// before would get other ids and be imported a second time.
const QUuid kIdNamespace(QStringLiteral("6f1c9a52-3d7e-4b0a-9c21-5e8f40d2b7a3"));
} // namespace

Result<Partner> ImportContext::author(const QString& name, const QString& where) const {
    for (const Partner& partner : journal.partners()) {
        if (partner.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0) {
            return partner;
        }
    }
    return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                              "ImportContext", "%1 is by \"%2\", who is not a partner in this journal.")
                                              .arg(where, name));
}

std::optional<qint64> ImportContext::importedByFor(const QString& authorId) const {
    if (authorId == importer.id) {
        return std::nullopt;
    }
    return internals(journal).partnerRowId(importer.id);
}

void ImportContext::acceptAsAuthors(const QString& table, qint64 rowId) const {
    storage::SignatureStore(internals(journal).database()).clearImportedBy(table, rowId);
    internals(journal).signAtCommit(table, rowId);
}

QString derivedId(const QString& kind, const QStringList& parts) {
    // The unit separator cannot be typed into a name or a date, so different
    // splits of the same characters give different ids.
    const QString key = kind + QChar(0x1f) + parts.join(QChar(0x1f));
    return QUuid::createUuidV5(kIdNamespace, key.toUtf8()).toString(QUuid::WithoutBraces);
}

} // namespace twofold::core
