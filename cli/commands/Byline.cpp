#include "commands/Byline.h"

#include <QCoreApplication>

namespace twofold::cli {

QString byline(const QString& author, const QString& importedBy, core::Authorship authorship) {
    QString by = author;
    if (!importedBy.isEmpty()) {
        by = QCoreApplication::translate("Byline", "%1 · imported by %2").arg(author, importedBy);
    }
    if (authorship == core::Authorship::Unverified) {
        by = QCoreApplication::translate("Byline", "%1 (not verified as theirs)").arg(by);
    }
    return by;
}

} // namespace twofold::cli
