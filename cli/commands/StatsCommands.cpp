// stats
#include "Context.h"
#include "Registry.h"
#include "domain/CheckIn.h"
#include "journal/Stats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace twofold::cli {

namespace {

QJsonValue numberOrNull(const std::optional<double>& value) {
    // Two decimals are plenty for a 0..10 scale and keep the JSON readable.
    return value ? QJsonValue(std::round(*value * 100.0) / 100.0) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const core::JournalStats& stats) {
    QJsonObject byPartner;
    QJsonObject streaks;
    for (const core::PartnerWriting& p : stats.partners) {
        byPartner.insert(p.name, p.entries);
        streaks.insert(p.name, QJsonObject{
                                   {QStringLiteral("current"), p.currentStreak},
                                   {QStringLiteral("longest"), p.longestStreak},
                                   {QStringLiteral("last_day"), p.lastDay ? QJsonValue(p.lastDay->toString(Qt::ISODate))
                                                                          : QJsonValue(QJsonValue::Null)},
                               });
    }
    QJsonObject trends;
    for (const core::RatingTrend& t : stats.trends) {
        QJsonArray values;
        for (const auto& point : t.values) {
            values.append(QJsonObject{{QStringLiteral("week"), point.week}, {QStringLiteral("value"), point.value}});
        }
        QJsonObject perPartner = trends.value(t.key).toObject();
        perPartner.insert(t.partnerName, QJsonObject{
                                             {QStringLiteral("values"), values},
                                             {QStringLiteral("average_4"), numberOrNull(t.average4)},
                                             {QStringLiteral("average_12"), numberOrNull(t.average12)},
                                             {QStringLiteral("direction"),
                                              t.direction ? QJsonValue(*t.direction) : QJsonValue(QJsonValue::Null)},
                                         });
        trends.insert(t.key, perPartner);
    }
    return QJsonObject{
        {QStringLiteral("entries"),
         QJsonObject{
             {QStringLiteral("total"), stats.totalEntries},
             {QStringLiteral("private"),
              stats.ownPrivateEntries ? QJsonValue(*stats.ownPrivateEntries) : QJsonValue(QJsonValue::Null)},
             {QStringLiteral("by_partner"), byPartner},
         }},
        {QStringLiteral("streaks"), streaks},
        {QStringLiteral("checkins"),
         QJsonObject{{QStringLiteral("total"), stats.checkIns}, {QStringLiteral("revealed"), stats.revealedCheckIns}}},
        {QStringLiteral("trends"), trends},
    };
}

QString days(int n) {
    // "1 day" apart: English, the source language, has no catalogue to pick
    // the singular from "%n days".
    return n == 1 ? QCoreApplication::translate("StatsCommands", "1 day")
                  : QCoreApplication::translate("StatsCommands", "%n days", nullptr, n);
}

QString arrow(const std::optional<QString>& direction) {
    if (!direction) {
        return QString();
    }
    if (*direction == QLatin1String("up")) {
        return QStringLiteral(" ↑");
    }
    if (*direction == QLatin1String("down")) {
        return QStringLiteral(" ↓");
    }
    return QStringLiteral(" →");
}

void printHuman(Context& ctx, const core::JournalStats& stats) {
    QStringList perPartner;
    for (const core::PartnerWriting& p : stats.partners) {
        perPartner << QStringLiteral("%1 %2").arg(p.name).arg(p.entries);
    }
    ctx.println(QCoreApplication::translate("StatsCommands", "Entries: %1 (%2)")
                    .arg(stats.totalEntries)
                    .arg(perPartner.join(QStringLiteral(", "))));
    if (stats.ownPrivateEntries) {
        ctx.println(
            QCoreApplication::translate("StatsCommands", "Your private entries: %1").arg(*stats.ownPrivateEntries));
    }
    ctx.println();
    ctx.println(QCoreApplication::translate("StatsCommands", "Writing streaks:"));
    for (const core::PartnerWriting& p : stats.partners) {
        ctx.println(QCoreApplication::translate("StatsCommands", "  %1: %2 now, longest %3%4")
                        .arg(p.name, days(p.currentStreak), days(p.longestStreak),
                             p.lastDay ? QCoreApplication::translate("StatsCommands", ", last wrote %1")
                                             .arg(p.lastDay->toString(Qt::ISODate))
                                       : QString()));
    }
    ctx.println();
    ctx.println(QCoreApplication::translate("StatsCommands", "Check-ins: %1 opened, %2 answered by both")
                    .arg(stats.checkIns)
                    .arg(stats.revealedCheckIns));
    if (stats.revealedCheckIns == 0) {
        return;
    }
    ctx.println(QCoreApplication::translate("StatsCommands", "Ratings, average of the last 4 / last 12 check-ins:"));
    for (const QString& key : core::checkInRatingKeys()) {
        QString line;
        bool rated = false;
        for (const core::RatingTrend& t : stats.trends) {
            if (t.key != key) {
                continue;
            }
            rated = rated || t.average4.has_value();
            line += t.average4 ? QStringLiteral("  %1 %2 / %3%4")
                                     .arg(t.partnerName)
                                     .arg(*t.average4, 0, 'f', 1)
                                     .arg(*t.average12, 0, 'f', 1)
                                     .arg(arrow(t.direction))
                               : QStringLiteral("  %1 —").arg(t.partnerName);
        }
        // A rating nobody gave would be a line of dashes.
        if (rated) {
            ctx.println(QStringLiteral("  ") + key.leftJustified(11) + line);
        }
    }
}

int stats(Context& ctx) {
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    auto computed = core::Stats(**journal).compute();
    if (!computed) {
        return ctx.fail(computed.error());
    }
    if (ctx.json()) {
        ctx.printJson(toJson(*computed));
    } else {
        printHuman(ctx, *computed);
    }
    return kExitOk;
}

} // namespace

void registerStatsCommands(Registry& registry) {
    registry.add(
        {QStringLiteral("stats"), QStringLiteral("stats"), {}},
        QCoreApplication::translate("StatsCommands", "Entry counts, writing streaks and check-in rating trends."),
        stats);
}

} // namespace twofold::cli
