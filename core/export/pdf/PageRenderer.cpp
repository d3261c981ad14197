#include "export/pdf/PageRenderer.h"

#include "export/pdf/MarkdownBlocks.h"

#include <cstring>

namespace twofold::core::pdf {

namespace {

bool isColourEmojiFont(PangoFont* font) {
    PangoFontDescription* description = pango_font_describe(font);
    const char* family = pango_font_description_get_family(description);
    const bool colour = family && std::strcmp(family, style::kColourEmojiFamily) == 0;
    pango_font_description_free(description);
    return colour;
}

// Colour emoji become images in the PDF, which hold no text. The same
// characters are laid over them in an outline face at 1 % opacity, fitted to
// the run's width, so that search, copy and pdftotext find them.
void overlayEmojiText(cairo_t* cr, PangoLayout* layout, PangoLayoutLine* line, double x, double baseline) {
    const char* text = pango_layout_get_text(layout);
    double runX = x;
    for (GSList* node = line->runs; node; node = node->next) {
        auto* run = static_cast<PangoGlyphItem*>(node->data);
        const double runWidth = pango_glyph_string_get_width(run->glyphs) / double(PANGO_SCALE);
        if (isColourEmojiFont(run->item->analysis.font)) {
            PangoFontDescription* description = pango_font_describe(run->item->analysis.font);
            const double size = pango_font_description_get_size(description) / double(PANGO_SCALE);
            pango_font_description_free(description);
            const std::string utf8(text + run->item->offset, static_cast<size_t>(run->item->length));
            cairo_save(cr);
            cairo_select_font_face(cr, style::kEmojiTextFace, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
            cairo_set_font_size(cr, size > 0 ? size : style::kBodySize);
            cairo_text_extents_t extents;
            cairo_text_extents(cr, utf8.c_str(), &extents);
            cairo_move_to(cr, runX, baseline);
            if (extents.x_advance > 0) {
                cairo_scale(cr, runWidth / extents.x_advance, 1);
                cairo_move_to(cr, runX * extents.x_advance / runWidth, baseline);
            }
            cairo_set_source_rgba(cr, 0, 0, 0, 0.01);
            cairo_show_text(cr, utf8.c_str());
            cairo_restore(cr);
        }
        runX += runWidth;
    }
}

} // namespace

void setSource(cairo_t* cr, const Rgb& colour, double alpha) {
    cairo_set_source_rgba(cr, colour.r, colour.g, colour.b, alpha);
}

void PageRenderer::drawLines(cairo_t* cr, PangoLayout* layout, int first, int end, double x, double y) const {
    PangoLayoutIter* iter = pango_layout_get_iter(layout);
    double top = 0;
    for (int index = 0;; ++index) {
        if (index >= end) {
            break;
        }
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        if (index == first) {
            top = logical.y / double(PANGO_SCALE);
        }
        if (index >= first) {
            const double lineX = x + logical.x / double(PANGO_SCALE);
            const double baseline = y + pango_layout_iter_get_baseline(iter) / double(PANGO_SCALE) - top;
            PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
            setSource(cr, style::kInk);
            cairo_move_to(cr, lineX, baseline);
            pango_cairo_show_layout_line(cr, line);
            overlayEmojiText(cr, layout, line, lineX, baseline);
        }
        if (!pango_layout_iter_next_line(iter)) {
            break;
        }
    }
    pango_layout_iter_free(iter);
}

void PageRenderer::drawLayout(cairo_t* cr, PangoLayout* layout, double x, double y) const {
    drawLines(cr, layout, 0, pango_layout_get_line_count(layout), x, y);
}

LayoutPtr PageRenderer::label(const QString& markup, double size) const {
    LayoutPtr layout(pango_layout_new(m_context));
    PangoFontDescription* font = pango_font_description_from_string(style::kSans);
    pango_font_description_set_size(font, static_cast<int>(size * PANGO_SCALE));
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    const QByteArray utf8 = markup.toUtf8();
    pango_layout_set_markup(layout.get(), utf8.constData(), static_cast<int>(utf8.size()));
    return layout;
}

void PageRenderer::drawFolio(cairo_t* cr, const QString& runningHead, int pageNumber) const {
    if (!runningHead.isEmpty()) {
        LayoutPtr head =
            label(QStringLiteral("<span foreground='#6b6660'>%1</span>").arg(escapeMarkup(runningHead.toUpper())), 7.5);
        int width = 0;
        pango_layout_get_size(head.get(), &width, nullptr);
        drawLayout(cr, head.get(), (m_page.width - width / double(PANGO_SCALE)) / 2, 44);
    }
    if (pageNumber > 0) {
        LayoutPtr number = label(QStringLiteral("<span foreground='#6b6660'>%1</span>").arg(pageNumber), 8.5);
        int width = 0;
        pango_layout_get_size(number.get(), &width, nullptr);
        drawLayout(cr, number.get(), (m_page.width - width / double(PANGO_SCALE)) / 2, m_page.height - 52);
    }
}

void PageRenderer::drawPage(cairo_t* cr, const Chapter& chapter, const PagePlan& plan) const {
    for (const Piece& piece : plan) {
        drawPiece(cr, chapter.items[piece.item], piece);
    }
}

void PageRenderer::drawPiece(cairo_t* cr, const FlowItem& item, const Piece& piece) const {
    const double x = m_page.left + item.indent;
    if (item.kind == FlowItem::Kind::Rule) {
        setSource(cr, style::kHairline);
        cairo_rectangle(cr, m_page.left + (m_page.textWidth() - 60) / 2, piece.y + item.height / 2, 60, 0.6);
        cairo_fill(cr);
        return;
    }
    if (item.kind == FlowItem::Kind::Chart) {
        drawChart(cr, *item.chart, m_page.left, piece.y, m_page.textWidth(), item.height);
        return;
    }
    const double height = item.bottoms[piece.endLine - 1] - item.tops[piece.firstLine];
    if (item.tint) {
        setSource(cr, *item.tint);
        cairo_rectangle(cr, m_page.left - 8, piece.y - 3, m_page.textWidth() + 16, height + 6);
        cairo_fill(cr);
        setSource(cr, style::kPrivate);
        cairo_rectangle(cr, m_page.left - 8, piece.y - 3, 1.5, height + 6);
        cairo_fill(cr);
    }
    if (item.stripe && piece.firstLine == 0) {
        // The author's colour as a short bar in the margin, beside the name
        // it belongs to (never colour alone).
        setSource(cr, *item.stripe);
        cairo_rectangle(cr, m_page.left - 9, piece.y + 1, 3, height - 2);
        cairo_fill(cr);
    }
    if (item.bullet && piece.firstLine == 0) {
        drawLayout(cr, item.bullet.get(), x - 14, piece.y);
    }
    drawLines(cr, item.layout.get(), piece.firstLine, piece.endLine, x, piece.y);
}

void PageRenderer::drawChart(cairo_t* cr, const TrendChartData& chart, double x, double y, double width,
                             double height) const {
    LayoutPtr caption = label(QStringLiteral("<b>%1</b>").arg(escapeMarkup(chart.caption)), 9);
    drawLayout(cr, caption.get(), x, y);
    // The legend: colour and name together, never colour alone.
    double legendX = x;
    for (const TrendSeries& series : chart.series) {
        setSource(cr, series.colour);
        cairo_rectangle(cr, legendX, y + 21, 14, 2.5);
        cairo_fill(cr);
        LayoutPtr name = label(escapeMarkup(series.name), 8);
        drawLayout(cr, name.get(), legendX + 18, y + 15);
        int nameWidth = 0;
        pango_layout_get_size(name.get(), &nameWidth, nullptr);
        legendX += 18 + nameWidth / double(PANGO_SCALE) + 16;
    }
    const double plotLeft = x + 22;
    const double plotTop = y + 38;
    const double plotWidth = width - 30;
    const double plotHeight = height - 38 - 18;
    const auto yOf = [&](double value) {
        return plotTop + plotHeight * (1 - value / 10.0);
    };
    cairo_set_line_width(cr, 0.5);
    for (int value = 0; value <= 10; value += 5) {
        setSource(cr, style::kHairline);
        cairo_move_to(cr, plotLeft, yOf(value));
        cairo_line_to(cr, plotLeft + plotWidth, yOf(value));
        cairo_stroke(cr);
        LayoutPtr tick = label(QStringLiteral("<span foreground='#6b6660'>%1</span>").arg(value), 7);
        drawLayout(cr, tick.get(), x, yOf(value) - 5);
    }
    const int weeks = static_cast<int>(chart.weeks.size());
    const auto xOf = [&](int index) {
        return weeks <= 1 ? plotLeft + plotWidth / 2 : plotLeft + plotWidth * index / double(weeks - 1);
    };
    const int labelEvery = std::max(1, weeks / 12);
    for (int i = 0; i < weeks; i += labelEvery) {
        LayoutPtr week = label(QStringLiteral("<span foreground='#6b6660'>%1</span>").arg(chart.weeks[i]), 6.5);
        drawLayout(cr, week.get(), xOf(i) - 7, plotTop + plotHeight + 5);
    }
    cairo_set_line_width(cr, 1.6);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    for (const TrendSeries& series : chart.series) {
        setSource(cr, series.colour);
        bool drawing = false;
        for (int i = 0; i < weeks; ++i) {
            if (!series.values[i]) {
                drawing = false;
                continue;
            }
            if (drawing) {
                cairo_line_to(cr, xOf(i), yOf(*series.values[i]));
            } else {
                cairo_move_to(cr, xOf(i), yOf(*series.values[i]));
                drawing = true;
            }
        }
        cairo_stroke(cr);
        if (weeks <= 60) {
            for (int i = 0; i < weeks; ++i) {
                if (series.values[i]) {
                    cairo_arc(cr, xOf(i), yOf(*series.values[i]), 2.2, 0, 6.2832);
                    cairo_fill(cr);
                }
            }
        }
    }
}

} // namespace twofold::core::pdf
