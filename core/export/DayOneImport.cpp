#include "export/DayOneImport.h"

#include "export/ForeignFields.h"
#include "export/JsonFields.h"
#include "export/ZipReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>

namespace twofold::core {

namespace {

using namespace json_fields;

constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

// Day One escapes Markdown punctuation in plain text ("Hello\. World"); in
// the text that is valid Markdown and stays, but a title is plain text.
QString withoutEscapes(const QString& text) {
    static const QRegularExpression escape(QStringLiteral(R"(\\([!-/:-@\[-`{-~]))"));
    return QString(text).replace(escape, QStringLiteral("\\1"));
}

QString mediaNote(const QString& kind) {
    if (kind == QLatin1String("video")) {
        return QStringLiteral("*(A video from Day One, not imported.)*");
    }
    if (kind == QLatin1String("audio")) {
        return QStringLiteral("*(An audio recording from Day One, not imported.)*");
    }
    if (kind == QLatin1String("pdf")) {
        return QStringLiteral("*(A PDF from Day One, not imported.)*");
    }
    return QStringLiteral("*(A photo from Day One, not imported.)*");
}

Result<QDateTime> requiredUtc(const QJsonObject& o, const QString& key, const QString& where) {
    auto text = requiredString(o, key, where);
    if (!text) {
        return text.error();
    }
    const QDateTime time = QDateTime::fromString(*text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("DayOneImport", "%1: \"%2\" must be a date and time like 2017-06-28T15:38:37Z.")
                .arg(where, key));
    }
    return time.toUTC();
}

Result<ForeignEntry> readEntry(const QJsonValue& value, int index, const QString& file) {
    const QString prefix = file.isEmpty() ? QString() : file + QStringLiteral(", ");
    QString where = QCoreApplication::translate("DayOneImport", "%1entry %2").arg(prefix).arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto uuid = requiredString(o, QStringLiteral("uuid"), where);
    if (!uuid) {
        return uuid.error();
    }
    where = QCoreApplication::translate("DayOneImport", "%1entry %2 (%3)").arg(prefix).arg(index + 1).arg(*uuid);
    auto created = requiredUtc(o, QStringLiteral("creationDate"), where);
    if (!created) {
        return created.error();
    }
    std::optional<QDateTime> modified;
    if (o.contains(QStringLiteral("modifiedDate")) && !o.value(QStringLiteral("modifiedDate")).isNull()) {
        auto parsed = requiredUtc(o, QStringLiteral("modifiedDate"), where);
        if (!parsed) {
            return parsed.error();
        }
        modified = *parsed;
    }
    auto zoneName = optionalString(o, QStringLiteral("timeZone"), where);
    auto text = optionalString(o, QStringLiteral("text"), where);
    auto tags = foreign_fields::tagsOf(o, where);
    for (const Error* error :
         {zoneName ? nullptr : &zoneName.error(), text ? nullptr : &text.error(), tags ? nullptr : &tags.error()}) {
        if (error) {
            return *error;
        }
    }
    // The day the person lived it: the creation time in the entry's own zone
    // (an entry written at 23:30 in Tokyo belongs to that Tokyo day).
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (*zoneName) {
        zone = QTimeZone((*zoneName)->toUtf8());
        if (!zone.isValid()) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("DayOneImport", "%1: \"timeZone\" \"%2\" is not a time zone.")
                                 .arg(where, **zoneName));
        }
    }
    const DayOneText parts = dayOneText(text->value_or(QString()));
    ForeignEntry entry;
    entry.where = where.at(0).toUpper() + where.mid(1);
    entry.identity = QStringList{uuid->trimmed().toUpper()};
    entry.day = created->toTimeZone(zone).date();
    entry.created = *created;
    entry.updated = modified;
    entry.title = parts.title;
    entry.text = parts.text;
    entry.tags = *tags;
    return entry;
}

} // namespace

