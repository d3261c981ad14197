#include "journal/Entries.h"

#include "Clock.h"
#include "journal/EntryCodec.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/RowSignatures.h"
#include "journal/Vault.h"
#include "journal/WriteTransaction.h"
#include "storage/EntryStore.h"
#include "storage/SignatureStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QUuid>

namespace twofold::core {

namespace {

Result<QStringList> cleanTags(const QStringList& tags) {
    QStringList clean;
    for (const QString& raw : tags) {
        const QString tag = raw.trimmed();
        if (tag.isEmpty()) {
            continue;
        }
        if (tag.size() > Entries::kMaxTagChars) {
            return makeError(
                ErrorCode::InvalidArgument,
                QCoreApplication::translate("Entries", "A tag is at most %1 characters.").arg(Entries::kMaxTagChars));
        }
        if (!clean.contains(tag, Qt::CaseInsensitive)) {
            clean.append(tag);
        }
    }
    if (clean.size() > Entries::kMaxTags) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Entries", "An entry has at most %1 tags.").arg(Entries::kMaxTags));
    }
    return clean;
}

Result<void> validate(const Entry& e) {
    if (!e.day.isValid()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "That day does not exist."));
    }
    if (e.day.year() < 1900 || e.day.year() > 2999) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "The day must be between 1900 and 2999."));
    }
    if (e.text.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "An entry needs some text."));
    }
    if (e.text.toUtf8().size() > Entries::kMaxTextBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "An entry's text is at most 1 MiB."));
    }
    if (e.title.size() > Entries::kMaxTitleChars) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Entries", "A title is at most %1 characters.").arg(Entries::kMaxTitleChars));
    }
    if (e.mood && (*e.mood < 1 || *e.mood > 5)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "Mood is a number from 1 to 5."));
    }
    return {};
}

// Applies the fields a person set onto an entry.
Result<void> apply(const EntryInput& input, Entry& e) {
    if (input.day) {
        e.day = *input.day;
    }
    if (input.title) {
        e.title = input.title->trimmed();
    }
    if (input.text) {
        e.text = *input.text;
    }
    if (input.mood) {
        if (*input.mood == Entries::kClearMood) {
            e.mood.reset();
        } else {
            e.mood = *input.mood;
        }
    }
    if (input.tags) {
        auto tags = cleanTags(*input.tags);
        if (!tags) {
            return tags.error();
        }
        e.tags = *tags;
    }
    if (input.visibility) {
        e.visibility = *input.visibility;
    }
    return validate(e);
}

storage::EntryQuery queryFor(Journal& journal, const EntryFilter& filter) {
    storage::EntryQuery q;
    if (filter.from) {
        q.fromDay = filter.from->toString(Qt::ISODate);
    }
    if (filter.to) {
        q.toDay = filter.to->toString(Qt::ISODate);
    }
    if (filter.authorId) {
        q.authorId = internals(journal).partnerRowId(*filter.authorId);
    }
    if (filter.visibility) {
        q.visibility = toString(*filter.visibility);
    }
    const auto acting = journal.actingPartner();
    q.readerId = acting ? internals(journal).partnerRowId(acting->id) : 0;
    q.trash = static_cast<storage::EntryQuery::Trash>(filter.trash);
    return q;
}

} // namespace

Result<void> Entries::validate(const Entry& entry) {
    return twofold::core::validate(entry);
}

Result<QStringList> Entries::cleanTags(const QStringList& tags) {
    return twofold::core::cleanTags(tags);
}

bool Entries::matches(const Entry& e, const EntryFilter& filter) {
    if (filter.from && e.day < *filter.from) {
        return false;
    }
    if (filter.to && e.day > *filter.to) {
        return false;
    }
    if (filter.authorId && e.authorId != *filter.authorId) {
        return false;
    }
    if (filter.visibility && e.visibility != *filter.visibility) {
        return false;
    }
    if (filter.tag && !e.tags.contains(*filter.tag, Qt::CaseInsensitive)) {
        return false;
    }
    if (filter.mood && e.mood != filter.mood) {
        return false;
    }
    switch (filter.trash) {
    case EntryFilter::Trash::Exclude:
        return !e.deleted.has_value();
    case EntryFilter::Trash::Only:
        return e.deleted.has_value();
    case EntryFilter::Trash::Include:
        return true;
    }
    return true;
}

