#include "export/JsonExport.h"

#include "Clock.h"
#include "export/ExportFormat.h"
#include "export/JsonCodec.h"
#include "export/SafeFile.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Favourites.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Prompts.h"
#include "storage/PromptStore.h"

#include <QHash>
#include <QJsonDocument>

#include <algorithm>

namespace twofold::core {

namespace ef = export_format;

QJsonArray JsonExport::partners() {
    QJsonArray list;
    for (const Partner& partner : m_journal.partners()) {
        list.append(json::toExportJson(partner));
    }
    return list;
}

Result<QJsonArray> JsonExport::entries() {
    EntryFilter filter;
    filter.trash = EntryFilter::Trash::Include;
    auto entries = Entries(m_journal).list(filter);
    if (!entries) {
        return entries.error();
    }
    // Oldest first reads naturally and keeps the document stable.
    std::reverse(entries->begin(), entries->end());
    QJsonArray list;
    for (const Entry& entry : *entries) {
        list.append(json::toExportJson(entry));
    }
    return list;
}

Result<QJsonArray> JsonExport::checkIns() {
    auto checkIns = CheckIns(m_journal).list();
    if (!checkIns) {
        return checkIns.error();
    }
    // Oldest week first, like entries.
    std::reverse(checkIns->begin(), checkIns->end());
    QJsonArray list;
    for (const CheckIn& checkIn : *checkIns) {
        list.append(json::toExportJson(checkIn, m_journal));
    }
    return list;
}

Result<QJsonArray> JsonExport::customPrompts() {
    auto prompts = Prompts(m_journal).list();
    if (!prompts) {
        return prompts.error();
    }
    // Creation times are not part of a Prompt; the rows have them.
    auto rows = guarded([&]() -> Result<std::vector<storage::PromptRow>> {
        return storage::PromptStore(internals(m_journal).database()).customRows();
    });
    if (!rows) {
        return rows.error();
    }
    QHash<QString, std::pair<qint64, qint64>> times;
    for (const storage::PromptRow& row : *rows) {
        times.insert(row.key, {row.created, row.updated});
    }
    QJsonArray list;
    for (const Prompt& prompt : *prompts) {
        if (!prompt.custom) {
            continue;
        }
        const auto [created, updated] = times.value(prompt.id);
        list.append(json::toExportJson(prompt, QDateTime::fromMSecsSinceEpoch(created, Qt::UTC),
                                       QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC)));
    }
    return list;
}

Result<QJsonArray> JsonExport::answers() {
    auto answers = Prompts(m_journal).readableAnswers();
    if (!answers) {
        return answers.error();
    }
    QJsonArray list;
    for (const Answer& answer : *answers) {
        list.append(json::toExportJson(answer));
    }
    return list;
}

Result<QJsonArray> JsonExport::themeChoices() {
    auto themes = Prompts(m_journal).themes();
    if (!themes) {
        return themes.error();
    }
    QJsonArray list;
    for (const ThemeWithChoices& theme : *themes) {
        list.append(json::toJson(theme));
    }
    return list;
}

Result<QJsonArray> JsonExport::favourites() {
    const auto acting = m_journal.actingPartner();
    auto ids = Favourites(m_journal).ids();
    if (!ids) {
        return ids.error();
    }
    QStringList sorted(ids->begin(), ids->end());
    std::sort(sorted.begin(), sorted.end());
    QJsonArray list;
    for (const QString& id : sorted) {
        list.append(QJsonObject{{QStringLiteral("partner"), acting->name}, {QStringLiteral("prompt"), id}});
    }
    return list;
}

Result<QJsonObject> JsonExport::document() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    auto entryList = entries();
    if (!entryList) {
        return entryList.error();
    }
    auto checkInList = checkIns();
    if (!checkInList) {
        return checkInList.error();
    }
    auto promptList = customPrompts();
    if (!promptList) {
        return promptList.error();
    }
    auto answerList = answers();
    if (!answerList) {
        return answerList.error();
    }
    auto themeList = themeChoices();
    if (!themeList) {
        return themeList.error();
    }
    auto favouriteList = favourites();
    if (!favouriteList) {
        return favouriteList.error();
    }
    const auto acting = m_journal.actingPartner();
    return QJsonObject{
        {QStringLiteral("format"), QString(ef::kFormatName)},
        {QStringLiteral("version"), ef::kVersion},
        {QStringLiteral("exported"), json::isoTime(Clock::nowUtc())},
        {QStringLiteral("exported_by"), acting ? QJsonValue(acting->name) : QJsonValue(QJsonValue::Null)},
        {QString(ef::kPartners), partners()},
        {QString(ef::kEntries), *entryList},
        {QString(ef::kCheckIns), *checkInList},
        {QString(ef::kPrompts), *promptList},
        {QString(ef::kAnswers), *answerList},
        {QString(ef::kThemeChoices), *themeList},
        {QString(ef::kFavourites), *favouriteList},
    };
}

Result<QJsonObject> JsonExport::writeTo(const QString& path) {
    if (auto free = safe_file::refuseExisting(path); !free) {
        return free.error();
    }
    auto doc = document();
    if (!doc) {
        return doc.error();
    }
    const QByteArray bytes = QJsonDocument(*doc).toJson(QJsonDocument::Indented);
    if (auto written = safe_file::write(path, bytes, safe_file::Existing::Refuse); !written) {
        return written.error();
    }
    return doc;
}

} // namespace twofold::core
