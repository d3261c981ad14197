// search QUERY [--limit N]
#include "Context.h"
#include "Registry.h"
#include "commands/Byline.h"
#include "journal/Journal.h"
#include "journal/Search.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::cli {

namespace {

QJsonObject toJson(const core::search::SearchHit& hit) {
    return QJsonObject{
        {QStringLiteral("kind"), hit.kind},
        {QStringLiteral("id"), hit.id},
        {QStringLiteral("date"),
         hit.date.isValid() ? QJsonValue(hit.date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("author"), hit.author.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hit.author)},
        {QStringLiteral("snippet"), hit.snippet}};
}

int search(Context& ctx) {
    std::optional<int> limit;
    int code = kExitOk;
    if (!ctx.parseInt(QStringLiteral("limit"), 1, core::Search::kMaxLimit, limit, code)) {
        return code;
    }
    // Several words unquoted on the shell are one query.
    const QString query = ctx.args().positional.join(QLatin1Char(' '));
    auto journal = ctx.openUnlocked(false);
    if (!journal) {
        return ctx.fail(journal.error());
    }
    core::Search search(**journal);
    auto hits = search.query(query, limit.value_or(core::Search::kDefaultLimit));
    if (!hits) {
        return ctx.fail(hits.error());
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const auto& hit : *hits) {
            array.append(toJson(hit));
        }
        ctx.printJson(array);
        return kExitOk;
    }
    if (hits->empty()) {
        ctx.println(QCoreApplication::translate("SearchCommands", "No matches."));
    }
    for (const auto& hit : *hits) {
        ctx.println(QStringLiteral("%1  %2  %3  %4  %5")
                        .arg(hit.date.toString(Qt::ISODate), hit.kind,
                             byline(hit.author, hit.importedBy, hit.authorship), hit.id, hit.snippet));
    }
    return kExitOk;
}

} // namespace

void registerSearchCommands(Registry& registry) {
    registry.add(
        {QStringLiteral("search"), QStringLiteral("search QUERY [--limit N]"), {{QStringLiteral("limit")}}, 1, 1000},
        QCoreApplication::translate("SearchCommands",
                                    "Full-text search over what you may read: words, \"phrases\", prefix*, AND/OR/NOT, "
                                    "(groups); matches are marked «like this»."),
        search);
}

} // namespace twofold::cli
