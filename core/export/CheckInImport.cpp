#include "export/CheckInImport.h"

#include "export/JsonFields.h"
#include "journal/CheckInCodec.h"
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace twofold::core {

namespace {

using namespace json_fields;

Error withWhere(const QString& where, const Error& error) {
    return makeError(error.code, QStringLiteral("%1: %2").arg(where, error.message));
}

qint64 ms(const QDateTime& time) {
    return time.toMSecsSinceEpoch();
}

} // namespace

Result<CheckInImport::Part> CheckInImport::parsePart(const QString& name, const QJsonValue& value,
                                                     const QString& where) {
    auto author = m_context.author(name, where);
    if (!author) {
        return author.error();
    }
    const QString partWhere = QCoreApplication::translate("CheckInImport", "%1, %2's part").arg(where, author->name);
    if (!value.isObject()) {
        return notAnObject(partWhere);
    }
    const QJsonObject o = value.toObject();
    auto ratings = optionalObject(o, QStringLiteral("ratings"), partWhere);
    auto fields = optionalObject(o, QStringLiteral("fields"), partWhere);
    auto submitted = optionalTime(o, QStringLiteral("submitted"), partWhere);
    auto updated = optionalTime(o, QStringLiteral("updated"), partWhere);
    for (const Error* error : {ratings ? nullptr : &ratings.error(), fields ? nullptr : &fields.error(),
                               submitted ? nullptr : &submitted.error(), updated ? nullptr : &updated.error()}) {
        if (error) {
            return *error;
        }
    }
    CheckInAnswer answer;
    const QJsonObject ratingObject = ratings->value_or(QJsonObject());
    for (auto it = ratingObject.constBegin(); it != ratingObject.constEnd(); ++it) {
        auto rating = optionalInt(ratingObject, it.key(), kMinRating, kMaxRating, partWhere);
        if (!rating) {
            return rating.error();
        }
        if (*rating) {
            answer.ratings.insert(it.key(), **rating);
        }
    }
    const QJsonObject fieldObject = fields->value_or(QJsonObject());
    for (auto it = fieldObject.constBegin(); it != fieldObject.constEnd(); ++it) {
        auto field = optionalString(fieldObject, it.key(), partWhere);
        if (!field) {
            return field.error();
        }
        if (*field) {
            answer.fields.insert(it.key(), **field);
        }
    }
    auto clean = CheckIns::validateAnswer(answer);
    if (!clean) {
        return withWhere(partWhere, clean.error());
    }
    Part part;
    part.author = *author;
    part.answer = *clean;
    part.submitted = *submitted;
    part.hasUpdated = updated->has_value();
    part.updated = updated->value_or(submitted->value_or(m_context.importTime));
    return part;
}

Result<CheckInImport::Item> CheckInImport::parseItem(const QJsonValue& value, int index) {
    QString where = QCoreApplication::translate("CheckInImport", "Check-in %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto weekText = requiredString(o, QStringLiteral("week"), where);
    if (!weekText) {
        return weekText.error();
    }
    auto week = IsoWeek::parse(weekText->trimmed());
    if (!week) {
        return withWhere(where, week.error());
    }
    Item item;
    item.week = week->toString();
    where = QCoreApplication::translate("CheckInImport", "The check-in of %1").arg(item.week);
    auto id = optionalUuid(o, QStringLiteral("id"), where);
    auto created = optionalTime(o, QStringLiteral("created"), where);
    auto updated = optionalTime(o, QStringLiteral("updated"), where);
    auto parts = optionalObject(o, QStringLiteral("parts"), where);
    auto agreements = optionalString(o, QStringLiteral("agreements"), where);
    auto agreementsBy = optionalString(o, QStringLiteral("agreements_by"), where);
    for (const Error* error :
         {id ? nullptr : &id.error(), created ? nullptr : &created.error(), updated ? nullptr : &updated.error(),
          parts ? nullptr : &parts.error(), agreements ? nullptr : &agreements.error(),
          agreementsBy ? nullptr : &agreementsBy.error()}) {
        if (error) {
            return *error;
        }
    }
    item.id = id->value_or(derivedId(QStringLiteral("checkin"), {item.week}));
    item.created = created->value_or(m_context.importTime);
    item.updated = updated->value_or(m_context.importTime);
    item.hasUpdated = updated->has_value();
    QSet<QString> authors;
    const QJsonObject partObject = parts->value_or(QJsonObject());
    for (auto it = partObject.constBegin(); it != partObject.constEnd(); ++it) {
        auto part = parsePart(it.key(), it.value(), where);
        if (!part) {
            return part.error();
        }
        if (authors.contains(part->author.id)) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("CheckInImport", "%1 has two parts by %2.").arg(where, part->author.name));
        }
        authors.insert(part->author.id);
        item.parts.push_back(std::move(*part));
    }
    if (*agreements) {
        if ((*agreements)->trimmed().isEmpty() || (*agreements)->toUtf8().size() > CheckIns::kMaxTextBytes) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate("CheckInImport",
                                                         "%1: \"agreements\" must be text of at most 64 KiB, or null.")
                                 .arg(where));
        }
        item.agreements = **agreements;
        item.agreementsBy = m_context.importer;
        if (*agreementsBy) {
            auto by = m_context.author(**agreementsBy, where);
            if (!by) {
                return by.error();
            }
            item.agreementsBy = *by;
        }
    }
    return item;
}

