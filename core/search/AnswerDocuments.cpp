// Search documents for answers to conversation prompts.
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Prompts.h"
#include "search/DocumentProviders.h"
#include "search/TextSegmenter.h"
#include "storage/AnswerStore.h"
#include "storage/PromptStore.h"

#include <QHash>
#include <QSet>

namespace twofold::core::search {

namespace {

std::vector<storage::AnswerRow> liveAnswers(Journal& journal) {
    std::vector<storage::AnswerRow> rows = storage::AnswerStore(internals(journal).database()).allRows();
    std::erase_if(rows, [](const storage::AnswerRow& row) { return row.deletedAt.has_value(); });
    return rows;
}

// The answers of one prompt the acting partner may read: through the use
// case, so the reveal rule is the one people see (the other partner's
// answer only once both answered). False when the sink asked to stop.
bool offerAnswers(const PromptWithAnswers& shown, const DocumentSink& sink) {
    // Prompts::show checked each answer's signature.
    for (const Answer& answer : shown.answers) {
        SearchDocument doc;
        doc.kind = QStringLiteral("answer");
        doc.ref = shown.prompt.id;
        doc.slot = answer.authorId;
        doc.day = answer.answered.toLocalTime().date().toString(Qt::ISODate);
        doc.author = answer.authorName;
        doc.importedBy = answer.importedByName;
        doc.authorship = answer.authorship;
        doc.body = segmentForIndex(answer.text);
        if (!sink(std::move(doc))) {
            return false;
        }
    }
    return true;
}

} // namespace

DocumentProvider answerDocuments() {
    return DocumentProvider{
        "answer",
        [](Journal& journal) { return static_cast<int>(liveAnswers(journal).size()); },
        [](Journal& journal, const DocumentSink& sink) {
            QSet<qint64> answeredPrompts;
            for (const storage::AnswerRow& row : liveAnswers(journal)) {
                answeredPrompts.insert(row.promptId);
            }
            int unreadable = 0;
            Prompts prompts(journal);
            for (const storage::PromptRow& prompt : storage::PromptStore(internals(journal).database()).all()) {
                if (prompt.deletedAt || !answeredPrompts.contains(prompt.id)) {
                    continue;
                }
                auto shown = prompts.show(prompt.key);
                if (!shown) {
                    ++unreadable;
                    continue;
                }
                if (!offerAnswers(*shown, sink)) {
                    return unreadable;
                }
            }
            return unreadable;
        },
        [](Journal& journal, const QString& promptId, const DocumentSink& sink) {
            auto shown = Prompts(journal).show(promptId);
            if (!shown) {
                // A prompt that is gone (or hidden) has no answers to find.
                return shown.error().code == ErrorCode::NotFound;
            }
            offerAnswers(*shown, sink);
            return true;
        },
    };
}

} // namespace twofold::core::search
