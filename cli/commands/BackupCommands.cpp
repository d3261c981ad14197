// backup list | backup restore FILE: the automatic rolling backups, over the
// same use case as the window's "Restore from a backup".
#include "Context.h"
#include "Registry.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace twofold::cli {

namespace {

QString entriesPhrase(qint64 count) {
    // "1 entry" apart: English is the source language and has no catalogue of
    // its own to pick the singular from "%n entries".
    return count == 1 ? QCoreApplication::translate("BackupCommands", "1 entry")
                      : QCoreApplication::translate("BackupCommands", "%n entries", nullptr, int(count));
}

QJsonObject copyJson(const core::BackupCopy& copy) {
    return QJsonObject{
        {QStringLiteral("path"), copy.path},
        {QStringLiteral("date"), copy.taken.toOffsetFromUtc(copy.taken.offsetFromUtc()).toString(Qt::ISODate)},
        {QStringLiteral("kind"), core::backupKindWord(copy.kind)},
        {QStringLiteral("bytes"), copy.bytes},
        {QStringLiteral("entries"), copy.entries ? QJsonValue(*copy.entries) : QJsonValue(QJsonValue::Null)}};
}

int list(Context& ctx) {
    auto journal = ctx.openJournal();
    if (!journal) {
        return ctx.fail(journal.error());
    }
    core::RollingBackups backups(**journal);
    auto copies = backups.list();
    if (!copies) {
        return ctx.fail(copies.error());
    }
    if (ctx.json()) {
        QJsonArray items;
        for (const core::BackupCopy& copy : *copies) {
            items.append(copyJson(copy));
        }
        ctx.printJson(items);
        return kExitOk;
    }
    if (copies->empty()) {
        auto folder = backups.folder();
        ctx.println(QCoreApplication::translate("BackupCommands",
                                                "No backups yet in %1; the window makes one each day it is unlocked.")
                        .arg(folder ? *folder : QString()));
        return kExitOk;
    }
    for (const core::BackupCopy& copy : *copies) {
        const QString entries =
            copy.entries ? entriesPhrase(*copy.entries)
                         : QCoreApplication::translate("BackupCommands", "unreadable (damaged or cut short)");
        ctx.println(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(copy.taken.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             core::backupKindWord(copy.kind).leftJustified(14), entries.leftJustified(12),
                             QLocale::c().formattedDataSize(copy.bytes).leftJustified(9), copy.path));
    }
    return kExitOk;
}

int restore(Context& ctx) {
    auto journal = ctx.openJournal();
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString file = ctx.args().positional.value(0);
    auto restored = core::RollingBackups(**journal).restore(file);
    if (!restored) {
        return ctx.fail(restored.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("restored"), file},
                                  {QStringLiteral("entries"), restored->entries},
                                  {QStringLiteral("before_restore"), restored->safetyCopy.path}});
    } else {
        ctx.println(
            QCoreApplication::translate("BackupCommands",
                                        "Restored the journal from %1 (%2). The journal as it was just before is kept "
                                        "in %3.")
                .arg(file, entriesPhrase(restored->entries), restored->safetyCopy.path));
    }
    return kExitOk;
}

} // namespace

void registerBackupCommands(Registry& registry) {
    registry.add({QStringLiteral("backup list"), QStringLiteral("backup list"), {}},
                 QCoreApplication::translate(
                     "BackupCommands", "The automatic rolling backups, newest first: date, kind, entries, size, file."),
                 list);
    registry.add(
        {QStringLiteral("backup restore"), QStringLiteral("backup restore FILE"), {}, 1, 1},
        QCoreApplication::translate("BackupCommands",
                                    "Replace the journal's content with a backup's, after backing up the current state "
                                    "first."),
        restore);
}

} // namespace twofold::cli
