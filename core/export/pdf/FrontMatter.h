#pragma once

#include "domain/Partner.h"
#include "export/pdf/PageRenderer.h"

#include <QDate>
#include <QString>

#include <vector>

namespace twofold::core::pdf {

// A line of the contents: a year heading, or a month with its first page
// and the name of its PDF destination.
struct ContentsLine {
    bool isYear = false;
    QString text;
    int page = 0;
    QString destination;
};

// The cover and the contents pages, drawn on the exporting thread.
class FrontMatter {
public:
    FrontMatter(PangoContext* context, const PageGeometry& page)
        : m_context(context)
        , m_page(page)
        , m_renderer(context, page) {}

    void drawCover(cairo_t* cr, const QString& title, const std::vector<Partner>& partners, const QString& period,
                   const QString& dedication) const;
    // One page of contents; links go to each month's destination.
    void drawContentsPage(cairo_t* cr, const std::vector<ContentsLine>& lines, int firstLine, int pageNumber) const;

    int linesPerPage() const;
    int contentsPages(int lines) const { return std::max(1, (lines + linesPerPage() - 1) / linesPerPage()); }

private:
    LayoutPtr centred(const QString& markup, const char* family, double size) const;

    PangoContext* m_context;
    PageGeometry m_page;
    PageRenderer m_renderer;
};

// "Alex and Sam"
QString bothNames(const std::vector<Partner>& partners);
// "May 2025 – April 2026"
QString periodText(const QDate& from, const QDate& to);

} // namespace twofold::core::pdf
