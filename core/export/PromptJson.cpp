// The prompt part of JsonCodec.h (CLI.md's prompt and theme objects), shared
// by the CLI and the JSON export.
#include "export/JsonCodec.h"

#include <QJsonArray>

namespace twofold::core::json {

QJsonObject toJson(const Prompt& prompt) {
    return QJsonObject{
        {QStringLiteral("id"), prompt.id},
        {QStringLiteral("theme"), prompt.theme},
        {QStringLiteral("depth"), toString(prompt.depth)},
        {QStringLiteral("text"), prompt.text},
        {QStringLiteral("custom"), prompt.custom},
    };
}

QJsonObject toJson(const Answer& answer) {
    return QJsonObject{
        {QStringLiteral("author"), answer.authorName},
        {QStringLiteral("text"), answer.text},
        {QStringLiteral("answered"), isoTime(answer.answered)},
        {QStringLiteral("imported_by"),
         answer.importedByName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(answer.importedByName)},
    };
}

QJsonObject toJson(const PromptWithAnswers& prompt) {
    QJsonObject o = toJson(prompt.prompt);
    QJsonArray answers;
    for (const Answer& a : prompt.answers) {
        answers.append(toJson(a));
    }
    QJsonArray answeredBy;
    for (const QString& name : prompt.answeredBy) {
        answeredBy.append(name);
    }
    o.insert(QStringLiteral("answers"), answers);
    o.insert(QStringLiteral("revealed"), prompt.revealed);
    o.insert(QStringLiteral("answered_by"), answeredBy);
    return o;
}

QJsonObject toJson(const ThemeWithChoices& theme) {
    QJsonObject choices;
    for (const PartnerThemeChoice& c : theme.choices) {
        choices.insert(c.partnerName, toString(c.choice));
    }
    return QJsonObject{
        {QStringLiteral("id"), theme.theme.id},
        {QStringLiteral("name"), theme.theme.name},
        {QStringLiteral("sensitive"), theme.theme.sensitive},
        {QStringLiteral("choices"), choices},
    };
}

QJsonObject toExportJson(const Prompt& prompt, const QDateTime& created, const QDateTime& updated) {
    QJsonObject o = toJson(prompt);
    o.insert(QStringLiteral("author"),
             prompt.authorName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(prompt.authorName));
    o.insert(QStringLiteral("created"), isoTime(created));
    o.insert(QStringLiteral("updated"), isoTime(updated));
    return o;
}

QJsonObject toExportJson(const Answer& answer) {
    QJsonObject o = toJson(answer);
    o.insert(QStringLiteral("id"), answer.id);
    o.insert(QStringLiteral("prompt"), answer.promptId);
    o.insert(QStringLiteral("created"), isoTime(answer.created));
    return o;
}

} // namespace twofold::core::json
