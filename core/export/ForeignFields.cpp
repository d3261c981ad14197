#include "export/ForeignFields.h"

#include "export/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace twofold::core::foreign_fields {

Result<QJsonObject> rootWithEntries(const QByteArray& json, const QString& what) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("ForeignFields", "it is not JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QStringLiteral("entries")).isArray()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("ForeignFields", "it is not %1 (there is no list of \"entries\").").arg(what));
    }
    return root;
}

Result<QStringList> tagsOf(const QJsonObject& entry, const QString& where, const QString& stripSymbols) {
    auto tags = json_fields::optionalStringList(entry, QStringLiteral("tags"), where);
    if (!tags) {
        return tags.error();
    }
    auto starred = json_fields::optionalBool(entry, QStringLiteral("starred"), where);
    if (!starred) {
        return starred.error();
    }
    QStringList result;
    for (QString tag : tags->value_or(QStringList())) {
        tag = tag.trimmed();
        while (!tag.isEmpty() && stripSymbols.contains(tag.front())) {
            tag.remove(0, 1);
        }
        result.append(tag);
    }
    if (starred->value_or(false)) {
        result.append(QStringLiteral("starred"));
    }
    return result;
}

} // namespace twofold::core::foreign_fields