Result<void> CheckInImport::parse(const QJsonArray& items) {
    QSet<QString> weeks;
    QSet<QString> ids;
    for (int i = 0; i < items.size(); ++i) {
        auto item = parseItem(items.at(i), i);
        if (!item) {
            return item.error();
        }
        if (weeks.contains(item->week) || ids.contains(item->id)) {
            return makeError(ErrorCode::InvalidArgument,
                             QCoreApplication::translate(
                                 "CheckInImport", "Check-in %1 (%2) repeats the week or the id of an earlier check-in.")
                                 .arg(i + 1)
                                 .arg(item->week));
        }
        weeks.insert(item->week);
        ids.insert(item->id);
        m_items.push_back(std::move(*item));
    }
    return {};
}

Result<void> CheckInImport::planItem(Item& item, storage::CheckInStore& store) {
    Journal& journal = m_context.journal;
    const auto existing = store.byWeek(item.week);
    if (!existing) {
        return {}; // everything is added
    }
    item.existing = *existing;
    item.revive = existing->deletedAt.has_value();
    const qint64 importerRow = internals(journal).partnerRowId(m_context.importer.id);
    for (Part& part : item.parts) {
        const qint64 authorRow = internals(journal).partnerRowId(part.author.id);
        part.existing = store.part(existing->id, authorRow);
        if (!part.existing || part.existing->deletedAt) {
            part.action = Action::Add;
            continue;
        }
        auto current = checkin_codec::openPart(journal, item.week, *part.existing);
        if (!current) {
            return current.error();
        }
        if (current->ratings == part.answer.ratings && current->fields == part.answer.fields &&
            current->submitted.has_value() == part.submitted.has_value()) {
            // The author bringing back their own part that the other partner
            // imported in their name makes it theirs.
            const bool mineImportedByOther = part.existing->importedBy && authorRow == importerRow;
            part.action = mineImportedByOther ? Action::Accept : Action::Unchanged;
        } else if (authorRow == importerRow && part.hasUpdated && ms(part.updated) > part.existing->updated) {
            part.action = Action::Update;
        } else {
            // The other partner's words, or an older copy: the journal's stay.
            part.action = Action::Skip;
        }
    }
    if (item.agreements) {
        auto current = checkin_codec::openAgreements(journal, *existing);
        if (!current) {
            return current.error();
        }
        if (!*current) {
            item.agreementsAction = Action::Add;
        } else if (**current == *item.agreements) {
            // Their own agreements, imported by the other partner: now theirs.
            const bool mineImportedByOther = existing->agreementsImportedBy && existing->agreementsBy == importerRow &&
                                             item.agreementsBy.id == m_context.importer.id;
            item.agreementsAction = mineImportedByOther ? Action::Accept : Action::Unchanged;
        } else if (existing->agreementsBy == importerRow && item.hasUpdated && ms(item.updated) > existing->updated) {
            item.agreementsAction = Action::Update;
        } else {
            item.agreementsAction = Action::Skip;
        }
    }
    return {};
}

