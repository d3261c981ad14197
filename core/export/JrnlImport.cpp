#include "export/JrnlImport.h"

#include "export/ForeignFields.h"
#include "export/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTime>

namespace twofold::core {

namespace {

using namespace json_fields;

constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

Result<ForeignEntry> readEntry(const QJsonValue& value, int index) {
    QString where = QCoreApplication::translate("JrnlImport", "Entry %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto day = requiredDay(o, QStringLiteral("date"), where);
    if (!day) {
        return day.error();
    }
    where = QCoreApplication::translate("JrnlImport", "Entry %1 (%2)").arg(index + 1).arg(day->toString(Qt::ISODate));
    auto timeText = optionalString(o, QStringLiteral("time"), where);
    auto title = optionalString(o, QStringLiteral("title"), where);
    auto body = optionalString(o, QStringLiteral("body"), where);
    auto uuid = optionalString(o, QStringLiteral("uuid"), where);
    auto tags = foreign_fields::tagsOf(o, where, QStringLiteral("@#"));
    for (const Error* error :
         {timeText ? nullptr : &timeText.error(), title ? nullptr : &title.error(), body ? nullptr : &body.error(),
          uuid ? nullptr : &uuid.error(), tags ? nullptr : &tags.error()}) {
        if (error) {
            return *error;
        }
    }
    // jrnl writes entries without a time at its default hour; so do we.
    QTime time(9, 0);
    if (*timeText) {
        time = QTime::fromString(**timeText, QStringLiteral("HH:mm"));
        if (!time.isValid()) {
            time = QTime::fromString(**timeText, QStringLiteral("HH:mm:ss"));
        }
        if (!time.isValid()) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("JrnlImport", "%1: \"time\" must be a time of day written HH:MM.")
                    .arg(where));
        }
    }
    ForeignEntry entry;
    entry.where = where;
    entry.day = *day;
    entry.created = QDateTime(*day, time, Qt::LocalTime).toUTC();
    entry.title = title->value_or(QString());
    entry.text = body->value_or(QString()).trimmed();
    entry.tags = *tags;
    const QString sourceUuid = uuid->value_or(QString()).trimmed();
    entry.identity = sourceUuid.isEmpty() ? QStringList{day->toString(Qt::ISODate),
                                                        time.toString(QStringLiteral("HH:mm")), entry.title, entry.text}
                                          : QStringList{sourceUuid.toUpper()};
    return entry;
}

} // namespace

Result<std::vector<ForeignEntry>> readJrnlEntries(const QByteArray& json) {
    auto root = foreign_fields::rootWithEntries(json, QStringLiteral("a jrnl JSON export"));
    if (!root) {
        return root.error();
    }
    const QJsonArray items = root->value(QStringLiteral("entries")).toArray();
    std::vector<ForeignEntry> entries;
    entries.reserve(static_cast<size_t>(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        auto entry = readEntry(items.at(i), i);
        if (!entry) {
            return entry.error();
        }
        entries.push_back(std::move(*entry));
    }
    return entries;
}

Result<ForeignImportSummary> JrnlImport::fromFile(const QString& path, Visibility visibility) {
    auto bytes = readImportFile(path, kMaxFileBytes);
    if (!bytes) {
        return bytes.error();
    }
    return fromBytes(*bytes, visibility, path);
}

Result<ForeignImportSummary> JrnlImport::fromBytes(const QByteArray& json, Visibility visibility,
                                                   const QString& source) {
    auto entries = readJrnlEntries(json);
    if (!entries) {
        return foreignRefusal(source, entries.error());
    }
    return importForeignEntries(m_journal, QStringLiteral("jrnl"), std::move(*entries), visibility, source);
}

} // namespace twofold::core