bool Entries::listedBefore(const Entry& a, const Entry& b) {
    if (a.day != b.day) {
        return a.day > b.day;
    }
    return a.created > b.created;
}

bool Entries::mayEdit(const Entry& entry) const {
    const auto acting = m_journal.actingPartner();
    return acting && acting->id == entry.authorId;
}

Result<Entry> Entries::add(const EntryInput& input) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    Entry e;
    e.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    e.authorId = acting->id;
    e.authorName = acting->name;
    e.day = Clock::today();
    if (!input.text) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "An entry needs some text."));
    }
    if (input.mood && *input.mood == 0) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Entries", "Mood is a number from 1 to 5."));
    }
    if (auto applied = apply(input, e); !applied) {
        return applied.error();
    }
    const qint64 now = Clock::nowMs();
    e.created = e.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return guarded([&]() -> Result<Entry> {
        storage::EntryRow row;
        entry_codec::sealInto(m_journal, e, row);
        row.created = row.updated = now;
        row.device = internals(m_journal).deviceId();
        WriteTransaction transaction(m_journal);
        storage::EntryStore(internals(m_journal).database()).insert(row);
        transaction.sign(QStringLiteral("entry"), row.id);
        transaction.record(Change{ChangeKind::Entry, ChangeAction::Added, e.id, e.authorId});
        transaction.commit();
        return e;
    });
}

Result<Entry> Entries::get(const QString& id) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<Entry> {
        const auto row = storage::EntryStore(internals(m_journal).database()).byUuid(id.trimmed());
        const auto acting = m_journal.actingPartner();
        const bool visible = row && (row->visibility == QLatin1String("shared") ||
                                     (acting && row->authorId == internals(m_journal).partnerRowId(acting->id)));
        // The other partner's private entry is reported exactly like a missing
        // one, so its existence is not confirmed either.
        if (!visible) {
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("Entries", "There is no entry with id %1.").arg(id));
        }
        auto entry = entry_codec::open(m_journal, *row);
        if (entry) {
            entry->authorship = checkRow(m_journal, AuthorKeys(m_journal), QStringLiteral("entry"), row->id);
        }
        return entry;
    });
}

Result<Entry> Entries::ownEntry(const QString& id, const char* refusal) {
    auto current = get(id);
    if (!current) {
        return current.error();
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    if (!mayEdit(*current)) {
        return makeError(ErrorCode::Forbidden,
                         QCoreApplication::translate("Entries", refusal).arg(current->authorName));
    }
    return current;
}

Result<Entry> Entries::edit(const QString& id, const EntryInput& changes) {
    auto current = ownEntry(id, QT_TRANSLATE_NOOP("Entries", "Only %1 can edit this entry; it is theirs."));
    if (!current) {
        return current.error();
    }
    if (current->deleted) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("Entries", "This entry is in the trash; restore it before editing."));
    }
    Entry e = *current;
    if (auto applied = apply(changes, e); !applied) {
        return applied.error();
    }
    const qint64 now = Clock::nowMs();
    e.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return guarded([&]() -> Result<Entry> {
        storage::EntryStore store(internals(m_journal).database());
        storage::EntryRow row = *store.byUuid(e.id);
        // Day and visibility are bound into every sealed column, so all
        // columns are sealed afresh.
        entry_codec::sealInto(m_journal, e, row);
        row.updated = now;
        row.device = internals(m_journal).deviceId();
        WriteTransaction transaction(m_journal);
        store.update(row);
        if (row.importedBy) {
            // Its author editing an imported entry makes it theirs.
            storage::SignatureStore(internals(m_journal).database()).clearImportedBy(QStringLiteral("entry"), row.id);
            e.importedById.clear();
            e.importedByName.clear();
        }
        transaction.sign(QStringLiteral("entry"), row.id);
        transaction.record(Change{ChangeKind::Entry, ChangeAction::Updated, e.id, e.authorId});
        transaction.commit();
        e.authorship = Authorship::Verified;
        return e;
    });
}