Result<void> CheckInImport::plan() {
    storage::CheckInStore store(internals(m_context.journal).database());
    QHash<QString, QString> weekOfId;
    for (const storage::CheckInRow& row : store.allRows()) {
        weekOfId.insert(row.uuid, row.week);
    }
    for (Item& item : m_items) {
        const auto taken = weekOfId.constFind(item.id);
        if (taken != weekOfId.constEnd() && *taken != item.week) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("CheckInImport",
                                            "The check-in of %1 has the id %2, which this journal already uses for "
                                            "the week %3.")
                    .arg(item.week, item.id, *taken));
        }
        if (auto planned = planItem(item, store); !planned) {
            return planned;
        }
    }
    return {};
}

void CheckInImport::applyItem(Item& item, storage::CheckInStore& store, ImportCounts& counts) {
    Journal& journal = m_context.journal;
    const QString device = internals(journal).deviceId();
    bool wrote = false;
    bool skipped = false;
    storage::CheckInRow row;
    if (item.existing) {
        row = *item.existing;
        if (item.revive) {
            store.revive(row.id, ms(m_context.importTime), device);
            wrote = true;
        }
    } else {
        row.uuid = item.id;
        row.week = item.week;
        row.created = ms(item.created);
        row.updated = ms(item.updated);
        row.device = device;
        store.insert(row);
        if (item.agreements) {
            item.agreementsAction = Action::Add;
        }
    }
    for (Part& part : item.parts) {
        if (part.action == Action::Unchanged || part.action == Action::Skip) {
            skipped = skipped || part.action == Action::Skip;
            continue;
        }
        if (part.action == Action::Accept) {
            m_context.acceptAsAuthors(QStringLiteral("checkin_part"), part.existing->id);
            wrote = true;
            continue;
        }
        storage::CheckInPartRow partRow;
        if (part.existing) {
            partRow = *part.existing;
        } else {
            partRow.uuid = derivedId(QStringLiteral("checkin_part"), {item.week, part.author.name.toCaseFolded()});
            partRow.checkInId = row.id;
            partRow.authorId = internals(journal).partnerRowId(part.author.id);
            partRow.created = ms(part.updated);
        }
        partRow.submittedAt = part.submitted ? std::optional<qint64>(ms(*part.submitted)) : std::nullopt;
        partRow.updated = ms(part.updated);
        partRow.device = device;
        checkin_codec::sealPart(journal, item.week, part.answer, partRow);
        partRow.importedBy = m_context.importedByFor(part.author.id);
        if (partRow.id == 0) {
            store.insertPart(partRow);
        } else {
            store.updatePart(partRow);
        }
        internals(journal).signAtCommit(QStringLiteral("checkin_part"), partRow.id);
        wrote = true;
    }
    if (item.agreementsAction == Action::Accept) {
        m_context.acceptAsAuthors(QStringLiteral("checkin"), row.id);
        wrote = true;
    }
    if (item.agreementsAction == Action::Add || item.agreementsAction == Action::Update) {
        const QByteArray sealed = checkin_codec::sealAgreements(journal, row, item.agreementsBy.id, *item.agreements);
        store.setAgreements(row.id, sealed, internals(journal).partnerRowId(item.agreementsBy.id),
                            std::max(row.updated, ms(item.updated)), device,
                            m_context.importedByFor(item.agreementsBy.id));
        internals(journal).signAtCommit(QStringLiteral("checkin"), row.id);
        wrote = true;
    }
    skipped = skipped || item.agreementsAction == Action::Skip;
    if (!item.existing) {
        ++counts.added;
    } else if (wrote) {
        ++counts.updated;
    } else if (skipped) {
        ++counts.skipped;
    } else {
        ++counts.unchanged;
    }
}

ImportCounts CheckInImport::apply() {
    storage::CheckInStore store(internals(m_context.journal).database());
    ImportCounts counts;
    for (Item& item : m_items) {
        applyItem(item, store, counts);
    }
    return counts;
}

} // namespace twofold::core
