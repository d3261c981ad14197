#pragma once

#include "Result.h"
#include "domain/CheckIn.h"
#include "domain/Entry.h"
#include "domain/Partner.h"
#include "domain/Prompt.h"
#include "export/pdf/PdfBookOptions.h"

#include <QDate>

#include <map>
#include <vector>

namespace twofold::core {
class Journal;
}

namespace twofold::core::pdf {

// A prompt both partners answered, with both answers.
struct PromptConversation {
    Prompt prompt;
    std::vector<Answer> answers; // in partner order
};

struct BookDay {
    QDate day;
    std::vector<Entry> entries; // in the order they were written
    std::vector<PromptConversation> prompts;
};

// One chapter of the book: everything of one calendar month.
struct BookMonth {
    QDate first; // the first day of the month
    std::vector<BookDay> days;
    std::vector<CheckIn> checkIns; // revealed check-ins whose week ends (Sunday) in this month
};

// What the book may hold, gathered through the journal's own use cases so
// their rules decide: Entries (the other partner's private writing never
// comes back; private entries only with includePrivate), CheckIns (only
// revealed ones, i.e. both partners submitted), Prompts (only prompts whose
// answers are all readable, i.e. both answered). Entries are opened one month
// at a time (loadMonth), so memory stays bounded by the busiest month.
class BookContent {
public:
    static Result<BookContent> gather(Journal& journal, const PdfBookOptions& options);

    // First days of the months that have something in the book, oldest first.
    const std::vector<QDate>& months() const { return m_months; }
    Result<BookMonth> loadMonth(const QDate& first) const;

    const std::vector<Partner>& partners() const { return m_partners; }
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    const std::vector<CheckIn>& allCheckIns() const { return m_checkIns; }
    int promptCount() const;

private:
    BookContent(Journal& journal, PdfBookOptions options)
        : m_journal(&journal)
        , m_options(std::move(options)) {}
    Result<void> gatherCheckIns();
    Result<void> gatherPrompts();
    Result<void> gatherMonths();
    bool inRange(const QDate& day) const;

    Journal* m_journal;
    PdfBookOptions m_options;
    std::vector<Partner> m_partners;
    std::vector<CheckIn> m_checkIns;                            // oldest week first
    std::map<QDate, std::vector<PromptConversation>> m_prompts; // by day of the second answer
    std::vector<QDate> m_months;
    QDate m_firstDay;
    QDate m_lastDay;
};

// The Sunday that ends a check-in's ISO week (where the book files it).
QDate checkInDay(const CheckIn& checkIn);

} // namespace twofold::core::pdf
