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

const DocumentProvider* providerFor(const QString& kind) {
    for (const DocumentProvider& provider : documentProviders()) {
        if (kind == QLatin1String(provider.kind)) {
            return &provider;
        }
    }
    return nullptr;
}

} // namespace twofold::core::search
