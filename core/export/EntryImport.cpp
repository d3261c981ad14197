#include "export/EntryImport.h"

#include "export/JsonFields.h"
#include "journal/Entries.h"
#include "journal/EntryCodec.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace twofold::core {

namespace {

using namespace json_fields;

bool sameContent(const Entry& a, const Entry& b) {
    return a.day == b.day && a.authorId == b.authorId && a.visibility == b.visibility && a.title == b.title &&
           a.text == b.text && a.mood == b.mood && a.tags == b.tags && a.deleted.has_value() == b.deleted.has_value();
}

} // namespace

Result<std::pair<EntryImport::Item, QString>> EntryImport::parseItem(const QJsonValue& value, int index) {
    QString where = QCoreApplication::translate("EntryImport", "Entry %1").arg(index + 1);
    if (!value.isObject()) {
        return notAnObject(where);
    }
    const QJsonObject o = value.toObject();
    auto id = optionalUuid(o, QStringLiteral("id"), where);
    if (!id) {
        return id.error();
    }
    if (*id) {
        where = QCoreApplication::translate("EntryImport", "Entry %1 (%2)").arg(index + 1).arg(**id);
    }
    auto authorName = requiredString(o, QStringLiteral("author"), where);
    if (!authorName) {
        return authorName.error();
    }
    auto author = m_context.author(*authorName, where);
    if (!author) {
        return author.error();
    }
    auto day = requiredDay(o, QStringLiteral("date"), where);
    auto text = requiredString(o, QStringLiteral("text"), where);
    auto visibility = optionalString(o, QStringLiteral("visibility"), where);
    auto title = optionalString(o, QStringLiteral("title"), where);
    auto mood = optionalInt(o, QStringLiteral("mood"), 1, 5, where);
    auto tags = optionalStringList(o, QStringLiteral("tags"), where);
    auto created = optionalTime(o, QStringLiteral("created"), where);
    auto updated = optionalTime(o, QStringLiteral("updated"), where);
    auto deleted = optionalTime(o, QStringLiteral("deleted"), where);
    for (const Error* error :
         {day ? nullptr : &day.error(), text ? nullptr : &text.error(), visibility ? nullptr : &visibility.error(),
          title ? nullptr : &title.error(), mood ? nullptr : &mood.error(), tags ? nullptr : &tags.error(),
          created ? nullptr : &created.error(), updated ? nullptr : &updated.error(),
          deleted ? nullptr : &deleted.error()}) {
        if (error) {
            return *error;
        }
    }

    Item item;
    Entry& e = item.entry;
    e.authorId = author->id;
    e.authorName = author->name;
    e.day = *day;
    e.text = *text;
    e.title = title->value_or(QString());
    e.mood = *mood;
    if (*visibility) {
        const auto parsed = visibilityFromString(**visibility);
        if (!parsed) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("EntryImport", "%1: \"visibility\" must be \"shared\" or \"private\".")
                    .arg(where));
        }
        e.visibility = *parsed;
    }
    if (e.visibility == Visibility::Private && e.authorId != m_context.importer.id) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate(
                             "EntryImport", "%1 is a private entry by %2; only %2 can import their private writing.")
                             .arg(where, e.authorName));
    }
    if (*tags) {
        e.tags = **tags;
    }
    e.created = created->value_or(m_context.importTime);
    e.updated = updated->value_or(m_context.importTime);
    item.hasUpdated = updated->has_value();
    e.deleted = *deleted;
    e.id = id->value_or(
        derivedId(QStringLiteral("entry"), {author->name.toCaseFolded(), e.day.toString(Qt::ISODate), e.text}));
    return std::pair{std::move(item), where};
}

Result<void> EntryImport::add(Entry entry, bool hasUpdated, const QString& where) {
    auto clean = Entries::cleanTags(entry.tags);
    if (!clean) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(where, clean.error().message));
    }
    entry.tags = *clean;
    if (auto valid = Entries::validate(entry); !valid) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1: %2").arg(where, valid.error().message));
    }
    if (m_seen.contains(entry.id)) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("EntryImport", "%1 has the same id as an earlier entry of the file (%2).")
                .arg(where, entry.id));
    }
    m_seen.insert(entry.id);
    Item item;
    item.entry = std::move(entry);
    item.hasUpdated = hasUpdated;
    m_items.push_back(std::move(item));
    return {};
}

