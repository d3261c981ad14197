#pragma once

#include "export/pdf/PdfStyle.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

#include <pango/pangocairo.h>

namespace twofold::core::pdf {

struct GObjectUnref {
    void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;

// A PangoContext for PDF points (72 dpi) with unhinted metrics, so that what
// is measured is exactly what is drawn, whatever the thread.
ContextPtr makePdfContext(PangoFontMap* fontMap);

// The ratings of check-ins over time: one line per partner.
struct TrendSeries {
    QString name;
    Rgb colour;
    std::vector<std::optional<double>> values; // one per week, 0..10
};
struct TrendChartData {
    QString caption;
    QStringList weeks; // axis labels
    std::vector<TrendSeries> series;
};

// One thing in the flow of a chapter. Text breaks between lines across
// pages (never leaving fewer than two lines on either side); a heading is
// kept with what follows it.
struct FlowItem {
    enum class Kind { Text, Rule, Chart };
    Kind kind = Kind::Text;
    LayoutPtr layout;          // Text
    LayoutPtr bullet;          // list items: drawn in the gutter of the first line
    double indent = 0;         // from the left margin
    double spaceBefore = 0;    // dropped at the top of a page
    double height = 0;         // Rule and Chart
    bool keepWithNext = false; // never the last thing on a page
    bool splittable = true;
    std::optional<Rgb> stripe; // the author's colour, a thin rule above the item
    std::optional<Rgb> tint;   // a background band (private entries)
    std::vector<double> tops;  // per line, from the layout's top
    std::vector<double> bottoms;
    std::unique_ptr<TrendChartData> chart;

    double fullHeight() const { return kind == Kind::Text ? (bottoms.empty() ? 0 : bottoms.back()) : height; }
    int lineCount() const { return static_cast<int>(tops.size()); }
};

// A chapter (a month, or the closing chart) ready to paginate.
struct Chapter {
    QDate month;         // invalid for the closing chapter
    QString runningHead; // "May 2026"
    std::vector<FlowItem> items;
};

// Lines [firstLine, endLine) of an item, at y on the page.
struct Piece {
    size_t item = 0;
    int firstLine = 0;
    int endLine = 0;
    double y = 0;
};
using PagePlan = std::vector<Piece>;

// Breaks a chapter into pages; the first page begins at geometry.top.
std::vector<PagePlan> paginate(const Chapter& chapter, const PageGeometry& page);

// Measures a text item's lines (after its layout is set up).
void measureLines(FlowItem& item);

} // namespace twofold::core::pdf
