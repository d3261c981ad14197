#pragma once

#include "Result.h"
#include "export/pdf/BookContent.h"
#include "export/pdf/Flow.h"
#include "export/pdf/FrontMatter.h"
#include "export/pdf/LayoutPool.h"

#include <cairo.h>
#include <future>
#include <memory>

namespace twofold::core::pdf {

struct SurfaceDestroy {
    void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
using SurfacePtr = std::unique_ptr<cairo_surface_t, SurfaceDestroy>;
using RecordedPages = std::vector<SurfacePtr>;

// Where a chapter comes from: a month of the journal, or (invalid date) the
// closing chart of every check-in.
struct ChapterSource {
    QDate month;
    std::shared_ptr<const BookMonth> content;
};

// Everything decided before the first page is drawn.
struct BookPlan {
    std::vector<QDate> chapters; // months, then an invalid date for the closing chart
    std::vector<int> pageCounts;
    std::vector<ContentsLine> contents;
    int contentsPages = 1;
    int entries = 0;
};

// The PDF destination name of a chapter's first page.
QString destinationOf(const QDate& month);

// The two passes of the book. prepare() gathers the content and lays every
// chapter out once to count its pages (two chapters at a time on the pool's
// threads, while this thread opens the next month); record() then lays a
// chapter out again and draws its pages into cairo recording surfaces on a
// pool thread, for this thread to write in order. Journal access stays on
// the calling thread; Pango objects stay on the thread that made them.
class BookWriter {
public:
    BookWriter(Journal& journal, const PdfBookOptions& options, const PdfProgress& progress);
    ~BookWriter();
    BookWriter(const BookWriter&) = delete;
    BookWriter& operator=(const BookWriter&) = delete;

    // `measure` false skips the page counts (a preview without contents).
    Result<void> prepare(bool measure = true);

    const BookPlan& plan() const { return m_plan; }
    const BookContent& content() const { return *m_content; }
    const PageGeometry& page() const { return m_page; }

    Result<ChapterSource> load(const QDate& month);
    std::pair<std::future<void>, std::shared_ptr<RecordedPages>> record(ChapterSource source, int firstPage);
    void drawCover(cairo_t* cr) const;
    void drawContents(cairo_t* cr, int index) const;
    // Reports one more step done; false when the person cancelled.
    bool step();

private:
    Result<void> measure();
    void planContents();

    PdfBookOptions m_options;
    PdfProgress m_progress;
    PageGeometry m_page;
    Journal& m_journal;
    std::unique_ptr<BookContent> m_content;
    BookPlan m_plan;
    PangoFontMap* m_frontFontMap = nullptr;
    ContextPtr m_frontContext;
    std::unique_ptr<LayoutPool> m_pool;
    int m_done = 0;
    int m_steps = 0;
};

} // namespace twofold::core::pdf
