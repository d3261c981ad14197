#include "export/JsonImport.h"

#include "Clock.h"
#include "export/CheckInImport.h"
#include "export/EntryImport.h"
#include "export/ExportFormat.h"
#include "export/FavouriteImport.h"
#include "export/PromptImport.h"
#include "export/ThemeChoiceImport.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/Prompts.h"
#include "journal/WriteTransaction.h"
#include "prompts/PromptLibrary.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <memory>

namespace twofold::core {

namespace ef = export_format;

ImportCounts ImportSummary::total() const {
    ImportCounts sum;
    for (const auto& list : lists) {
        sum += list.second;
    }
    return sum;
}

namespace {

Error refused(const QString& source, const Error& error) {
    return makeError(
        error.code,
        QCoreApplication::translate("JsonImport", "Nothing was imported from %1: %2").arg(source, error.message));
}

// Checks the envelope: a JSON object of format "twofold" and a version this
// build reads.
Result<QJsonObject> readEnvelope(const QByteArray& json) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("JsonImport", "it is not JSON (%1 at byte %2).")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("JsonImport", "it is not a Twofold export (not a JSON object)."));
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != ef::kFormatName) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("JsonImport", "it is not a Twofold export (\"format\" is not \"twofold\")."));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    const double number = version.toDouble(std::nan(""));
    if (!version.isDouble() || std::floor(number) != number || number < 1) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("JsonImport", "\"version\" must be a whole number from 1."));
    }
    if (number > ef::kVersion) {
        // A refusal of this request (exit 4), not ErrorCode::NewerVersion,
        // which means the journal itself cannot be opened.
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate(
                             "JsonImport", "it was written by a newer Twofold (format version %1; this one reads up "
                                           "to version %2).")
                             .arg(static_cast<qint64>(number))
                             .arg(ef::kVersion));
    }
    return root;
}

// A list of the document: absent or null is an empty list.
Result<QJsonArray> listOf(const QJsonObject& root, QLatin1StringView key) {
    const QJsonValue value = root.value(key);
    if (value.isUndefined() || value.isNull()) {
        return QJsonArray();
    }
    if (!value.isArray()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("JsonImport", "\"%1\" must be a list.").arg(key));
    }
    return value.toArray();
}

// Partners are not created or changed by an import (the journal has its own,
// with their keys); the list is checked for shape only.
Result<void> checkPartners(const QJsonArray& partners) {
    for (int i = 0; i < partners.size(); ++i) {
        const QJsonObject p = partners.at(i).toObject();
        if (!partners.at(i).isObject() || !p.value(QStringLiteral("name")).isString()) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("JsonImport", "partner %1 must be an object with a \"name\".").arg(i + 1));
        }
    }
    return {};
}

} // namespace

Result<ImportSummary> JsonImport::fromFile(const QString& path) {
    QFile file(path);
    if (!file.exists()) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("JsonImport", "There is no file %1 to import.").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            ErrorCode::Io,
            QCoreApplication::translate("JsonImport", "%1 cannot be read: %2.").arg(path, file.errorString()));
    }
    return fromBytes(file.readAll(), path);
}

Result<ImportSummary> JsonImport::fromBytes(const QByteArray& json, const QString& source) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto importer = m_journal.actingPartner();
    if (!importer) {
        return noActingPartnerError();
    }
    auto root = readEnvelope(json);
    if (!root) {
        return refused(source, root.error());
    }
    auto partners = listOf(*root, ef::kPartners);
    if (!partners) {
        return refused(source, partners.error());
    }
    if (auto checked = checkPartners(*partners); !checked) {
        return refused(source, checked.error());
    }
    const ImportContext context{m_journal, *importer, Clock::nowUtc()};
    // In the order they are written: later lists may refer to earlier ones.
    std::vector<std::pair<QLatin1StringView, std::unique_ptr<ListImport>>> lists;
    lists.emplace_back(ef::kEntries, std::make_unique<EntryImport>(context));
    lists.emplace_back(ef::kCheckIns, std::make_unique<CheckInImport>(context));
    auto library = PromptLibrary::builtin();
    if (!library) {
        return library.error();
    }
    auto prompts = std::make_unique<CustomPromptImport>(context, **library);
    auto answers = std::make_unique<AnswerImport>(context, **library, *prompts);
    const AnswerImport& answerImport = *answers;
    auto favourites = std::make_unique<FavouriteImport>(context, **library, *prompts);
    lists.emplace_back(ef::kPrompts, std::move(prompts));
    lists.emplace_back(ef::kAnswers, std::move(answers));
    lists.emplace_back(ef::kThemeChoices, std::make_unique<ThemeChoiceImport>(context, **library));
    lists.emplace_back(ef::kFavourites, std::move(favourites));
    for (auto& [key, list] : lists) {
        auto items = listOf(*root, key);
        if (!items) {
            return refused(source, items.error());
        }
        if (auto parsed = list->parse(*items); !parsed) {
            return refused(source, parsed.error());
        }
    }
    // Answers refer to built-in prompts by their stable id: the journal must
    // hold this version's built-in prompts first (a no-op when it does).
    if (answerImport.needsBuiltins()) {
        if (auto synced = Prompts(m_journal).sync(); !synced) {
            return synced.error();
        }
    }
    return guarded([&]() -> Result<ImportSummary> {
        // The plan reads inside the write transaction, so nothing can change
        // between the checks and the writes.
        WriteTransaction transaction(m_journal);
        for (auto& entry : lists) {
            if (auto planned = entry.second->plan(); !planned) {
                return refused(source, planned.error());
            }
        }
        ImportSummary summary;
        for (auto& [key, list] : lists) {
            summary.lists.emplace_back(QString(key), list->apply());
        }
        transaction.recordEverything();
        transaction.commit();
        return summary;
    });
}

} // namespace twofold::core
