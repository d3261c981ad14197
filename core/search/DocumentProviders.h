#pragma once

#include "Result.h"
#include "storage/SearchIndexStore.h"

#include <functional>
#include <vector>

namespace twofold::core {
class Journal;
}

namespace twofold::core::search {

using SearchDocument = storage::SearchDocumentRow;
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
};

// Every provider, in indexing order. Adding a kind of writing to search is
// one function returning a DocumentProvider, listed in DocumentProviders.cpp.
const std::vector<DocumentProvider>& documentProviders();

DocumentProvider entryDocuments();
DocumentProvider checkInDocuments();
DocumentProvider answerDocuments();

} // namespace twofold::core::search
