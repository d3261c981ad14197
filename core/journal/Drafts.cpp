#include "journal/Drafts.h"

#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "journal/WriteTransaction.h"
#include "storage/DraftStore.h"
#include "storage/EntryStore.h"
#include "storage/Statement.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace twofold::core {

namespace {

constexpr int kMaxDraftBytes = 2 * 1024 * 1024;

crypto::SealContext contextFor(const storage::DraftRow& row, const QString& authorUuid) {
    // The subject: the entry the draft changes (none for a new entry), so a
    // draft cannot be moved onto another entry of its author's.
    return crypto::SealContext{QStringLiteral("draft"),
                               QStringLiteral("content"),
                               row.uuid,
                               authorUuid,
                               QStringLiteral("private"),
                               QString(),
                               QStringLiteral("entry=") + row.entryUuid.value_or(QString())};
}

QByteArray encode(const Draft& d) {
    QJsonObject o;
    o[QStringLiteral("day")] = d.day.isValid() ? d.day.toString(Qt::ISODate) : QString();
    o[QStringLiteral("title")] = d.title;
    o[QStringLiteral("text")] = d.text;
    o[QStringLiteral("mood")] = d.mood ? QJsonValue(*d.mood) : QJsonValue();
    o[QStringLiteral("tags")] = QJsonArray::fromStringList(d.tags);
    o[QStringLiteral("visibility")] = toString(d.visibility);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<Draft> decode(const storage::DraftRow& row, const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return makeError(ErrorCode::Tampered,
                         QCoreApplication::translate("Drafts", "Draft %1 is damaged.").arg(row.uuid));
    }
    const QJsonObject o = doc.object();
    Draft d;
    d.entryId = row.entryUuid;
    d.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    d.title = o.value(QStringLiteral("title")).toString();
    d.text = o.value(QStringLiteral("text")).toString();
    const QJsonValue mood = o.value(QStringLiteral("mood"));
    if (mood.isDouble() && mood.toInt() >= 1 && mood.toInt() <= 5) {
        d.mood = mood.toInt();
    }
    for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray()) {
        d.tags.append(tag.toString());
    }
    d.visibility = visibilityFromString(o.value(QStringLiteral("visibility")).toString()).value_or(Visibility::Shared);
    d.updated = QDateTime::fromMSecsSinceEpoch(row.updated, Qt::UTC);
    return d;
}

Result<Draft> openRow(Journal& journal, const storage::DraftRow& row, const QString& authorUuid) {
    auto json = internals(journal).vault().open(Visibility::Private, row.content, contextFor(row, authorUuid));
    if (!json) {
        return json.error();
    }
    return decode(row, *json);
}

} // namespace

Result<Draft> Drafts::save(const Draft& draft) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    if (draft.mood && (*draft.mood < 1 || *draft.mood > 5)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Drafts", "Mood is a number from 1 to 5."));
    }
    Draft saved = draft;
    const QByteArray json = encode(saved);
    if (json.size() > kMaxDraftBytes) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("Drafts", "A draft is at most 2 MiB."));
    }
    // To the minute: a draft is saved every few seconds while someone types,
    // and times to the millisecond would leave their typing rhythm in the file.
    constexpr qint64 kMinuteMs = 60'000;
    const qint64 now = Clock::nowMs() / kMinuteMs * kMinuteMs;
    saved.updated = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    const qint64 author = internals(m_journal).partnerRowId(acting->id);
    return guarded([&]() -> Result<Draft> {
        if (saved.entryId) {
            const auto entry = storage::EntryStore(internals(m_journal).database()).byUuid(*saved.entryId);
            if (!entry || entry->authorId != author) {
                return makeError(
                    ErrorCode::Forbidden,
                    QCoreApplication::translate("Drafts", "Only the author of an entry can draft changes to it."));
            }
        }
        storage::DraftStore store(internals(m_journal).database());
        WriteTransaction transaction(m_journal);
        auto row = store.find(author, saved.entryId);
        const bool exists = row.has_value();
        if (!exists) {
            row = storage::DraftRow{};
            row->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row->authorId = author;
            row->entryUuid = saved.entryId;
        }
        row->updated = now;
        row->device = internals(m_journal).deviceId();
        row->content = internals(m_journal).vault().seal(Visibility::Private, json, contextFor(*row, acting->id));
        if (exists) {
            store.update(*row);
        } else {
            store.insert(*row);
        }
        transaction.sign(QStringLiteral("draft"), row->id);
        transaction.record(Change{ChangeKind::Draft, exists ? ChangeAction::Updated : ChangeAction::Added,
                                  saved.entryId.value_or(QString()), acting->id});
        transaction.commit();
        return saved;
    });
}

Result<std::optional<Draft>> Drafts::find(const std::optional<QString>& entryId) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    return guarded([&]() -> Result<std::optional<Draft>> {
        const auto row = storage::DraftStore(internals(m_journal).database())
                             .find(internals(m_journal).partnerRowId(acting->id), entryId);
        if (!row) {
            return std::optional<Draft>();
        }
        auto draft = openRow(m_journal, *row, acting->id);
        if (!draft) {
            return draft.error();
        }
        return std::optional<Draft>(std::move(*draft));
    });
}

Result<std::vector<Draft>> Drafts::list() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    return guarded([&]() -> Result<std::vector<Draft>> {
        std::vector<Draft> drafts;
        for (const auto& row : storage::DraftStore(internals(m_journal).database())
                                   .byAuthor(internals(m_journal).partnerRowId(acting->id))) {
            auto draft = openRow(m_journal, row, acting->id);
            if (!draft) {
                return draft.error();
            }
            drafts.push_back(std::move(*draft));
        }
        return drafts;
    });
}

Result<void> Drafts::discard(const std::optional<QString>& entryId) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    return guarded([&]() -> Result<void> {
        storage::DraftStore store(internals(m_journal).database());
        WriteTransaction transaction(m_journal);
        if (const auto row = store.find(internals(m_journal).partnerRowId(acting->id), entryId)) {
            store.remove(row->id);
            transaction.record(
                Change{ChangeKind::Draft, ChangeAction::Removed, entryId.value_or(QString()), acting->id});
        }
        transaction.commit();
        return {};
    });
}

void collectDraftSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    // Drafts are sealed with their author's private key: only the acting
    // partner's own can be opened and rotated.
    const auto acting = journal.actingPartner();
    if (!acting) {
        return;
    }
    for (const auto& row :
         storage::DraftStore(internals(journal).database()).byAuthor(internals(journal).partnerRowId(acting->id))) {
        const QString label =
            QStringLiteral("draft by %1 (%2)").arg(acting->name, row.entryUuid.value_or(QStringLiteral("new entry")));
        out.push_back(SealedValue{QStringLiteral("draft"), QStringLiteral("content"), row.id, Visibility::Private,
                                  contextFor(row, acting->id), row.content, label});
    }
}

} // namespace twofold::core
