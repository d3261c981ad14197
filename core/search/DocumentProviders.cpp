#include "search/DocumentProviders.h"

namespace twofold::core::search {

const std::vector<DocumentProvider>& documentProviders() {
    static const std::vector<DocumentProvider> providers{
        entryDocuments(),
        checkInDocuments(),
        answerDocuments(),
    };
    return providers;
}

} // namespace twofold::core::search
