#include "backups/BackupWords.h"

#include <QCoreApplication>
#include <QLocale>

namespace twofold::ui::backupwords {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("twofold::ui::backupwords", text);
}
} // namespace

QString kind(core::BackupKind kind) {
    switch (kind) {
    case core::BackupKind::Daily:
        return tr("Daily");
    case core::BackupKind::Weekly:
        return tr("Weekly");
    case core::BackupKind::Manual:
        return tr("Made by hand");
    case core::BackupKind::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

QString entries(std::optional<qint64> count) {
    if (!count) {
        return tr("Cannot be read");
    }
    return *count == 1 ? tr("1 entry") : tr("%1 entries").arg(QLocale().toString(*count));
}

QString when(const QDateTime& taken) {
    return QLocale().toString(taken.date(), tr("dddd d MMMM yyyy")) + QStringLiteral(", ") +
           QLocale().toString(taken.time(), QStringLiteral("HH:mm"));
}

QString dailyFailed(const QString& sentence) {
    return tr("Today's backup was not made: %1 Your journal itself is fine; Twofold tries again the next time you "
              "unlock.")
        .arg(sentence);
}

} // namespace twofold::ui::backupwords
