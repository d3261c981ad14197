#pragma once

#include "Result.h"
#include "domain/Authorship.h"
#include "storage/SearchIndexStore.h"

#include <functional>
#include <optional>
#include <vector>

namespace twofold::core {
class Journal;
}

namespace twofold::core::search {

// A document as a provider offers it: what the index stores, and who wrote
// it as far as the reading use case could tell. The index keeps only the
// former; the latter is read again with the few hits of a query, whose
// groups are opened to cut their snippets.
struct SearchDocument : storage::SearchDocumentRow {
    QString importedBy; // "Sam · imported by Alex": the importer's name
    // Set where the reading use case checked the signature (one group, as
    // produceGroup opens it); the bulk build does not check.
    std::optional<Authorship> authorship;
};
// Receives each document; returns false to stop (the build was cancelled).
using DocumentSink = std::function<bool(SearchDocument&&)>;

// One kind of searchable writing (entries, prompt answers, check-in
// fields). Each provider decides what the journal's acting partner may see
// — the same permission rules as the use case that shows that writing — so
// nothing the partner may not read ever reaches the index.
struct DocumentProvider {
    const char* kind;
    // How many documents produce() will offer, from clear-text columns only
    // (for progress). May be an estimate from above; the total is corrected
    // when the build finishes.
    std::function<int(Journal&)> count;
    // Opens and offers every document. Returns how many could not be opened
    // (damaged values; `verify` names them) — they are left out. Throws
    // storage::SqlError.
    std::function<int(Journal&, const DocumentSink&)> produce;
    // Offers the documents of one group — what a hit's kind and ref name:
    // one entry, one week's check-in, one prompt's answers — as the acting
    // partner may read them now (none for a trashed entry, the other
    // partner's part only once revealed). Keeps the index current after a
    // change, and gives back the text a snippet is cut from. Returns false
    // when the group could not be opened. Throws storage::SqlError.
    std::function<bool(Journal&, const QString& ref, const DocumentSink&)> produceGroup;
};

// Every provider, in indexing order. Adding a kind of writing to search is
// one function returning a DocumentProvider, listed in DocumentProviders.cpp.
const std::vector<DocumentProvider>& documentProviders();
// The provider of a kind ("entry", "checkin", "answer"); null if none.
const DocumentProvider* providerFor(const QString& kind);

DocumentProvider entryDocuments();
DocumentProvider checkInDocuments();
DocumentProvider answerDocuments();

} // namespace twofold::core::search
