// init and partners: creating a journal and saying who is in it.
#include "Context.h"
#include "Registry.h"
#include "export/JsonCodec.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

using core::ErrorCode;
using core::makeError;

int init(Context& ctx) {
    const QStringList names = ctx.args().values(QStringLiteral("partner"));
    if (names.isEmpty() || names.size() > 2) {
        return ctx.usage(QCoreApplication::translate("JournalCommands", "init takes --partner NAME once or twice."));
    }
    core::JournalSetup setup;
    const bool protect = ctx.args().has(QStringLiteral("protect"));
    QList<QByteArray> passphrases;
    if (protect) {
        auto lines = ctx.passphraseLines(QStringLiteral("passphrase-file"));
        if (!lines) {
            return ctx.fail(lines.error());
        }
        passphrases = *lines;
        if (passphrases.size() < names.size()) {
            return ctx.fail(
                makeError(ErrorCode::InvalidArgument,
                          QCoreApplication::translate("JournalCommands",
                                                      "--protect needs one passphrase per partner, one per line of "
                                                      "--passphrase-file.")));
        }
    }
    for (int i = 0; i < names.size(); ++i) {
        core::PartnerSetup partner;
        partner.name = names[i];
        if (protect) {
            partner.passphrase = passphrases[i];
        }
        setup.partners.push_back(partner);
    }
    auto created = core::Journal::create(ctx.journalPath(), setup);
    for (QByteArray& p : passphrases) {
        std::fill(p.begin(), p.end(), '\0');
    }
    if (!created) {
        return ctx.fail(created.error());
    }
    if (ctx.json()) {
        QJsonObject codes;
        for (auto it = created->recoveryCodes.cbegin(); it != created->recoveryCodes.cend(); ++it) {
            codes.insert(it.key(), it.value());
        }
        ctx.printJson(
            QJsonObject{{QStringLiteral("journal"), ctx.journalPath()}, {QStringLiteral("recovery_codes"), codes}});
        return kExitOk;
    }
    ctx.println(QCoreApplication::translate("JournalCommands", "Created the journal %1 for %2.")
                    .arg(ctx.journalPath(), names.join(QCoreApplication::translate("JournalCommands", " and "))));
    if (protect) {
        for (auto it = created->recoveryCodes.cbegin(); it != created->recoveryCodes.cend(); ++it) {
            ctx.println(
                QCoreApplication::translate("JournalCommands", "Recovery code for %1: %2").arg(it.key(), it.value()));
        }
        ctx.println(QCoreApplication::translate(
            "JournalCommands", "Each code opens the journal like its partner's passphrase. It is shown only "
                               "once: print it or write it down and keep it somewhere safe."));
    } else {
        ctx.println(QCoreApplication::translate(
            "JournalCommands", "No passphrases were set: anyone with the file can read it. Set one with "
                               "'twofold-cli --as NAME passphrase set'."));
    }
    return kExitOk;
}

int partners(Context& ctx) {
    auto journal = ctx.openJournal();
    if (!journal) {
        return ctx.fail(journal.error());
    }
    if (ctx.json()) {
        QJsonArray list;
        for (const core::Partner& p : (*journal)->partners()) {
            list.append(core::json::toJson(p));
        }
        ctx.printJson(list);
        return kExitOk;
    }
    for (const core::Partner& p : (*journal)->partners()) {
        ctx.println(QStringLiteral("%1\t%2").arg(
            p.name, p.isProtected ? QCoreApplication::translate("JournalCommands", "protected by a passphrase")
                                  : QCoreApplication::translate("JournalCommands", "no passphrase")));
    }
    return kExitOk;
}

} // namespace

void registerJournalCommands(Registry& registry) {
    registry.add({QStringLiteral("init"),
                  QStringLiteral("init --partner NAME --partner NAME [--protect]"),
                  {{QStringLiteral("partner"), true, true}, {QStringLiteral("protect"), false}}},
                 QCoreApplication::translate("JournalCommands",
                                             "Create a new journal for two partners (with --protect, passphrases from "
                                             "--passphrase-file, one line per partner)."),
                 init);
    registry.add({QStringLiteral("partners"), QStringLiteral("partners"), {}},
                 QCoreApplication::translate("JournalCommands", "List the partners and whether each has a passphrase."),
                 partners);
}

} // namespace twofold::cli
