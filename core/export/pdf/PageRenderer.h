#pragma once

#include "export/pdf/Flow.h"

#include <cairo.h>

namespace twofold::core::pdf {

// Draws laid-out pages onto any cairo surface (the PDF itself, a recording
// surface, an image for a preview). Uses only the given Pango context's
// thread.
class PageRenderer {
public:
    PageRenderer(PangoContext* context, const PageGeometry& page)
        : m_context(context)
        , m_page(page) {}

    // The body of one page of a chapter. The folio is drawn apart, since a
    // chapter's page numbers are known only once every chapter before it is.
    void drawPage(cairo_t* cr, const Chapter& chapter, const PagePlan& plan) const;
    // The running head (none when empty) and the page number (none when 0).
    void drawFolio(cairo_t* cr, const QString& runningHead, int pageNumber) const;

    // Lines [first, end) of a layout, the top of line `first` at y.
    void drawLines(cairo_t* cr, PangoLayout* layout, int first, int end, double x, double y) const;
    // A single layout placed with its top left at (x, y).
    void drawLayout(cairo_t* cr, PangoLayout* layout, double x, double y) const;

private:
    void drawPiece(cairo_t* cr, const FlowItem& item, const Piece& piece) const;
    void drawChart(cairo_t* cr, const TrendChartData& chart, double x, double y, double width, double height) const;
    LayoutPtr label(const QString& markup, double size) const;

    PangoContext* m_context;
    PageGeometry m_page;
};

void setSource(cairo_t* cr, const Rgb& colour, double alpha = 1);

} // namespace twofold::core::pdf
