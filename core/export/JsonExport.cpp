#include "export/JsonExport.h"

#include "Clock.h"
#include "export/ExportFormat.h"
#include "export/JsonCodec.h"
#include "export/SafeFile.h"
#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Guard.h"
#include "journal/Journal.h"

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

Result<QJsonObject> JsonExport::document() {
    if (!m_journal.isUnlocked()) {
        return lockedError();
    }
    auto entryList = entries();
    if (!entryList) {
        return entryList.error();
    }
    auto checkInList = checkIns();
    if (!checkInList) {
        return checkInList.error();
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
    };
}

Result<QJsonObject> JsonExport::writeTo(const QString& path) {
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
