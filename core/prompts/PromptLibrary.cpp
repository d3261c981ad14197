#include "prompts/PromptLibrary.h"

#include "prompts/ContentJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <mutex>

namespace twofold::core {

namespace {

using content_json::bad;
using content_json::readDocument;

Result<Theme> parseThemeObject(const QJsonObject& o, const QString& file) {
    Theme t;
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (!o.value(QStringLiteral("id")).isString() ||
        !idShape.match(o.value(QStringLiteral("id")).toString()).hasMatch()) {
        return bad(file, QStringLiteral("the theme needs an `id` in lowercase words joined by hyphens"));
    }
    t.id = o.value(QStringLiteral("id")).toString();
    if (file != t.id + QStringLiteral(".json")) {
        return bad(file, QStringLiteral("the file must be named after its theme id (%1.json)").arg(t.id));
    }
    if (!content_json::text(o, QStringLiteral("name"), t.name) ||
        !content_json::text(o, QStringLiteral("description"), t.description)) {
        return bad(file, QStringLiteral("the theme needs a `name` and a `description` (non-empty text)"));
    }
    const QJsonValue order = o.value(QStringLiteral("order"));
    if (!order.isDouble() || order.toDouble() != static_cast<double>(order.toInt()) || order.toInt() < 1) {
        return bad(file, QStringLiteral("the theme needs an `order` (a whole number from 1)"));
    }
    t.order = order.toInt();
    if (!o.value(QStringLiteral("sensitive")).isBool()) {
        return bad(file, QStringLiteral("the theme needs `sensitive` (true or false)"));
    }
    t.sensitive = o.value(QStringLiteral("sensitive")).toBool();
    return t;
}

Result<Prompt> parsePromptObject(const QJsonValue& value, const Theme& theme, int position, const QString& file) {
    const QString where = QStringLiteral("prompt %1").arg(position);
    if (!value.isObject()) {
        return bad(file, where + QStringLiteral(" is not an object"));
    }
    const QJsonObject o = value.toObject();
    Prompt p;
    p.theme = theme.id;
    const QString expectedId = QStringLiteral("%1-%2").arg(theme.id).arg(position, 3, 10, QLatin1Char('0'));
    p.id = o.value(QStringLiteral("id")).toString();
    if (p.id != expectedId) {
        return bad(file, QStringLiteral("%1 must have the id %2 (ids are numbered from 001 in file order), not '%3'")
                             .arg(where, expectedId, p.id));
    }
    const auto depth = depthFromString(o.value(QStringLiteral("depth")).toString());
    if (!depth) {
        return bad(file, QStringLiteral("%1 needs a `depth` of light, deeper or deepest").arg(p.id));
    }
    p.depth = *depth;
    if (!content_json::text(o, QStringLiteral("text"), p.text)) {
        return bad(file, QStringLiteral("%1 needs a `text`").arg(p.id));
    }
    if (!o.value(QStringLiteral("care")).isBool() || !o.value(QStringLiteral("explicit")).isBool()) {
        return bad(file, QStringLiteral("%1 needs `care` and `explicit` (true or false)").arg(p.id));
    }
    p.care = o.value(QStringLiteral("care")).toBool();
    p.isExplicit = o.value(QStringLiteral("explicit")).toBool();
    // Optional since the revised library; absent means the prompt is live.
    const QJsonValue retired = o.value(QStringLiteral("retired"));
    if (!retired.isUndefined() && !retired.isBool()) {
        return bad(file, QStringLiteral("%1 has a `retired` that is not true or false").arg(p.id));
    }
    p.retired = retired.toBool(false);
    const QJsonValue replacedBy = o.value(QStringLiteral("replaced_by"));
    if (!replacedBy.isUndefined()) {
        if (!p.retired || !replacedBy.isString() || replacedBy.toString().isEmpty()) {
            return bad(file, QStringLiteral("%1 has a `replaced_by`, which only a retired prompt may have, naming a "
                                            "prompt id")
                                 .arg(p.id));
        }
        p.replacedBy = replacedBy.toString();
    }
    return p;
}

QString fingerprintOf(const std::vector<Prompt>& prompts) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const Prompt& p : prompts) {
        hash.addData(QStringLiteral("%1|%2|%3\n").arg(p.id, p.theme, toString(p.depth)).toUtf8());
    }
    return QString::fromLatin1(hash.result().toHex().left(16));
}

} // namespace

