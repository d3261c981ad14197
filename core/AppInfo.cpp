#include "AppInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace twofold::core {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setOrganizationDomain(QStringLiteral("twofold.app"));
    QCoreApplication::setApplicationName(QStringLiteral("twofold"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString defaultJournalPath() {
    const QString fromEnv = qEnvironmentVariable("TWOFOLD_JOURNAL");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.twofold"));
}

QString applicationVersion() {
    return QStringLiteral(TWOFOLD_VERSION);
}

} // namespace twofold::core
