#include "export/ThemeChoiceImport.h"

#include "export/JsonFields.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "journal/PromptRows.h"
#include "prompts/PromptLibrary.h"
#include "storage/ThemeChoiceStore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

namespace twofold::core {

namespace {

using namespace json_fields;

ThemeChoice defaultChoice(const Theme& theme) {
    return theme.sensitive ? ThemeChoice::NotNow : ThemeChoice::Yes;
}

} // namespace

Result<ThemeChoiceImport::Item> ThemeChoiceImport::parseItem(const QJsonValue& value, int index) {
    QString where = QCoreApplication::translate("ThemeChoiceImport", "Theme %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto id = requiredString(o, QStringLiteral("id"), where);
    if (!id) {
        return id.error();
    }
    auto theme = prompt_rows::findTheme(m_library, *id);
    if (!theme) {
        return makeError(theme.error().code, QStringLiteral("%1: %2").arg(where, theme.error().message));
    }
    where = QCoreApplication::translate("ThemeChoiceImport", "The theme %1").arg(theme->id);
    auto choices = optionalObject(o, QStringLiteral("choices"), where);
    if (!choices) {
        return choices.error();
    }
    Item item;
    item.theme = *theme;
    const QJsonObject object = choices->value_or(QJsonObject());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        auto partner = m_context.author(it.key(), where);
        if (!partner) {
            return partner.error();
        }
        const auto choice = themeChoiceFromString(it.value().toString());
        if (!it.value().isString() || !choice) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ThemeChoiceImport", "%1: %2's choice must be \"yes\" or \"not-now\".")
                    .arg(where, partner->name));
        }
        if (item.choices.contains(partner->id)) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("ThemeChoiceImport", "%1 has two choices by %2.")
                                 .arg(where, partner->name));
        }
        item.choices.insert(partner->id, *choice);
    }
    return item;
}

Result<void> ThemeChoiceImport::parse(const QJsonArray& items) {
    QSet<QString> seen;
    for (int i = 0; i < items.size(); ++i) {
        auto item = parseItem(items.at(i), i);
        if (!item) {
            return item.error();
        }
        if (seen.contains(item->theme.id)) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("ThemeChoiceImport", "Theme %1 (%2) appears twice in the file.")
                    .arg(i + 1)
                    .arg(item->theme.id));
        }
        seen.insert(item->theme.id);
        m_items.push_back(std::move(*item));
    }
    return {};
}

Result<void> ThemeChoiceImport::plan() {
    Journal& journal = m_context.journal;
    // Every partner's explicit choices; absent ones are the theme's default.
    QHash<QPair<qint64, QString>, ThemeChoice> explicitChoices;
    for (const storage::ThemeChoiceRow& row : storage::ThemeChoiceStore(internals(journal).database()).all()) {
        auto choice = prompt_codec::openChoice(journal, row);
        if (!choice) {
            return choice.error();
        }
        explicitChoices.insert(qMakePair(row.partnerId, row.theme), *choice);
    }
    const qint64 importerRow = internals(journal).partnerRowId(m_context.importer.id);
    for (const Theme& theme : m_library.themes()) {
        m_current.insert(theme.id, explicitChoices.value(qMakePair(importerRow, theme.id), defaultChoice(theme)));
    }
    for (Item& item : m_items) {
        for (auto it = item.choices.constBegin(); it != item.choices.constEnd(); ++it) {
            const auto key = qMakePair(internals(journal).partnerRowId(it.key()), item.theme.id);
            const bool chosen = explicitChoices.contains(key);
            const ThemeChoice current = explicitChoices.value(key, defaultChoice(item.theme));
            if (current == it.value()) {
                continue;
            }
            if (it.key() == m_context.importer.id && !chosen) {
                item.apply = true;
                m_current.insert(item.theme.id, it.value());
            } else {
                item.skipped = true;
            }
        }
    }
    return {};
}

ImportCounts ThemeChoiceImport::apply() {
    ImportCounts counts;
    bool any = false;
    for (const Item& item : m_items) {
        any = any || item.apply;
        ++(item.apply ? counts.updated : item.skipped ? counts.skipped : counts.unchanged);
    }
    if (!any) {
        return counts;
    }
    Journal& journal = m_context.journal;
    storage::ThemeChoiceStore store(internals(journal).database());
    const qint64 me = internals(journal).partnerRowId(m_context.importer.id);
    const qint64 now = m_context.importTime.toMSecsSinceEpoch();
    for (const Theme& theme : m_library.themes()) {
        auto row = store.find(me, theme.id);
        const bool exists = row.has_value();
        if (!exists) {
            row.emplace();
            row->uuid = derivedId(QStringLiteral("theme_choice"), {m_context.importer.id, theme.id});
            row->partnerId = me;
            row->theme = theme.id;
        }
        row->updated = now;
        row->device = internals(journal).deviceId();
        row->choice = prompt_codec::sealChoice(journal, *row, m_current.value(theme.id, defaultChoice(theme)));
        if (exists) {
            store.update(*row);
        } else {
            store.insert(*row);
        }
        internals(journal).signAtCommit(QStringLiteral("theme_choice"), row->id);
    }
    return counts;
}

} // namespace twofold::core