Result<std::pair<Theme, std::vector<Prompt>>> PromptLibrary::parseTheme(const QByteArray& json,
                                                                        const QString& fileName) {
    auto doc = readDocument(json, fileName, QStringLiteral("twofold-prompts"), kFormatVersion);
    if (!doc) {
        return doc.error();
    }
    if (!doc->value(QStringLiteral("theme")).isObject()) {
        return bad(fileName, QStringLiteral("it has no `theme` object"));
    }
    auto theme = parseThemeObject(doc->value(QStringLiteral("theme")).toObject(), fileName);
    if (!theme) {
        return theme.error();
    }
    const QJsonValue list = doc->value(QStringLiteral("prompts"));
    if (!list.isArray() || list.toArray().isEmpty()) {
        return bad(fileName, QStringLiteral("it needs a non-empty `prompts` list"));
    }
    std::vector<Prompt> prompts;
    int position = 0;
    for (const QJsonValue& value : list.toArray()) {
        auto prompt = parsePromptObject(value, *theme, ++position, fileName);
        if (!prompt) {
            return prompt.error();
        }
        prompts.push_back(std::move(*prompt));
    }
    return std::make_pair(std::move(*theme), std::move(prompts));
}

Result<QHash<QString, QString>> PromptLibrary::parseTranslation(const QByteArray& json, const QString& fileName) {
    auto object = content_json::readObject(json, fileName);
    if (!object) {
        return object.error();
    }
    QHash<QString, QString> texts;
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
            return bad(fileName, QStringLiteral("the translation of %1 is not a non-empty text").arg(it.key()));
        }
        texts.insert(it.key(), it.value().toString());
    }
    return texts;
}

QStringList PromptLibrary::languagesFor(const QLocale& locale) {
    QStringList languages;
    for (const QString& tag : locale.uiLanguages()) {
        QString clean = tag;
        clean.replace(QLatin1Char('_'), QLatin1Char('-'));
        if (!languages.contains(clean)) {
            languages.append(clean);
        }
        const QString base = clean.section(QLatin1Char('-'), 0, 0);
        if (!languages.contains(base)) {
            languages.append(base);
        }
    }
    return languages;
}

