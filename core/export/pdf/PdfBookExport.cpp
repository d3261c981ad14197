#include "export/pdf/PdfBookExport.h"

#include "export/StreamingFile.h"
#include "export/pdf/BookWriter.h"
#include "export/pdf/ChapterBuilder.h"
#include "export/pdf/PageTreeOrder.h"

#include <deque>
#include <memory>

#include <cairo-pdf.h>

namespace twofold::core {

using namespace pdf;

namespace {

// Where cairo's output goes: straight to the file while pages are drawn; into
// `tail` while the surface finishes, so the page tree can be put in order
// before it is written.
struct StreamTarget {
    StreamingFile* file = nullptr;
    QByteArray* tail = nullptr;
    bool discard = false;
};

cairo_status_t writeToFile(void* closure, const unsigned char* data, unsigned int length) {
    auto* target = static_cast<StreamTarget*>(closure);
    if (target->discard) {
        return CAIRO_STATUS_SUCCESS;
    }
    if (target->tail) {
        target->tail->append(reinterpret_cast<const char*>(data), length);
        return CAIRO_STATUS_SUCCESS;
    }
    return target->file->append(reinterpret_cast<const char*>(data), length) ? CAIRO_STATUS_SUCCESS
                                                                             : CAIRO_STATUS_WRITE_ERROR;
}

// Chapters opened ahead of the one being written: one laid out on each pool
// thread while this thread writes, so both cores stay busy.
constexpr size_t kChaptersAhead = 3;

// Writes one recorded chapter from `page` on, with its outline entry and
// the destination of its first page; returns the page after it.
int writeChapter(BookWriter& writer, cairo_t* cr, const QDate& month, const RecordedChapter& chapter, int page,
                 int& year, int& yearOutline) {
    cairo_surface_t* surface = cairo_get_target(cr);
    const QByteArray destination = destinationOf(month).toUtf8();
    const QByteArray outlineLink = "dest='" + destination + "'";
    if (month.isValid() && month.year() != year) {
        year = month.year();
        yearOutline =
            cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, QByteArray::number(year).constData(),
                                          outlineLink.constData(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
    }
    const QByteArray title = chapter.runningHead.toUtf8();
    cairo_pdf_surface_add_outline(surface, month.isValid() ? yearOutline : CAIRO_PDF_OUTLINE_ROOT, title.constData(),
                                  outlineLink.constData(), {});
    for (size_t p = 0; p < chapter.pages.size(); ++p) {
        cairo_set_source_surface(cr, chapter.pages[p].get(), 0, 0);
        cairo_paint(cr);
        if (p == 0) {
            // After the paint: cairo 1.16 forgets a destination set before
            // a recording surface is painted.
            const QByteArray dest = "name='" + destination + "' x=0 y=0";
            cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.constData());
            cairo_tag_end(cr, CAIRO_TAG_DEST);
        }
        writer.drawFolio(cr, p == 0 ? QString() : chapter.runningHead, page);
        cairo_show_page(cr);
        ++page;
    }
    return page;
}

// The pages in drawing order: the cover, every chapter as soon as it is
// laid out (their page numbers follow the contents, whose length the plan
// knows), then the contents with the page each month begins on. Returns the
// number of pages.
Result<int> writePages(BookWriter& writer, cairo_surface_t* surface) {
    cairo_t* cr = cairo_create(surface);
    const auto finish = [&](Result<int> result) {
        cairo_destroy(cr);
        return result;
    };
    writer.drawCover(cr);
    cairo_show_page(cr);
    int page = 2 + writer.plan().contentsPages;
    int year = 0;
    int yearOutline = CAIRO_PDF_OUTLINE_ROOT;
    const std::vector<QDate> chapters = writer.plan().chapters;
    std::deque<std::tuple<size_t, std::future<void>, RecordedPtr>> running;
    size_t next = 0;
    while (next < chapters.size() || !running.empty()) {
        while (next < chapters.size() && running.size() < kChaptersAhead) {
            auto source = writer.load(chapters[next]);
            if (!source) {
                return finish(source.error());
            }
            auto [done, recorded] = writer.record(std::move(*source));
            running.emplace_back(next++, std::move(done), std::move(recorded));
            if (!writer.step()) {
                return finish(PdfBookExport::cancelledError());
            }
        }
        auto& [index, done, chapter] = running.front();
        done.get();
        writer.setFirstPage(index, page);
        page = writeChapter(writer, cr, chapters[index], *chapter, page, year, yearOutline);
        running.pop_front();
        if (!writer.step()) {
            return finish(PdfBookExport::cancelledError());
        }
    }
    for (int i = 0; i < writer.plan().contentsPages; ++i) {
        writer.drawContents(cr, i);
        cairo_show_page(cr);
    }
    return finish(page - 1);
}

// Page 1 stays the cover; the contents, drawn last, come next.
std::vector<int> bookOrder(int pages, int contentsPages) {
    std::vector<int> order{0};
    const int body = pages - 1 - contentsPages;
    for (int i = 0; i < contentsPages; ++i) {
        order.push_back(1 + body + i);
    }
    for (int i = 0; i < body; ++i) {
        order.push_back(1 + i);
    }
    return order;
}

} // namespace

Error PdfBookExport::cancelledError() {
    return makeError(ErrorCode::Internal, QStringLiteral("The export was cancelled; nothing was written."));
}

Result<PdfBookSummary> PdfBookExport::writeTo(const QString& path) {
    // The destination is checked, and its file opened, before anything is decrypted.
    auto file = StreamingFile::create(path);
    if (!file) {
        return file.error();
    }
    BookWriter writer(m_journal, m_options, m_progress);
    if (auto prepared = writer.prepare(); !prepared) {
        return prepared.error();
    }
    const PageGeometry& page = writer.page();
    StreamTarget target{&*file, nullptr, false};
    SurfacePtr surface(cairo_pdf_surface_create_for_stream(writeToFile, &target, page.width, page.height));
    const QByteArray title = (m_options.title.isEmpty() ? QStringLiteral("Our journal") : m_options.title).toUtf8();
    const QByteArray author = bothNames(writer.content().partners()).toUtf8();
    const QByteArray subject = periodText(writer.content().firstDay(), writer.content().lastDay()).toUtf8();
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, author.constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, subject.constData());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Twofold");
    auto pages = writePages(writer, surface.get());
    if (!pages) {
        target.discard = true;
        return pages.error();
    }
    QByteArray tail;
    target.tail = &tail;
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1 cannot be written: %2.")
                .arg(path, QString::fromUtf8(cairo_status_to_string(cairo_surface_status(surface.get())))));
    }
    surface.reset();
    if (auto ordered = reorderPageTree(tail, bookOrder(*pages, writer.plan().contentsPages)); !ordered) {
        return ordered.error();
    }
    file->append(tail.constData(), static_cast<size_t>(tail.size())); // a failed write is reported by commit()
    if (auto committed = file->commit(); !committed) {
        return committed.error();
    }
    PdfBookSummary summary;
    summary.pages = *pages;
    summary.months = static_cast<int>(writer.content().months().size());
    summary.entries = writer.plan().entries;
    summary.checkIns = static_cast<int>(writer.content().allCheckIns().size());
    summary.prompts = writer.content().promptCount();
    return summary;
}

} // namespace twofold::core
