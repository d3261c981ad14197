#pragma once

#include "domain/Partner.h"
#include "export/pdf/BookContent.h"
#include "export/pdf/Flow.h"
#include "export/pdf/MarkdownBlocks.h"

#include <vector>

namespace twofold::core::pdf {

// Turns a month of the journal into a chapter of laid-out text: day
// headings, each entry attributed to its author (name, colour, mood, tags),
// its Markdown rendered, prompt conversations, check-ins and the month's
// trend chart. One builder per thread: it owns no Pango state but uses the
// thread's context.
class ChapterBuilder {
public:
    ChapterBuilder(PangoContext* context, const PageGeometry& page, const std::vector<Partner>& partners,
                   const PdfBookOptions& options)
        : m_context(context)
        , m_page(page)
        , m_partners(partners)
        , m_options(options) {}

    Chapter month(const BookMonth& month) const;
    // The closing chapter: the trend of every check-in in the book.
    Chapter closingChart(const std::vector<CheckIn>& checkIns) const;

    // A text item with the given face ("serif"/"sans" list), size and Pango markup.
    FlowItem text(const QString& markup, const char* family, double size, double width, double indent = 0,
                  bool justify = false) const;

private:
    void addDay(Chapter& chapter, const BookDay& day) const;
    void addEntry(Chapter& chapter, const Entry& entry) const;
    void addMarkdown(Chapter& chapter, const QString& markdown, std::optional<Rgb> tint) const;
    void addPrompt(Chapter& chapter, const PromptConversation& conversation) const;
    void addCheckIn(Chapter& chapter, const CheckIn& checkIn) const;
    void addChart(Chapter& chapter, const std::vector<CheckIn>& checkIns, const QString& caption) const;
    FlowItem authorLine(const QString& authorId, const QString& authorName, const QString& facts) const;
    Rgb colourOf(const QString& partnerId) const;

    PangoContext* m_context;
    PageGeometry m_page;
    const std::vector<Partner>& m_partners;
    const PdfBookOptions& m_options;
};

// "Friday 1 May" / "May 2026", in English like the rest of the book.
QString dayTitle(const QDate& day);
QString monthTitle(const QDate& month);

// Pango markup for a partner's colour as text ("#rrggbb").
QString colourMarkup(const Rgb& colour);

} // namespace twofold::core::pdf