Result<void> EntryImport::parse(const QJsonArray& items) {
    m_items.reserve(m_items.size() + static_cast<size_t>(items.size()));
    for (int i = 0; i < items.size(); ++i) {
        auto parsed = parseItem(items.at(i), i);
        if (!parsed) {
            return parsed.error();
        }
        auto& [item, where] = *parsed;
        if (auto added = add(std::move(item.entry), item.hasUpdated, where); !added) {
            return added;
        }
    }
    return {};
}

Result<EntryImport::Action> EntryImport::compare(Item& item) {
    Journal& journal = m_context.journal;
    const Entry& incoming = item.entry;
    auto row = storage::EntryStore(internals(journal).database()).byUuid(incoming.id);
    if (!row) {
        return Action::Add;
    }
    item.existing = *row;
    const QString existingAuthor = internals(journal).partnerIdForRow(row->authorId);
    const bool visible = row->visibility == QLatin1String("shared") || existingAuthor == m_context.importer.id;
    // An id that is taken by something else (another author's entry, or one
    // the importer cannot see) is a conflict the importer cannot resolve.
    if (!visible || existingAuthor != incoming.authorId) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate(
                             "EntryImport", "Entry %1 by %2 cannot be imported: this journal already has another "
                                            "partner's entry with that id.")
                             .arg(incoming.id, incoming.authorName));
    }
    auto current = entry_codec::open(journal, *row);
    if (!current) {
        return current.error();
    }
    const bool mineImportedByOther = row->importedBy && incoming.authorId == m_context.importer.id;
    if (sameContent(*current, incoming)) {
        return mineImportedByOther ? Action::Accept : Action::Unchanged;
    }
    // Only the author's own, newer writing replaces what the journal holds;
    // nobody's import overwrites the other partner's words.
    if (incoming.authorId == m_context.importer.id && item.hasUpdated && incoming.updated > current->updated) {
        return Action::Update;
    }
    return Action::Skip;
}

Result<void> EntryImport::plan() {
    for (Item& item : m_items) {
        auto action = compare(item);
        if (!action) {
            return action.error();
        }
        item.action = *action;
    }
    return {};
}

ImportCounts EntryImport::apply() {
    Journal& journal = m_context.journal;
    storage::EntryStore store(internals(journal).database());
    ImportCounts counts;
    for (Item& item : m_items) {
        const Entry& e = item.entry;
        const std::optional<qint64> deletedAt =
            e.deleted ? std::optional<qint64>(e.deleted->toMSecsSinceEpoch()) : std::nullopt;
        switch (item.action) {
        case Action::Add: {
            storage::EntryRow row;
            entry_codec::sealInto(journal, e, row);
            row.created = e.created.toMSecsSinceEpoch();
            row.updated = e.updated.toMSecsSinceEpoch();
            row.device = internals(journal).deviceId();
            row.deletedAt = deletedAt;
            row.importedBy = m_context.importedByFor(e.authorId);
            store.insert(row);
            internals(journal).signAtCommit(QStringLiteral("entry"), row.id);
            ++counts.added;
            break;
        }
        case Action::Update: {
            storage::EntryRow row = item.existing;
            entry_codec::sealInto(journal, e, row);
            row.updated = e.updated.toMSecsSinceEpoch();
            row.device = internals(journal).deviceId();
            store.update(row);
            store.setDeleted(row.id, deletedAt, row.updated, row.device);
            // Only the author's own newer writing is an update (compare()).
            if (row.importedBy) {
                m_context.acceptAsAuthors(QStringLiteral("entry"), row.id);
            } else {
                internals(journal).signAtCommit(QStringLiteral("entry"), row.id);
            }
            ++counts.updated;
            break;
        }
        case Action::Accept:
            // Only the author's own entry reaches here (compare()).
            m_context.acceptAsAuthors(QStringLiteral("entry"), item.existing.id);
            ++counts.updated;
            break;
        case Action::Unchanged:
            ++counts.unchanged;
            break;
        case Action::Skip:
            ++counts.skipped;
            break;
        }
    }
    return counts;
}

} // namespace twofold::core
