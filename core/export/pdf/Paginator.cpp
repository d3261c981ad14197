#include "export/pdf/Flow.h"

#include <algorithm>

namespace twofold::core::pdf {

namespace {

// Fewer lines than this are never left alone at a page's foot (an orphan)
// or head (a widow).
constexpr int kMinLines = 2;

// The height of lines [first, end) of an item.
double span(const FlowItem& item, int first, int end) {
    if (item.kind != FlowItem::Kind::Text) {
        return item.height;
    }
    if (end <= first) {
        return 0;
    }
    return item.bottoms[end - 1] - item.tops[first];
}

// The height an item needs at a page's foot: all of it, plus — when it must
// stay with the next — the next item's start.
double keepHeight(const std::vector<FlowItem>& items, size_t index) {
    const FlowItem& item = items[index];
    double height = item.fullHeight();
    if (item.keepWithNext && index + 1 < items.size()) {
        const FlowItem& next = items[index + 1];
        if (next.keepWithNext) {
            height += next.spaceBefore + keepHeight(items, index + 1);
        } else {
            const int lines = next.splittable ? std::min(next.lineCount(), kMinLines) : next.lineCount();
            height += next.spaceBefore + (next.kind == FlowItem::Kind::Text ? span(next, 0, lines) : next.height);
        }
    }
    return height;
}

} // namespace

std::vector<PagePlan> paginate(const Chapter& chapter, const PageGeometry& page) {
    std::vector<PagePlan> pages(1);
    double y = page.top;
    const double bottom = page.bodyBottom();
    const auto newPage = [&] {
        pages.emplace_back();
        y = page.top;
    };
    for (size_t i = 0; i < chapter.items.size(); ++i) {
        const FlowItem& item = chapter.items[i];
        const bool pageEmpty = pages.back().empty();
        double gap = pageEmpty ? 0 : item.spaceBefore;
        if (!pageEmpty && y + gap + keepHeight(chapter.items, i) > bottom) {
            const bool canSplit = item.kind == FlowItem::Kind::Text && item.splittable && !item.keepWithNext &&
                                  item.lineCount() >= 2 * kMinLines;
            if (!canSplit || y + gap + span(item, 0, kMinLines) > bottom) {
                newPage();
                gap = 0;
            }
        }
        if (item.kind != FlowItem::Kind::Text) {
            pages.back().push_back({i, 0, 0, y + gap});
            y += gap + item.height;
            continue;
        }
        int first = 0;
        const int lines = item.lineCount();
        y += gap;
        while (first < lines) {
            int end = first;
            while (end < lines && y + span(item, first, end + 1) <= bottom) {
                ++end;
            }
            if (end == lines) {
                pages.back().push_back({i, first, end, y});
                y += span(item, first, end);
                break;
            }
            // Widow control: leave at least kMinLines for the next page.
            if (lines - end < kMinLines) {
                end = std::max(first, lines - kMinLines);
            }
            if (end - first < kMinLines && !pages.back().empty()) {
                end = first; // an orphan would be left: move on whole
            }
            if (end == first && pages.back().empty()) {
                end = first + 1; // a line taller than the page still goes somewhere
            }
            if (end > first) {
                pages.back().push_back({i, first, end, y});
            }
            first = end;
            newPage();
        }
    }
    return pages;
}

void measureLines(FlowItem& item) {
    item.tops.clear();
    item.bottoms.clear();
    PangoLayoutIter* iter = pango_layout_get_iter(item.layout.get());
    do {
        PangoRectangle logical;
        pango_layout_iter_get_line_extents(iter, nullptr, &logical);
        item.tops.push_back(logical.y / double(PANGO_SCALE));
        item.bottoms.push_back((logical.y + logical.height) / double(PANGO_SCALE));
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
}

ContextPtr makePdfContext(PangoFontMap* fontMap) {
    ContextPtr context(pango_font_map_create_context(fontMap));
    pango_cairo_context_set_resolution(context.get(), 72);
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    pango_cairo_context_set_font_options(context.get(), options);
    cairo_font_options_destroy(options);
    return context;
}

} // namespace twofold::core::pdf
