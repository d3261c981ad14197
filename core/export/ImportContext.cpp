#include "export/ImportContext.h"

#include "journal/Journal.h"

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

QString derivedId(const QString& kind, const QStringList& parts) {
    // The unit separator cannot be typed into a name or a date, so different
    // splits of the same characters give different ids.
    const QString key = kind + QChar(0x1f) + parts.join(QChar(0x1f));
    return QUuid::createUuidV5(kIdNamespace, key.toUtf8()).toString(QUuid::WithoutBraces);
}

} // namespace twofold::core
