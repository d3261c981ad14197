// checkin open | answer | agree | show | list
#include "Context.h"
#include "Registry.h"
#include "commands/Byline.h"
#include "export/JsonCodec.h"
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace twofold::cli {

namespace {

// --week as given (empty: this week). A value not shaped YYYY-Www is a
// command-line error; a week that does not exist (2025-W53) is left to core,
// which refuses it as an invalid value.
bool readWeek(Context& ctx, QString& week, int& exitCode) {
    const auto value = ctx.args().value(QStringLiteral("week"));
    if (!value) {
        return true;
    }
    if (!core::IsoWeek::hasWeekShape(*value)) {
        exitCode = ctx.usage(QCoreApplication::translate(
                                 "CheckInCommands", "--week takes an ISO week as YYYY-Www (e.g. 2026-W48), not '%1'.")
                                 .arg(*value));
        return false;
    }
    week = *value;
    return true;
}

// Splits KEY=VALUE; false when it is not of that form.
bool splitPair(const QString& text, QString& key, QString& value) {
    const int eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        return false;
    }
    key = text.left(eq).trimmed();
    value = text.mid(eq + 1);
    return !key.isEmpty();
}

// --rating KEY=N and --field KEY=TEXT. Form errors (no '=', a rating that is
// not a whole number, a key given twice) are command-line errors; unknown
// keys and out-of-range numbers are refused by core.
bool readAnswer(Context& ctx, core::CheckInAnswer& answer, int& exitCode) {
    static const QRegularExpression number(QStringLiteral("^[+-]?\\d{1,9}$"));
    for (const QString& pair : ctx.args().values(QStringLiteral("rating"))) {
        QString key;
        QString value;
        if (!splitPair(pair, key, value) || !number.match(value.trimmed()).hasMatch()) {
            exitCode = ctx.usage(QCoreApplication::translate("CheckInCommands",
                                                             "--rating takes KEY=NUMBER (e.g. happiness=7), not '%1'.")
                                     .arg(pair));
            return false;
        }
        if (answer.ratings.contains(key)) {
            exitCode = ctx.usage(
                QCoreApplication::translate("CheckInCommands", "The rating %1 is given more than once.").arg(key));
            return false;
        }
        answer.ratings.insert(key, value.trimmed().toInt());
    }
    for (const QString& pair : ctx.args().values(QStringLiteral("field"))) {
        QString key;
        QString value;
        if (!splitPair(pair, key, value)) {
            exitCode =
                ctx.usage(QCoreApplication::translate("CheckInCommands",
                                                      "--field takes KEY=TEXT (e.g. \"went_well=the walk\"), not '%1'.")
                              .arg(pair));
            return false;
        }
        if (answer.fields.contains(key)) {
            exitCode = ctx.usage(
                QCoreApplication::translate("CheckInCommands", "The field %1 is given more than once.").arg(key));
            return false;
        }
        answer.fields.insert(key, value);
    }
    if (answer.ratings.isEmpty() && answer.fields.isEmpty()) {
        exitCode = ctx.usage(QCoreApplication::translate("CheckInCommands",
                                                         "Give at least one --rating KEY=0..10 or --field KEY=TEXT."));
        return false;
    }
    return true;
}

QString fieldLabel(const QString& key) {
    // The fields' names for people; the keys themselves (CLI.md) stay as typed.
    if (key == QLatin1String("went_well")) {
        return QCoreApplication::translate("CheckInCommands", "Went well");
    }
    if (key == QLatin1String("appreciations")) {
        return QCoreApplication::translate("CheckInCommands", "Appreciations");
    }
    if (key == QLatin1String("issue")) {
        return QCoreApplication::translate("CheckInCommands", "Issue");
    }
    if (key == QLatin1String("ask")) {
        return QCoreApplication::translate("CheckInCommands", "Ask");
    }
    QString label = key;
    label[0] = label[0].toUpper();
    return label;
}

QString weekSpan(const QString& week) {
    const auto parsed = core::IsoWeek::parse(week);
    if (!parsed) {
        return week;
    }
    return QStringLiteral("%1 (%2 – %3)")
        .arg(week, QLocale().toString(parsed->monday(), QCoreApplication::translate("CheckInCommands", "d MMM")),
             QLocale().toString(parsed->sunday(), QCoreApplication::translate("CheckInCommands", "d MMM yyyy")));
}

void printCheckIn(Context& ctx, core::Journal& journal, const core::CheckIn& c) {
    if (ctx.json()) {
        ctx.printJson(core::json::toJson(c, journal));
        return;
    }
    ctx.println(QCoreApplication::translate("CheckInCommands", "Check-in %1").arg(weekSpan(c.week)));
    if (c.previousAgreements) {
        ctx.println(QCoreApplication::translate("CheckInCommands", "Agreed in %1: %2")
                        .arg(c.previousAgreementsWeek, c.previousAgreements->trimmed()));
    }
    for (const core::Partner& partner : journal.partners()) {
        ctx.println();
        const auto part = std::find_if(c.parts.begin(), c.parts.end(),
                                       [&](const core::CheckInPart& p) { return p.authorId == partner.id; });
        if (part == c.parts.end()) {
            ctx.println(
                c.submittedBy.contains(partner.id)
                    ? QCoreApplication::translate("CheckInCommands", "%1 has answered; shown once both of you have.")
                          .arg(partner.name)
                    : QCoreApplication::translate("CheckInCommands", "%1 has not answered yet.").arg(partner.name));
            continue;
        }
        const QString by = byline(partner.name, part->importedByName, part->authorship);
        ctx.println(part->submitted
                        ? QCoreApplication::translate("CheckInCommands", "%1 — answered %2")
                              .arg(by, part->submitted->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                        : QCoreApplication::translate("CheckInCommands", "%1 — not submitted").arg(by));
        QStringList ratings;
        for (const QString& key : core::checkInRatingKeys()) {
            if (part->ratings.contains(key)) {
                ratings << QStringLiteral("%1 %2").arg(key).arg(part->ratings.value(key));
            }
        }
        if (!ratings.isEmpty()) {
            ctx.println(QStringLiteral("  ") + ratings.join(QStringLiteral(" · ")));
        }
        for (const QString& key : core::checkInFieldKeys()) {
            if (part->fields.contains(key)) {
                ctx.println(QStringLiteral("  %1: %2").arg(fieldLabel(key), part->fields.value(key)));
            }
        }
    }
    ctx.println();
    if (c.agreements) {
        ctx.println(QCoreApplication::translate("CheckInCommands", "Agreements (%1): %2")
                        .arg(byline(c.agreementsByName, QString(), c.agreementsAuthorship), *c.agreements));
    } else {
        ctx.println(QCoreApplication::translate("CheckInCommands", "No agreements yet."));
    }
}

using CheckInWork = std::function<core::Result<core::CheckIn>(core::CheckIns&, const QString& week)>;

// The shape every check-in command shares: read --week, open the journal,
// run, print the check-in.
int runOnWeek(Context& ctx, bool requireActing, const CheckInWork& work) {
    QString week;
    int code = kExitOk;
    if (!readWeek(ctx, week, code)) {
        return code;
    }
    auto journal = ctx.openUnlocked(requireActing);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    core::CheckIns checkIns(**journal);
    auto checkIn = work(checkIns, week);
    if (!checkIn) {
        return ctx.fail(checkIn.error());
    }
    printCheckIn(ctx, **journal, *checkIn);
    return kExitOk;
}

int open(Context& ctx) {
    return runOnWeek(ctx, false, [](core::CheckIns& c, const QString& week) { return c.open(week); });
}

int answer(Context& ctx) {
    core::CheckInAnswer input;
    int code = kExitOk;
    if (!readAnswer(ctx, input, code)) {
        return code;
    }
    return runOnWeek(ctx, true, [&](core::CheckIns& c, const QString& week) { return c.answer(week, input); });
}

int agree(Context& ctx) {
    if (ctx.args().has(QStringLiteral("text")) && ctx.args().has(QStringLiteral("file"))) {
        return ctx.usage(
            QCoreApplication::translate("CheckInCommands", "Give the agreements with --text or --file, not both."));
    }
    QString week;
    int code = kExitOk;
    if (!readWeek(ctx, week, code)) {
        return code;
    }
    auto text = ctx.text();
    if (!text) {
        return ctx.fail(text.error());
    }
    return runOnWeek(ctx, true, [&](core::CheckIns& c, const QString& w) { return c.agree(w, *text); });
}

int show(Context& ctx) {
    return runOnWeek(ctx, false, [](core::CheckIns& c, const QString& week) { return c.get(week); });
}

int list(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto checkIns = core::CheckIns(**journal).list();
    if (!checkIns) {
        return ctx.fail(checkIns.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const core::CheckIn& c : *checkIns) {
            array.append(core::json::toJson(c, **journal));
        }
        ctx.printJson(array);
        return kExitOk;
    }
    if (checkIns->empty()) {
        ctx.println(QCoreApplication::translate("CheckInCommands", "No check-ins yet."));
    }
    for (const core::CheckIn& c : *checkIns) {
        QStringList answered;
        for (const QString& id : c.submittedBy) {
            if (const auto partner = (*journal)->findPartner(id)) {
                answered << partner->name;
            }
        }
        const QString state =
            c.revealed ? QCoreApplication::translate("CheckInCommands", "both answered")
            : answered.isEmpty()
                ? QCoreApplication::translate("CheckInCommands", "not answered yet")
                : QCoreApplication::translate("CheckInCommands", "answered by %1").arg(answered.join(", "));
        QString agreements = c.agreements ? c.agreements->simplified() : QString();
        if (agreements.size() > 50) {
            agreements = agreements.left(49) + QChar(0x2026);
        }
        ctx.println(agreements.isEmpty() ? QStringLiteral("%1  %2").arg(c.week, state)
                                         : QCoreApplication::translate("CheckInCommands", "%1  %2  agreed: %3")
                                               .arg(c.week, state.leftJustified(22), agreements));
    }
    return kExitOk;
}

} // namespace

void registerCheckInCommands(Registry& registry) {
    const OptionSpec week{QStringLiteral("week")};
    registry.add(
        {QStringLiteral("checkin open"), QStringLiteral("checkin open [--week YYYY-Www]"), {week}},
        QCoreApplication::translate("CheckInCommands", "Open (or show) the weekly check-in, this week by default."),
        open);
    registry.add(
        {QStringLiteral("checkin answer"),
         QStringLiteral("checkin answer [--week W] [--rating KEY=0..10 ...] [--field KEY=TEXT ...]"),
         {week, {QStringLiteral("rating"), true, true, true}, {QStringLiteral("field"), true, true, true}}},
        QCoreApplication::translate("CheckInCommands",
                                    "Your part of the check-in; answering again replaces it. Ratings: happiness, "
                                    "connection, heard, affection, intimacy, stress, fairness. Fields: appreciations, "
                                    "went_well, issue, ask."),
        answer);
    registry.add(
        {QStringLiteral("checkin agree"),
         QStringLiteral("checkin agree [--week W] (--text T | --file F | stdin)"),
         {week, {QStringLiteral("text")}, {QStringLiteral("file")}}},
        QCoreApplication::translate("CheckInCommands", "The couple's agreements for the week, shown again next time."),
        agree);
    registry.add({QStringLiteral("checkin show"), QStringLiteral("checkin show [--week W]"), {week}},
                 QCoreApplication::translate("CheckInCommands",
                                             "One check-in; your partner's part shows once you both have answered."),
                 show);
    registry.add({QStringLiteral("checkin list"), QStringLiteral("checkin list"), {}},
                 QCoreApplication::translate("CheckInCommands", "Every check-in, newest first."), list);
}

} // namespace twofold::cli
