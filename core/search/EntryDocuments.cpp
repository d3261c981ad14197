// Search documents for daily entries.
#include "domain/Entry.h"
#include "journal/Entries.h"
#include "journal/EntryCodec.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "search/DocumentProviders.h"
#include "search/TextSegmenter.h"
#include "storage/EntryStore.h"

namespace twofold::core::search {

namespace {

// Live entries the acting partner may read: shared ones, and their own
// private ones (a reader without a partner: shared only). The other
// partner's private entries are not even selected.
storage::EntryQuery visibleEntries(Journal& journal) {
    storage::EntryQuery q;
    const auto acting = journal.actingPartner();
    q.readerId = acting ? internals(journal).partnerRowId(acting->id) : 0;
    q.trash = storage::EntryQuery::Trash::Exclude;
    return q;
}

SearchDocument documentOf(const Entry& entry) {
    SearchDocument doc;
    doc.kind = QStringLiteral("entry");
    doc.ref = entry.id;
    doc.day = entry.day.toString(Qt::ISODate);
    doc.author = entry.authorName;
    doc.importedBy = entry.importedByName;
    doc.title = segmentForIndex(entry.title);
    doc.body = segmentForIndex(entry.text);
    doc.tags = segmentForIndex(entry.tags.join(QLatin1Char(' ')));
    return doc;
}

} // namespace

DocumentProvider entryDocuments() {
    return DocumentProvider{
        "entry",
        [](Journal& journal) {
            return storage::EntryStore(internals(journal).database()).count(visibleEntries(journal));
        },
        [](Journal& journal, const DocumentSink& sink) {
            int unreadable = 0;
            storage::EntryStore(internals(journal).database())
                .forEach(visibleEntries(journal), [&](const storage::EntryRow& row) {
                    auto entry = entry_codec::open(journal, row);
                    if (!entry) {
                        ++unreadable;
                        return true;
                    }
                    return sink(documentOf(*entry));
                });
            return unreadable;
        },
        [](Journal& journal, const QString& ref, const DocumentSink& sink) {
            // Through the use case: the other partner's private entry is
            // "not found", exactly as it is for people.
            auto entry = Entries(journal).get(ref);
            if (!entry) {
                return entry.error().code == ErrorCode::NotFound;
            }
            if (!entry->deleted) {
                SearchDocument doc = documentOf(*entry);
                doc.authorship = entry->authorship; // Entries::get checked it
                sink(std::move(doc));
            }
            return true;
        },
    };
}

} // namespace twofold::core::search
