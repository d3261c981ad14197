#include "export/pdf/PdfBookExport.h"

#include "export/StreamingFile.h"
#include "export/pdf/BookWriter.h"
#include "export/pdf/ChapterBuilder.h"

#include <deque>
#include <memory>

#include <cairo-pdf.h>

namespace twofold::core {

using namespace pdf;

namespace {

struct StreamTarget {
    StreamingFile* file = nullptr;
    bool discard = false;
};

cairo_status_t writeToFile(void* closure, const unsigned char* data, unsigned int length) {
    auto* target = static_cast<StreamTarget*>(closure);
    if (target->discard) {
        return CAIRO_STATUS_SUCCESS;
    }
    return target->file->append(reinterpret_cast<const char*>(data), length) ? CAIRO_STATUS_SUCCESS
                                                                             : CAIRO_STATUS_WRITE_ERROR;
}

// Pass two: the pages, in order, with the outline and the month destinations.
Result<int> writePages(BookWriter& writer, cairo_surface_t* surface) {
    cairo_t* cr = cairo_create(surface);
    const auto finish = [&](Result<int> result) {
        cairo_destroy(cr);
        return result;
    };
    writer.drawCover(cr);
    cairo_show_page(cr);
    for (int i = 0; i < writer.plan().contentsPages; ++i) {
        writer.drawContents(cr, i);
        cairo_show_page(cr);
    }
    int page = 2 + writer.plan().contentsPages;
    int year = 0;
    int yearOutline = CAIRO_PDF_OUTLINE_ROOT;
    std::deque<std::tuple<QDate, std::future<void>, RecordedPtr>> running;
    const auto& chapters = writer.plan().chapters;
    for (size_t i = 0; i <= chapters.size(); ++i) {
        if (i < chapters.size()) {
            if (RecordedPtr kept = writer.takeKept(i)) {
                std::promise<void> ready;
                ready.set_value();
                running.emplace_back(chapters[i], ready.get_future(), std::move(kept));
            } else {
                auto source = writer.load(chapters[i]);
                if (!source) {
                    return finish(source.error());
                }
                auto [done, recorded] = writer.record(std::move(*source));
                running.emplace_back(chapters[i], std::move(done), std::move(recorded));
            }
        }
        // Keep one chapter in the pool while this thread writes another.
        while (running.size() > 1 || (i == chapters.size() && !running.empty())) {
            auto& [month, done, chapter] = running.front();
            done.get();
            const QByteArray destination = destinationOf(month).toUtf8();
            const QByteArray outlineLink = "dest='" + destination + "'";
            if (month.isValid() && month.year() != year) {
                year = month.year();
                yearOutline =
                    cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, QByteArray::number(year).constData(),
                                                  outlineLink.constData(), CAIRO_PDF_OUTLINE_FLAG_OPEN);
            }
            const QByteArray title = chapter->runningHead.toUtf8();
            cairo_pdf_surface_add_outline(surface, month.isValid() ? yearOutline : CAIRO_PDF_OUTLINE_ROOT,
                                          title.constData(), outlineLink.constData(), {});
            for (size_t p = 0; p < chapter->pages.size(); ++p) {
                cairo_set_source_surface(cr, chapter->pages[p].get(), 0, 0);
                cairo_paint(cr);
                if (p == 0) {
                    // After the paint: cairo 1.16 forgets a destination
                    // set before a recording surface is painted.
                    const QByteArray dest = "name='" + destination + "' x=0 y=0";
                    cairo_tag_begin(cr, CAIRO_TAG_DEST, dest.constData());
                    cairo_tag_end(cr, CAIRO_TAG_DEST);
                }
                writer.drawFolio(cr, p == 0 ? QString() : chapter->runningHead, page);
                cairo_show_page(cr);
                ++page;
            }
            running.pop_front();
            if (!writer.step()) {
                return finish(PdfBookExport::cancelledError());
            }
        }
    }
    return finish(page - 1);
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
    StreamTarget target{&*file, false};
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
    cairo_surface_finish(surface.get());
    if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
        return makeError(
            ErrorCode::Io,
            QStringLiteral("%1 cannot be written: %2.")
                .arg(path, QString::fromUtf8(cairo_status_to_string(cairo_surface_status(surface.get())))));
    }
    surface.reset();
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