DayOneText dayOneText(const QString& markdown) {
    static const QRegularExpression media(
        QStringLiteral(R"(!\[[^\]\n]*\]\(dayone-moment:/{1,2}(?:(video|audio|pdf)/)?[^)\s]*\))"));
    static const QRegularExpression heading(QStringLiteral(R"(^#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$)"));
    QString text = markdown;
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    QString replaced;
    qsizetype last = 0;
    for (auto it = media.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        replaced += QStringView(text).mid(last, match.capturedStart() - last);
        replaced += mediaNote(match.captured(1));
        last = match.capturedEnd();
    }
    replaced += QStringView(text).mid(last);
    text = replaced.trimmed();

    DayOneText result;
    const qsizetype newline = text.indexOf(QLatin1Char('\n'));
    const QString firstLine = newline < 0 ? text : text.left(newline);
    const QRegularExpressionMatch match = heading.match(firstLine);
    if (match.hasMatch()) {
        result.title = withoutEscapes(match.captured(1)).trimmed();
        result.text = newline < 0 ? QString() : text.mid(newline + 1).trimmed();
    } else {
        result.text = text;
    }
    return result;
}

Result<std::vector<ForeignEntry>> readDayOneEntries(const QByteArray& json, const QString& file) {
    auto root = foreign_fields::rootWithEntries(json, QStringLiteral("a Day One JSON export"));
    if (!root) {
        return file.isEmpty() ? root.error()
                              : makeError(root.error().code, file + QStringLiteral(" ") + root.error().message);
    }
    const QJsonArray items = root->value(QStringLiteral("entries")).toArray();
    std::vector<ForeignEntry> entries;
    entries.reserve(static_cast<size_t>(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        auto entry = readEntry(items.at(i), i, file);
        if (!entry) {
            return entry.error();
        }
        entries.push_back(std::move(*entry));
    }
    return entries;
}

Result<ForeignImportSummary> DayOneImport::fromFile(const QString& path, Visibility visibility) {
    QFile probe(path);
    if (!probe.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("DayOneImport", "There is no file %1 to import.").arg(path));
    }
    if (!probe.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("DayOneImport", "%1 cannot be read: %2.").arg(path, probe.errorString()));
    }
    if (!looksLikeZip(probe.read(4))) {
        auto bytes = readImportFile(path, kMaxFileBytes);
        if (!bytes) {
            return bytes.error();
        }
        return fromBytes(*bytes, visibility, path);
    }
    probe.close();
    // Day One writes one JSON file per journal at the top of the archive;
    // photos and other media sit in folders beside them and are not read.
    const auto topLevelJson = [](const QString& name) {
        return !name.contains(QLatin1Char('/')) && name.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    };
    auto members = readZipMembers(path, topLevelJson, kMaxFileBytes);
    if (!members) {
        return foreignRefusal(path, members.error());
    }
    if (members->empty()) {
        return foreignRefusal(
            path, makeError(ErrorCode::InvalidArgument,
                            QCoreApplication::translate("DayOneImport",
                                                        "it is not a Day One export (there is no JSON file at "
                                                        "the top of the archive).")));
    }
    std::vector<ForeignEntry> entries;
    for (const ZipMember& member : *members) {
        auto read = readDayOneEntries(member.bytes, member.name);
        if (!read) {
            return foreignRefusal(path, read.error());
        }
        std::move(read->begin(), read->end(), std::back_inserter(entries));
    }
    return importForeignEntries(m_journal, QStringLiteral("dayone"), std::move(entries), visibility, path);
}

Result<ForeignImportSummary> DayOneImport::fromBytes(const QByteArray& json, Visibility visibility,
                                                     const QString& source) {
    auto entries = readDayOneEntries(json);
    if (!entries) {
        return foreignRefusal(source, entries.error());
    }
    return importForeignEntries(m_journal, QStringLiteral("dayone"), std::move(*entries), visibility, source);
}

} // namespace twofold::core
