// Search documents for weekly check-ins: each visible part's text fields,
// and the week's agreements.
#include "journal/CheckIns.h"
#include "journal/IsoWeek.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "search/DocumentProviders.h"
#include "search/TextSegmenter.h"
#include "storage/CheckInStore.h"

namespace twofold::core::search {

namespace {

SearchDocument weekDocument(const CheckIn& checkIn, const QString& slot, const QString& author,
                            const QString& importedBy, const QString& text) {
    SearchDocument doc;
    doc.kind = QStringLiteral("checkin");
    doc.ref = checkIn.week;
    doc.slot = slot;
    if (auto week = IsoWeek::parse(checkIn.week)) {
        doc.day = week->monday().toString(Qt::ISODate);
    }
    doc.author = author;
    doc.importedBy = importedBy;
    doc.body = segmentForIndex(text);
    return doc;
}

// The documents of one week, as the acting partner sees it (the use case
// applies the reveal rule). `checked`: the week was read with its
// signatures checked (CheckIns::get). False when the sink asked to stop.
bool offerWeek(const CheckIn& checkIn, bool checked, const DocumentSink& sink) {
    for (const CheckInPart& part : checkIn.parts) {
        QStringList texts;
        for (const QString& key : checkInFieldKeys()) {
            if (part.fields.contains(key)) {
                texts.append(part.fields.value(key));
            }
        }
        if (texts.isEmpty()) {
            continue;
        }
        SearchDocument doc = weekDocument(checkIn, QStringLiteral("part:") + part.authorId, part.authorName,
                                          part.importedByName, texts.join(QLatin1Char('\n')));
        if (checked) {
            doc.authorship = part.authorship;
        }
        if (!sink(std::move(doc))) {
            return false;
        }
    }
    if (checkIn.agreements && !checkIn.agreements->isEmpty()) {
        SearchDocument doc = weekDocument(checkIn, QStringLiteral("agreements"), checkIn.agreementsByName, QString(),
                                          *checkIn.agreements);
        if (checked) {
            doc.authorship = checkIn.agreementsAuthorship;
        }
        if (!sink(std::move(doc))) {
            return false;
        }
    }
    return true;
}

} // namespace

DocumentProvider checkInDocuments() {
    return DocumentProvider{
        "checkin",
        // At most one document per partner's part plus one for agreements.
        [](Journal& journal) {
            return storage::CheckInStore(internals(journal).database()).count() *
                   (static_cast<int>(journal.partners().size()) + 1);
        },
        [](Journal& journal, const DocumentSink& sink) {
            // Through the use case, so the reveal rule is the one people see:
            // the other partner's part only once both have submitted.
            auto checkIns = CheckIns(journal).list();
            if (!checkIns) {
                return storage::CheckInStore(internals(journal).database()).count();
            }
            for (const CheckIn& checkIn : *checkIns) {
                if (!offerWeek(checkIn, false, sink)) {
                    return 0;
                }
            }
            return 0;
        },
        [](Journal& journal, const QString& week, const DocumentSink& sink) {
            auto checkIn = CheckIns(journal).get(week);
            if (!checkIn) {
                // A week that was never opened (or is gone) has no documents.
                return checkIn.error().code == ErrorCode::NotFound;
            }
            offerWeek(*checkIn, true, sink);
            return true;
        },
    };
}

} // namespace twofold::core::search
