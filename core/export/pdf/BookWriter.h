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

// A chapter's pages drawn into cairo recording surfaces (thread-safe, free
// of Pango), without folios.
struct RecordedChapter {
    RecordedPages pages;
    QString runningHead;
};
using RecordedPtr = std::shared_ptr<RecordedChapter>;

// Where a chapter comes from: a month of the journal, or (invalid date) the
// closing chart of every check-in.
struct ChapterSource {
    QDate month;
    std::shared_ptr<const BookMonth> content;
};

// What is decided before the first page is drawn (the chapters, and so the
// number of contents pages), and what writing the chapters fills in (each
// month's first page, the entries counted).
struct BookPlan {
    std::vector<QDate> chapters; // months, then an invalid date for the closing chart
    std::vector<ContentsLine> contents;
    std::vector<size_t> contentsLineOf; // per chapter, its line in `contents`
    int contentsPages = 1;
    int entries = 0;
};

// The PDF destination name of a chapter's first page.
QString destinationOf(const QDate& month);

// The book in one pass. prepare() gathers what the book may hold and plans
// the contents: their lines depend only on the months, so the number of
// contents pages, and with it the first page of the body, is known before
// any chapter is laid out. Each chapter is then loaded on the calling thread,
// laid out and recorded on the pool's threads, and written; the contents,
// whose page numbers are known only then, are drawn last (PdfBookExport moves
// them behind the cover). Journal access stays on the calling thread; Pango
// objects stay on the thread that made them.
class BookWriter {
public:
    BookWriter(Journal& journal, const PdfBookOptions& options, const PdfProgress& progress);
    ~BookWriter();
    BookWriter(const BookWriter&) = delete;
    BookWriter& operator=(const BookWriter&) = delete;

    Result<void> prepare();

    const BookPlan& plan() const { return m_plan; }
    const BookContent& content() const { return *m_content; }
    const PageGeometry& page() const { return m_page; }

    // Opens a chapter's month (counting its entries for the summary).
    Result<ChapterSource> load(const QDate& month);
    // Lays the chapter out and records its pages on a pool thread.
    std::pair<std::future<void>, RecordedPtr> record(ChapterSource source);
    // Chapter `index` begins on `page`: the contents say so.
    void setFirstPage(size_t index, int page);
    void drawFolio(cairo_t* cr, const QString& runningHead, int pageNumber) const;
    void drawCover(cairo_t* cr) const;
    void drawContents(cairo_t* cr, int index) const;
    // Reports one more step done; false when the person cancelled.
    bool step();

private:
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