Result<PromptLibrary> PromptLibrary::load(const QString& dir, const QStringList& languages) {
    PromptLibrary library;
    const QDir folder(dir);
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        return makeError(ErrorCode::Internal, QStringLiteral("No prompt themes were found in %1.").arg(dir));
    }
    QSet<int> orders;
    QSet<QString> names;
    for (const QString& name : files) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return bad(name, QStringLiteral("it cannot be read"));
        }
        auto parsed = parseTheme(file.readAll(), name);
        if (!parsed) {
            return parsed.error();
        }
        const Theme& theme = parsed->first;
        if (orders.contains(theme.order)) {
            return bad(name, QStringLiteral("another theme already has the order %1").arg(theme.order));
        }
        if (names.contains(theme.name.toCaseFolded())) {
            return bad(name, QStringLiteral("another theme is already called '%1'").arg(theme.name));
        }
        orders.insert(theme.order);
        names.insert(theme.name.toCaseFolded());
        library.m_themes.push_back(theme);
        for (Prompt& p : parsed->second) {
            library.m_prompts.push_back(std::move(p));
        }
    }
    std::sort(library.m_themes.begin(), library.m_themes.end(),
              [](const Theme& a, const Theme& b) { return a.order < b.order; });
    QHash<QString, int> themeRank;
    for (size_t i = 0; i < library.m_themes.size(); ++i) {
        themeRank.insert(library.m_themes[i].id, static_cast<int>(i));
    }
    std::stable_sort(library.m_prompts.begin(), library.m_prompts.end(), [&](const Prompt& a, const Prompt& b) {
        return themeRank.value(a.theme) < themeRank.value(b.theme);
    });
    for (qsizetype i = 0; i < static_cast<qsizetype>(library.m_prompts.size()); ++i) {
        const QString& id = library.m_prompts[static_cast<size_t>(i)].id;
        if (library.m_promptIndex.contains(id)) {
            return makeError(ErrorCode::Internal, QStringLiteral("The prompt id %1 is used twice.").arg(id));
        }
        library.m_promptIndex.insert(id, i);
    }
    for (const Prompt& p : library.m_prompts) {
        if (p.replacedBy.isEmpty()) {
            continue;
        }
        const Prompt* next = library.prompt(p.replacedBy);
        if (!next || next->retired || next->theme != p.theme) {
            return makeError(ErrorCode::Internal,
                             QStringLiteral("The retired prompt %1 is replaced by %2, which is not a live prompt of "
                                            "the same theme.")
                                 .arg(p.id, p.replacedBy));
        }
    }
    // The fingerprint is about which prompts exist, not their wording, so it
    // is taken before a translation changes the texts.
    library.m_fingerprint = fingerprintOf(library.m_prompts);

    for (const QString& language : languages) {
        if (language.isEmpty() || language == QLatin1String("en") || language.startsWith(QLatin1String("en-"))) {
            break;
        }
        const QDir translations(folder.filePath(QStringLiteral("translations/") + language));
        if (!translations.exists()) {
            continue;
        }
        for (const Theme& theme : library.m_themes) {
            QFile file(translations.filePath(theme.id + QStringLiteral(".json")));
            if (!file.exists()) {
                continue; // the whole theme stays in English
            }
            const QString shown = language + QLatin1Char('/') + theme.id + QStringLiteral(".json");
            if (!file.open(QIODevice::ReadOnly)) {
                return bad(shown, QStringLiteral("it cannot be read"));
            }
            auto texts = parseTranslation(file.readAll(), shown);
            if (!texts) {
                return texts.error();
            }
            for (auto it = texts->constBegin(); it != texts->constEnd(); ++it) {
                const auto index = library.m_promptIndex.constFind(it.key());
                // Ids the English file does not have are ignored (FORMAT.md).
                if (index != library.m_promptIndex.constEnd() &&
                    library.m_prompts[static_cast<size_t>(*index)].theme == theme.id) {
                    library.m_prompts[static_cast<size_t>(*index)].text = it.value();
                }
            }
        }
        library.m_language = language;
        break;
    }
    return library;
}

Result<const PromptLibrary*> PromptLibrary::builtin() {
    static std::once_flag once;
    static std::optional<Result<PromptLibrary>> loaded;
    std::call_once(once, [] { loaded.emplace(load(resourceDir(), languagesFor(QLocale()))); });
    if (!loaded->has_value()) {
        return loaded->error();
    }
    return &loaded->value();
}

QString PromptLibrary::careNote() {
    return QCoreApplication::translate("twofold::core::PromptLibrary",
                                       "This one may touch something tender. It's fine to skip it, or to take it "
                                       "slowly; a counsellor can help with what's hard to talk about alone.");
}

const Theme* PromptLibrary::theme(const QString& idOrName) const {
    const QString wanted = idOrName.trimmed();
    for (const Theme& t : m_themes) {
        if (t.id.compare(wanted, Qt::CaseInsensitive) == 0 || t.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return &t;
        }
    }
    return nullptr;
}

const Prompt* PromptLibrary::prompt(const QString& id) const {
    const auto index = m_promptIndex.constFind(id.trimmed());
    return index == m_promptIndex.constEnd() ? nullptr : &m_prompts[static_cast<size_t>(*index)];
}

} // namespace twofold::core
