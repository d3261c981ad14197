// Search documents for answers to conversation prompts.
#include "journal/Journal.h"
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
    std::vector<storage::AnswerRow> rows = storage::AnswerStore(journal.database()).allRows();
    std::erase_if(rows, [](const storage::AnswerRow& row) { return row.deletedAt.has_value(); });
    return rows;
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
            for (const storage::PromptRow& prompt : storage::PromptStore(journal.database()).all()) {
                if (prompt.deletedAt || !answeredPrompts.contains(prompt.id)) {
                    continue;
                }
                // Through the use case, so the reveal rule is the one people
                // see: the other partner's answer only once both answered.
                auto shown = prompts.show(prompt.key);
                if (!shown) {
                    ++unreadable;
                    continue;
                }
                for (const Answer& answer : shown->answers) {
                    SearchDocument doc;
                    doc.kind = QStringLiteral("answer");
                    doc.ref = shown->prompt.id;
                    doc.day = answer.answered.toLocalTime().date().toString(Qt::ISODate);
                    doc.author = answer.authorName;
                    doc.body = segmentForIndex(answer.text);
                    if (!sink(std::move(doc))) {
                        return unreadable;
                    }
                }
            }
            return unreadable;
        },
    };
}

} // namespace twofold::core::search
