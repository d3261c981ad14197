#include "journal/Favourites.h"

#include "Clock.h"
#include "journal/FavouriteSet.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptRows.h"
#include "journal/Prompts.h"
#include "journal/SealedValues.h"
#include "journal/Vault.h"
#include "journal/WriteTransaction.h"
#include "prompts/PromptLibrary.h"
#include "storage/FavouriteStore.h"
#include "storage/PromptStore.h"

#include <QStringList>
#include <QUuid>

#include <algorithm>

namespace twofold::core {

namespace {

crypto::SealContext favouritesContext(const QString& rowUuid, const QString& partnerUuid) {
    return crypto::SealContext{QStringLiteral("favourite_set"),
                               QStringLiteral("body"),
                               rowUuid,
                               partnerUuid,
                               QStringLiteral("private"),
                               QString()};
}

// The set as sealed: prompt ids (built-in keys or UUIDs, never with a line
// break), sorted, one per line.
QByteArray encode(const QSet<QString>& ids) {
    QStringList sorted(ids.begin(), ids.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted.join(QLatin1Char('\n')).toUtf8();
}

QSet<QString> decode(const QByteArray& plain) {
    QSet<QString> ids;
    for (const QString& id : QString::fromUtf8(plain).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        ids.insert(id);
    }
    return ids;
}

} // namespace

namespace favourite_set {

Result<QSet<QString>> read(Journal& journal) {
    const auto acting = journal.actingPartner();
    if (!acting) {
        return QSet<QString>();
    }
    const auto row =
        storage::FavouriteStore(internals(journal).database()).find(internals(journal).partnerRowId(acting->id));
    if (!row) {
        return QSet<QString>();
    }
    auto plain =
        internals(journal).vault().open(Visibility::Private, row->body, favouritesContext(row->uuid, acting->id));
    if (!plain) {
        return plain.error();
    }
    return decode(*plain);
}

void write(Journal& journal, const QSet<QString>& ids) {
    const auto acting = journal.actingPartner();
    if (!acting) {
        return;
    }
    storage::FavouriteStore store(internals(journal).database());
    const qint64 me = internals(journal).partnerRowId(acting->id);
    auto row = store.find(me);
    const bool isNew = !row.has_value();
    if (isNew) {
        row = storage::FavouriteSetRow{me, QUuid::createUuid().toString(QUuid::WithoutBraces), 0, {}, {}};
    }
    row->updated = Clock::nowMs();
    row->device = internals(journal).deviceId();
    row->body =
        internals(journal).vault().seal(Visibility::Private, encode(ids), favouritesContext(row->uuid, acting->id));
    if (isNew) {
        store.insert(*row);
    } else {
        store.update(*row);
    }
}

} // namespace favourite_set

Result<QSet<QString>> Favourites::ids() {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return QSet<QString>(); // nobody to keep favourites for
    }
    // The built-in prompts' rows, for the check below (cheap when present).
    if (auto synced = Prompts(m_journal).sync(); !synced) {
        return synced.error();
    }
    return guarded([&]() -> Result<QSet<QString>> {
        auto set = favourite_set::read(m_journal);
        if (!set) {
            return set.error();
        }
        QSet<QString> live;
        storage::PromptStore prompts(internals(m_journal).database());
        for (const QString& id : *set) {
            const auto row = prompts.byKey(id);
            if (row && !row->deletedAt) {
                live.insert(id);
            }
        }
        return live;
    });
}

Result<void> Favourites::set(const QString& promptId, bool favourite) {
    if (!m_journal.isUnlocked()) {
        return lockedError(m_journal);
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    if (auto synced = Prompts(m_journal).sync(); !synced) {
        return synced.error();
    }
    auto library = PromptLibrary::builtin();
    if (!library) {
        return library.error();
    }
    return guarded([&]() -> Result<void> {
        auto prompt = prompt_rows::find(m_journal, **library, promptId);
        if (!prompt) {
            return prompt.error();
        }
        WriteTransaction transaction(m_journal);
        auto set = favourite_set::read(m_journal);
        if (!set) {
            return set.error();
        }
        if (set->contains(prompt->row.key) == favourite) {
            return {};
        }
        if (favourite) {
            set->insert(prompt->row.key);
        } else {
            set->remove(prompt->row.key);
        }
        favourite_set::write(m_journal, *set);
        transaction.record(Change{ChangeKind::Favourites, ChangeAction::Updated, prompt->row.key, acting->id});
        transaction.commit();
        return {};
    });
}

// The acting partner's own set only: the other's is sealed with a key this
// session does not hold.
void collectFavouriteSealedValues(Journal& journal, std::vector<SealedValue>& out) {
    const auto acting = journal.actingPartner();
    if (!acting) {
        return;
    }
    const auto row =
        storage::FavouriteStore(internals(journal).database()).find(internals(journal).partnerRowId(acting->id));
    if (!row) {
        return;
    }
    out.push_back(SealedValue{QStringLiteral("favourite_set"), QStringLiteral("body"), row->partnerId,
                              Visibility::Private, favouritesContext(row->uuid, acting->id), row->body,
                              QStringLiteral("favourite prompts of %1").arg(acting->name)});
}

} // namespace twofold::core
