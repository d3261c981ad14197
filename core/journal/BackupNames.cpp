#include "journal/BackupNames.h"

#include <QRegularExpression>

#include <array>

namespace twofold::core {

namespace {

constexpr std::array kKinds{BackupKind::Daily, BackupKind::Weekly, BackupKind::Manual, BackupKind::BeforeRestore};

const QString kStamp = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString backupKindWord(BackupKind kind) {
    switch (kind) {
    case BackupKind::Daily:
        return QStringLiteral("daily");
    case BackupKind::Weekly:
        return QStringLiteral("weekly");
    case BackupKind::Manual:
        return QStringLiteral("manual");
    case BackupKind::BeforeRestore:
        return QStringLiteral("before-restore");
    }
    return {};
}

QString backupTag(const QString& journalId) {
    QString hex;
    for (const QChar c : journalId.toLower()) {
        if (hex.size() == 8) {
            break;
        }
        if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))) {
            hex.append(c);
        }
    }
    return hex;
}

QString backupFileName(const QString& tag, const BackupName& name) {
    const QString sequence = name.sequence > 0 ? QStringLiteral("-%1").arg(name.sequence) : QString();
    return QStringLiteral("twofold-%1-%2%3.%4.twofold")
        .arg(tag, name.taken.toString(kStamp), sequence, backupKindWord(name.kind));
}

std::optional<BackupName> parseBackupFileName(const QString& tag, const QString& fileName) {
    static const QRegularExpression pattern(QStringLiteral(
        "^twofold-([0-9a-f]{8})-([0-9]{8}-[0-9]{6})(?:-([1-9][0-9]{0,3}))?\\.(daily|weekly|manual|before-restore)"
        "\\.twofold$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch() || match.captured(1) != tag || tag.size() != 8) {
        return std::nullopt;
    }
    BackupName name;
    name.taken = QDateTime::fromString(match.captured(2), kStamp);
    if (!name.taken.isValid()) {
        return std::nullopt;
    }
    name.sequence = match.captured(3).isEmpty() ? 0 : match.captured(3).toInt();
    for (const BackupKind kind : kKinds) {
        if (backupKindWord(kind) == match.captured(4)) {
            name.kind = kind;
        }
    }
    return name;
}

} // namespace twofold::core
