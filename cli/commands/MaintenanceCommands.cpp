// backup | verify: keeping the journal file safe.
#include "Context.h"
#include "Registry.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

int backup(Context& ctx) {
    auto journal = ctx.openJournal();
    if (!journal) {
        return ctx.fail(journal.error());
    }
    const QString destination = ctx.args().positional.value(0);
    if (auto done = core::Maintenance(**journal).backup(destination); !done) {
        return ctx.fail(done.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("backup"), destination}});
    } else {
        ctx.println(
            QCoreApplication::translate("MaintenanceCommands",
                                        "Backed up the journal to %1 (checked). It opens with the same passphrases and "
                                        "recovery codes as the journal has now.")
                .arg(destination));
    }
    return kExitOk;
}

int verify(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto report = core::Maintenance(**journal).verify();
    if (!report) {
        return ctx.fail(report.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{
            {QStringLiteral("ok"), report->ok()},
            {QStringLiteral("problem"), report->problem ? QJsonValue(*report->problem) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("partners_checked"), report->partnersChecked},
            {QStringLiteral("values_checked"), report->valuesChecked},
            {QStringLiteral("signatures_checked"), report->signaturesChecked},
            {QStringLiteral("unverified"), QJsonArray::fromStringList(report->unverifiedRows)}});
    }
    if (report->problem) {
        // Damage found is "the journal cannot be opened" as a whole: exit 3,
        // named explicitly since Tampered on its own is a refusal.
        ctx.fail(core::makeError(core::ErrorCode::Corrupt, *report->problem));
        return kExitCannotOpen;
    }
    if (!ctx.json()) {
        ctx.println(QCoreApplication::translate("MaintenanceCommands",
                                                "All is well: the file is intact, %1 partners' key records are "
                                                "sound, %2 sealed values open and %3 rows carry their author's "
                                                "signature.")
                        .arg(report->partnersChecked)
                        .arg(report->valuesChecked)
                        .arg(report->signaturesChecked));
    }
    return kExitOk;
}

} // namespace

void registerMaintenanceCommands(Registry& registry) {
    registry.add({QStringLiteral("backup"), QStringLiteral("backup OUT"), {}, 1, 1},
                 QCoreApplication::translate(
                     "MaintenanceCommands",
                     "A consistent, checked copy of the journal while it may be in use (never overwrites)."),
                 backup);
    registry.add({QStringLiteral("verify"), QStringLiteral("verify"), {}},
                 QCoreApplication::translate(
                     "MaintenanceCommands",
                     "Check the file and open every sealed value you can; exit 3 names the first damaged "
                     "item."),
                 verify);
}

} // namespace twofold::cli
