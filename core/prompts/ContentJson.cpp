#include "prompts/ContentJson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

namespace twofold::core::content_json {

Error bad(const QString& file, const QString& problem) {
    return makeError(ErrorCode::Internal, QStringLiteral("The content file %1 is malformed: %2.").arg(file, problem));
}

Result<QJsonObject> readObject(const QByteArray& json, const QString& file) {
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return bad(file,
                   QStringLiteral("it is not valid JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset));
    }
    if (!doc.isObject()) {
        return bad(file, QStringLiteral("it is not a JSON object"));
    }
    return doc.object();
}

Result<QJsonObject> readDocument(const QByteArray& json, const QString& file, const QString& format, int maxVersion) {
    auto object = readObject(json, file);
    if (!object) {
        return object.error();
    }
    if (object->value(QStringLiteral("format")).toString() != format) {
        return bad(file, QStringLiteral("its `format` is not \"%1\"").arg(format));
    }
    const QJsonValue version = object->value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInt()) || version.toInt() < 1) {
        return bad(file, QStringLiteral("its `version` is not a whole number from 1"));
    }
    if (version.toInt() > maxVersion) {
        return bad(file, QStringLiteral("it is format version %1, and this Twofold reads up to version %2")
                             .arg(version.toInt())
                             .arg(maxVersion));
    }
    return object;
}

bool text(const QJsonObject& object, const QString& key, QString& out) {
    const QJsonValue value = object.value(key);
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        return false;
    }
    out = value.toString();
    return true;
}

} // namespace twofold::core::content_json
