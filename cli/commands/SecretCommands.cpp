// passphrase set | rotate-keys: changing the acting partner's secrets.
#include "Context.h"
#include "Registry.h"
#include "journal/Journal.h"
#include "journal/Secrets.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace twofold::cli {

namespace {

using core::ErrorCode;
using core::makeError;

const QString kNewPassphraseFile = QStringLiteral("new-passphrase-file");

void wipe(QByteArray& bytes) {
    std::fill(bytes.begin(), bytes.end(), '\0');
}

// The first line of --new-passphrase-file; the other lines are wiped.
core::Result<QByteArray> newPassphrase(Context& ctx) {
    auto lines = ctx.passphraseLines(kNewPassphraseFile);
    if (!lines) {
        return lines.error();
    }
    QByteArray first =
        lines->isEmpty() ? QByteArray() : QByteArray(lines->constFirst().constData(), lines->constFirst().size());
    for (QByteArray& line : *lines) {
        wipe(line);
    }
    if (first.isEmpty()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("SecretCommands",
                                        "The new passphrase (the first line of --new-passphrase-file) is empty."));
    }
    return first;
}

void printRecoveryCode(Context& ctx, const core::Partner& partner, const core::SecretChange& change) {
    if (!change.recoveryCode.isEmpty()) {
        ctx.println(QCoreApplication::translate("SecretCommands", "New recovery code for %1: %2")
                        .arg(partner.name, change.recoveryCode));
        ctx.println(QCoreApplication::translate(
            "SecretCommands", "It opens the journal like the passphrase and is shown only once: print it or "
                              "write it down and keep it somewhere safe. The old code no longer works."));
    }
    ctx.println(change.notice);
}

int passphraseSet(Context& ctx) {
    if (!ctx.args().has(kNewPassphraseFile)) {
        return ctx.usage(QCoreApplication::translate(
            "SecretCommands", "passphrase set needs --new-passphrase-file FILE (the new passphrase on its "
                              "first line, - for standard input)."));
    }
    auto fresh = newPassphrase(ctx);
    if (!fresh) {
        return ctx.fail(fresh.error());
    }
    QByteArray passphrase = *fresh;
    wipe(*fresh);
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        wipe(passphrase);
        return ctx.fail(journal.error());
    }
    const core::Partner acting = *(*journal)->actingPartner();
    auto change = core::Secrets(**journal).changePassphrase(passphrase);
    wipe(passphrase);
    if (!change) {
        return ctx.fail(change.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("recovery_code"), change->recoveryCode}});
        return kExitOk;
    }
    printRecoveryCode(ctx, acting, *change);
    return kExitOk;
}

int rotateKeys(Context& ctx) {
    auto journal = ctx.openUnlocked(true);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    core::Journal& j = **journal;
    const core::Partner acting = *j.actingPartner();
    QByteArray passphrase;
    if (acting.isProtected) {
        if (j.unlockedWithRecoveryCode()) {
            // The passphrase is presumed forgotten: the new keys need a new one.
            if (!ctx.args().has(kNewPassphraseFile)) {
                return ctx.fail(
                    makeError(ErrorCode::InvalidArgument,
                              QCoreApplication::translate("SecretCommands",
                                                          "The journal was opened with %1's recovery code: give a new "
                                                          "passphrase with --new-passphrase-file FILE to protect the "
                                                          "new keys.")
                                  .arg(acting.name)));
            }
            auto fresh = newPassphrase(ctx);
            if (!fresh) {
                return ctx.fail(fresh.error());
            }
            passphrase = *fresh;
            wipe(*fresh);
        } else {
            if (ctx.args().has(kNewPassphraseFile)) {
                return ctx.fail(makeError(
                    ErrorCode::InvalidArgument,
                    QCoreApplication::translate("SecretCommands",
                                                "rotate-keys keeps the passphrase; change it with 'passphrase "
                                                "set'.")));
            }
            auto current = ctx.passphrase();
            if (!current) {
                return ctx.fail(current.error());
            }
            passphrase = *current;
        }
    }
    auto change = core::Secrets(j).rotateKeys(passphrase);
    wipe(passphrase);
    if (!change) {
        return ctx.fail(change.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("recovery_code"),
             change->recoveryCode.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(change->recoveryCode)},
            {QStringLiteral("reencrypted"), change->valuesResealed},
            {QStringLiteral("older_backups_open_with_old_secret"), change->olderBackupsKeepOldSecret}});
        return kExitOk;
    }
    ctx.println(QCoreApplication::translate("SecretCommands",
                                            "Re-encrypted %1 values with new keys for %2 and a new journal key.")
                    .arg(change->valuesResealed)
                    .arg(acting.name));
    printRecoveryCode(ctx, acting, *change);
    return kExitOk;
}

} // namespace

void registerSecretCommands(Registry& registry) {
    registry.add({QStringLiteral("passphrase set"),
                  QStringLiteral("passphrase set --new-passphrase-file FILE"),
                  {{kNewPassphraseFile}}},
                 QCoreApplication::translate(
                     "SecretCommands",
                     "Set or change your passphrase (the current one from --passphrase-file); prints a new "
                     "recovery code once."),
                 passphraseSet);
    registry.add(
        {QStringLiteral("rotate-keys"),
         QStringLiteral("rotate-keys [--new-passphrase-file FILE]"),
         {{kNewPassphraseFile}}},
        QCoreApplication::translate("SecretCommands",
                                    "New journal key and new keys for you; everything re-encrypted in one transaction "
                                    "(--new-passphrase-file only after opening with the recovery code)."),
        rotateKeys);
}

} // namespace twofold::cli
