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
    size_t bytes = 0; // an estimate of the recordings' memory
};
using RecordedPtr = std::shared_ptr<RecordedChapter>;

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

// The two passes of the book. prepare() gathers the content, then lays out
// and records every chapter on the pool's threads (two at a time, while this
// thread opens the next month) to count its pages for the contents; the
// recordings are kept while they fit in kKeptBytes, so a book of a year or
// two is laid out only once. Chapters beyond that are recorded again when
// their turn comes to be written. Journal access stays on the calling
// thread; Pango objects stay on the thread that made them.
class BookWriter {
public:
    static constexpr size_t kKeptBytes = 64u << 20;

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
    std::pair<std::future<void>, RecordedPtr> record(ChapterSource source);
    // The recording pass one kept of chapter `index`, once; else null.
    RecordedPtr takeKept(size_t index);
    void drawFolio(cairo_t* cr, const QString& runningHead, int pageNumber) const;
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
    std::vector<RecordedPtr> m_kept;
    int m_done = 0;
    int m_steps = 0;
};

} // namespace twofold::core::pdf