Result<Entry> Entries::acceptImported(const QString& id) {
    auto current = ownEntry(id, QT_TRANSLATE_NOOP("Entries", "Only %1 can accept this entry as theirs."));
    if (!current) {
        return current.error();
    }
    if (current->importedById.isEmpty()) {
        return *current;
    }
    return guarded([&]() -> Result<Entry> {
        storage::EntryStore store(internals(m_journal).database());
        const auto row = store.byUuid(current->id);
        WriteTransaction transaction(m_journal);
        storage::SignatureStore(internals(m_journal).database()).clearImportedBy(QStringLiteral("entry"), row->id);
        transaction.sign(QStringLiteral("entry"), row->id);
        transaction.record(Change{ChangeKind::Entry, ChangeAction::Updated, current->id, current->authorId});
        transaction.commit();
        Entry e = *current;
        e.importedById.clear();
        e.importedByName.clear();
        e.authorship = Authorship::Verified;
        return e;
    });
}

Result<void> Entries::remove(const QString& id) {
    auto current = ownEntry(id, QT_TRANSLATE_NOOP("Entries", "Only %1 can delete this entry; it is theirs."));
    if (!current) {
        return current.error();
    }
    if (current->deleted) {
        return {};
    }
    return guarded([&]() -> Result<void> {
        storage::EntryStore store(internals(m_journal).database());
        const auto row = store.byUuid(current->id);
        const qint64 now = Clock::nowMs();
        WriteTransaction transaction(m_journal);
        store.setDeleted(row->id, now, now, internals(m_journal).deviceId());
        transaction.record(Change{ChangeKind::Entry, ChangeAction::Trashed, current->id, current->authorId});
        transaction.commit();
        return {};
    });
}

Result<Entry> Entries::restore(const QString& id) {
    auto current = ownEntry(id, QT_TRANSLATE_NOOP("Entries", "Only %1 can restore this entry; it is theirs."));
    if (!current) {
        return current.error();
    }
    if (!current->deleted) {
        return *current;
    }
    return guarded([&]() -> Result<Entry> {
        storage::EntryStore store(internals(m_journal).database());
        const auto row = store.byUuid(current->id);
        const qint64 now = Clock::nowMs();
        WriteTransaction transaction(m_journal);
        store.setDeleted(row->id, std::nullopt, now, internals(m_journal).deviceId());
        transaction.record(Change{ChangeKind::Entry, ChangeAction::Restored, current->id, current->authorId});
        transaction.commit();
        Entry e = *current;
        e.deleted.reset();
        e.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        return e;
    });
}

Result<std::vector<Entry>> Entries::list(const EntryFilter& filter) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<std::vector<Entry>> {
        storage::EntryQuery q = queryFor(m_journal, filter);
        const bool contentFilter = filter.tag || filter.mood;
        // Without content filters the database pages; with them, rows are
        // opened in order until the page is full.
        if (!contentFilter) {
            q.limit = filter.limit;
            q.offset = filter.offset;
        }
        std::vector<Entry> entries;
        int skipped = 0;
        for (const storage::EntryRow& row : storage::EntryStore(internals(m_journal).database()).list(q)) {
            auto e = entry_codec::open(m_journal, row);
            if (!e) {
                return e.error();
            }
            if (filter.tag && !e->tags.contains(*filter.tag, Qt::CaseInsensitive)) {
                continue;
            }
            if (filter.mood && e->mood != filter.mood) {
                continue;
            }
            if (contentFilter && skipped < filter.offset) {
                ++skipped;
                continue;
            }
            entries.push_back(std::move(*e));
            if (contentFilter && filter.limit >= 0 && static_cast<int>(entries.size()) >= filter.limit) {
                break;
            }
        }
        return entries;
    });
}

Result<QStringList> Entries::recentTags(int entries) {
    EntryFilter recent;
    recent.limit = entries;
    auto listed = list(recent);
    if (!listed) {
        return listed.error();
    }
    QStringList tags;
    for (const Entry& e : *listed) {
        for (const QString& tag : e.tags) {
            if (!tags.contains(tag, Qt::CaseInsensitive)) {
                tags.append(tag);
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

Result<int> Entries::count(const EntryFilter& filter) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    return guarded([&]() -> Result<int> {
        return storage::EntryStore(internals(m_journal).database()).count(queryFor(m_journal, filter));
    });
}

} // namespace twofold::core
