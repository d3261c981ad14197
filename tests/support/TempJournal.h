#pragma once

#include "crypto/KeyWrap.h"
#include "journal/Journal.h"

#include <QTemporaryDir>

#include <memory>

namespace twofold::test {

// A journal in a fresh temporary folder, removed afterwards. Passphrases use
// the cheapest Argon2 limits so tests stay fast; the limits are stored per
// wrap, so nothing else differs from a real journal.
struct TempJournal {
    explicit TempJournal(bool protect = false, const QString& a = QStringLiteral("Alex"),
                         const QString& b = QStringLiteral("Sam"));

    QString path() const { return dir.filePath(QStringLiteral("journal.twofold")); }
    // Opens the journal again (a second connection) and unlocks as `who`.
    std::unique_ptr<core::Journal> reopenAs(const QString& who, const QByteArray& passphrase = {}) const;

    QTemporaryDir dir;
    std::unique_ptr<core::Journal> journal;
    QMap<QString, QString> recoveryCodes;
    static QByteArray passphraseFor(const QString& name) {
        return (name + QStringLiteral("-secret-passphrase")).toUtf8();
    }
};

} // namespace twofold::test
