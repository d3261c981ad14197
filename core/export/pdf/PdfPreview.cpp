// PdfBookExport::preview: the first pages of the book as images, drawn by
// the same code as the PDF (cover, then the first chapter; the contents
// need every chapter measured, which a preview does not wait for).
#include "export/pdf/BookWriter.h"
#include "export/pdf/PdfBookExport.h"

namespace twofold::core {

using namespace pdf;

namespace {

PdfPreviewPage renderPage(const PageGeometry& page, double dpi, const std::function<void(cairo_t*)>& draw) {
    const double scale = dpi / 72.0;
    const int width = static_cast<int>(page.width * scale);
    const int height = static_cast<int>(page.height * scale);
    SurfacePtr image(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height));
    cairo_t* cr = cairo_create(image.get());
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    draw(cr);
    cairo_destroy(cr);
    cairo_surface_flush(image.get());
    PdfPreviewPage result;
    result.width = width;
    result.height = height;
    result.stride = cairo_image_surface_get_stride(image.get());
    result.pixels = QByteArray(reinterpret_cast<const char*>(cairo_image_surface_get_data(image.get())),
                               static_cast<qsizetype>(result.stride) * height);
    return result;
}

} // namespace

Result<std::vector<PdfPreviewPage>> PdfBookExport::preview(int pages, double dpi) {
    BookWriter writer(m_journal, m_options, {});
    if (auto prepared = writer.prepare(); !prepared) {
        return prepared.error();
    }
    std::vector<PdfPreviewPage> images;
    images.push_back(renderPage(writer.page(), dpi, [&](cairo_t* cr) { writer.drawCover(cr); }));
    const auto& chapters = writer.plan().chapters;
    for (size_t i = 0; i < chapters.size() && static_cast<int>(images.size()) < pages; ++i) {
        auto source = writer.load(chapters[i]);
        if (!source) {
            return source.error();
        }
        auto recording = writer.record(std::move(*source));
        recording.first.get();
        const RecordedPtr recorded = std::move(recording.second);
        for (size_t p = 0; p < recorded->pages.size() && static_cast<int>(images.size()) < pages; ++p) {
            const int number = static_cast<int>(images.size()) + 1;
            images.push_back(renderPage(writer.page(), dpi, [&](cairo_t* cr) {
                cairo_set_source_surface(cr, recorded->pages[p].get(), 0, 0);
                cairo_paint(cr);
                writer.drawFolio(cr, p == 0 ? QString() : recorded->runningHead, number);
            }));
        }
    }
    return images;
}

} // namespace twofold::core
