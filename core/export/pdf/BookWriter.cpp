#include "export/pdf/BookWriter.h"

#include "export/pdf/ChapterBuilder.h"
#include "export/pdf/PageRenderer.h"
#include "export/pdf/PdfBookExport.h"

namespace twofold::core::pdf {

namespace {

Chapter buildChapter(PangoContext* context, const PageGeometry& page, const BookContent& content,
                     const PdfBookOptions& options, const ChapterSource& source) {
    const ChapterBuilder builder(context, page, content.partners(), options);
    return source.content ? builder.month(*source.content) : builder.closingChart(content.allCheckIns());
}

} // namespace

QString destinationOf(const QDate& month) {
    return month.isValid() ? QStringLiteral("month-%1").arg(month.toString(QStringLiteral("yyyy-MM")))
                           : QStringLiteral("closing-chart");
}

BookWriter::BookWriter(Journal& journal, const PdfBookOptions& options, const PdfProgress& progress)
    : m_options(options)
    , m_progress(progress)
    , m_page(pageGeometry(options.pageSize))
    , m_journal(journal) {}

BookWriter::~BookWriter() {
    m_pool.reset(); // finishes what is queued before the content goes
    m_frontContext.reset();
    if (m_frontFontMap) {
        g_object_unref(m_frontFontMap);
    }
}

Result<void> BookWriter::prepare() {
    auto content = BookContent::gather(m_journal, m_options);
    if (!content) {
        return content.error();
    }
    m_content = std::make_unique<BookContent>(std::move(*content));
    m_plan.chapters = m_content->months();
    if (m_plan.chapters.empty()) {
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("There is nothing to put in the book for these days, so nothing was written."));
    }
    if (m_options.chart == PdfChartPlacement::EndOfBook && !m_content->allCheckIns().empty()) {
        m_plan.chapters.emplace_back();
    }
    m_frontFontMap = pango_cairo_font_map_new();
    m_frontContext = makePdfContext(m_frontFontMap);
    m_pool = std::make_unique<LayoutPool>(LayoutPool::defaultThreads());
    // Two steps a chapter: opened, then written.
    m_steps = 2 * static_cast<int>(m_plan.chapters.size());
    planContents();
    return {};
}

Result<ChapterSource> BookWriter::load(const QDate& month) {
    if (!month.isValid()) {
        return ChapterSource{month, nullptr};
    }
    auto loaded = m_content->loadMonth(month);
    if (!loaded) {
        return loaded.error();
    }
    for (const BookDay& day : loaded->days) {
        m_plan.entries += static_cast<int>(day.entries.size());
    }
    return ChapterSource{month, std::make_shared<const BookMonth>(std::move(*loaded))};
}

bool BookWriter::step() {
    return !m_progress || m_progress(++m_done, m_steps);
}

std::pair<std::future<void>, RecordedPtr> BookWriter::record(ChapterSource source) {
    auto recorded = std::make_shared<RecordedChapter>();
    auto done = m_pool->submit([this, source = std::move(source), recorded](PangoContext* context) {
        const Chapter chapter = buildChapter(context, m_page, *m_content, m_options, source);
        const PageRenderer renderer(context, m_page);
        const std::vector<PagePlan> plans = paginate(chapter, m_page);
        const cairo_rectangle_t extents{0, 0, m_page.width, m_page.height};
        for (const PagePlan& plan : plans) {
            SurfacePtr surface(cairo_recording_surface_create(CAIRO_CONTENT_COLOR_ALPHA, &extents));
            cairo_t* cr = cairo_create(surface.get());
            renderer.drawPage(cr, chapter, plan);
            cairo_destroy(cr);
            recorded->pages.push_back(std::move(surface));
        }
        recorded->runningHead = chapter.runningHead;
    });
    return {std::move(done), recorded};
}

void BookWriter::setFirstPage(size_t index, int page) {
    m_plan.contents[m_plan.contentsLineOf[index]].page = page;
}

void BookWriter::drawFolio(cairo_t* cr, const QString& runningHead, int pageNumber) const {
    PageRenderer(m_frontContext.get(), m_page).drawFolio(cr, runningHead, pageNumber);
}

void BookWriter::drawCover(cairo_t* cr) const {
    const FrontMatter front(m_frontContext.get(), m_page);
    front.drawCover(cr, m_options.title.isEmpty() ? QStringLiteral("Our journal") : m_options.title,
                    m_content->partners(), periodText(m_content->firstDay(), m_content->lastDay()),
                    m_options.dedication);
}

void BookWriter::drawContents(cairo_t* cr, int index) const {
    const FrontMatter front(m_frontContext.get(), m_page);
    front.drawContentsPage(cr, m_plan.contents, index * front.linesPerPage(), 2 + index);
}

void BookWriter::planContents() {
    std::vector<ContentsLine> lines;
    m_plan.contentsLineOf.clear();
    int year = 0;
    for (const QDate& month : m_plan.chapters) {
        if (month.isValid() && month.year() != year) {
            year = month.year();
            lines.push_back({true, QString::number(year), 0, {}});
        }
        m_plan.contentsLineOf.push_back(lines.size());
        lines.push_back({false,
                         month.isValid() ? monthTitle(month).section(QLatin1Char(' '), 0, 0)
                                         : QStringLiteral("Check-ins over time"),
                         0, destinationOf(month)});
    }
    const FrontMatter front(m_frontContext.get(), m_page);
    m_plan.contentsPages = front.contentsPages(static_cast<int>(lines.size()));
    m_plan.contents = std::move(lines);
}

} // namespace twofold::core::pdf
