#include "export/pdf/FrontMatter.h"

#include "export/pdf/ChapterBuilder.h"
#include "export/pdf/MarkdownBlocks.h"

namespace twofold::core::pdf {

namespace {

constexpr double kContentsTop = 150;
constexpr double kRowHeight = 17;

} // namespace

QString bothNames(const std::vector<Partner>& partners) {
    QStringList names;
    for (const Partner& partner : partners) {
        names.append(partner.name);
    }
    return names.join(QStringLiteral(" and "));
}

QString periodText(const QDate& from, const QDate& to) {
    if (!from.isValid() || !to.isValid()) {
        return {};
    }
    const QString first = monthTitle(from);
    const QString last = monthTitle(to);
    return first == last ? first : first + QStringLiteral(" – ") + last;
}

LayoutPtr FrontMatter::centred(const QString& markup, const char* family, double size) const {
    LayoutPtr layout(pango_layout_new(m_context));
    PangoFontDescription* font = pango_font_description_from_string(family);
    pango_font_description_set_size(font, static_cast<int>(size * PANGO_SCALE));
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(layout.get(), static_cast<int>(m_page.textWidth() * PANGO_SCALE));
    pango_layout_set_alignment(layout.get(), PANGO_ALIGN_CENTER);
    pango_layout_set_line_spacing(layout.get(), 1.2f);
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    const QByteArray utf8 = markup.toUtf8();
    pango_layout_set_markup(layout.get(), utf8.constData(), static_cast<int>(utf8.size()));
    return layout;
}

void FrontMatter::drawCover(cairo_t* cr, const QString& title, const std::vector<Partner>& partners,
                            const QString& period, const QString& dedication) const {
    double y = m_page.height * 0.28;
    LayoutPtr titleLayout = centred(escapeMarkup(title), style::kSerif, 30);
    m_renderer.drawLayout(cr, titleLayout.get(), m_page.left, y);
    int height = 0;
    pango_layout_get_size(titleLayout.get(), nullptr, &height);
    y += height / double(PANGO_SCALE) + 26;
    // Each partner in their colour, joined by "and".
    QStringList names;
    for (const Partner& partner : partners) {
        names.append(QStringLiteral("<span foreground='%1'>%2</span>")
                         .arg(colourMarkup(parseColour(partner.colour)), escapeMarkup(partner.name)));
    }
    LayoutPtr namesLayout =
        centred(names.join(QStringLiteral(" <span foreground='#6b6660'>and</span> ")), style::kSerif, 16);
    m_renderer.drawLayout(cr, namesLayout.get(), m_page.left, y);
    pango_layout_get_size(namesLayout.get(), nullptr, &height);
    y += height / double(PANGO_SCALE) + 10;
    setSource(cr, style::kHairline);
    cairo_rectangle(cr, m_page.width / 2 - 20, y, 40, 0.8);
    cairo_fill(cr);
    y += 14;
    if (!period.isEmpty()) {
        LayoutPtr periodLayout =
            centred(QStringLiteral("<span foreground='#6b6660'>%1</span>").arg(escapeMarkup(period.toUpper())),
                    style::kSans, 9);
        m_renderer.drawLayout(cr, periodLayout.get(), m_page.left, y);
    }
    if (!dedication.isEmpty()) {
        LayoutPtr dedicationLayout =
            centred(QStringLiteral("<i>%1</i>").arg(escapeMarkup(dedication)), style::kSerif, 12);
        m_renderer.drawLayout(cr, dedicationLayout.get(), m_page.left, m_page.height * 0.62);
    }
    LayoutPtr made = centred(QStringLiteral("<span foreground='#6b6660'>Made with Twofold</span>"), style::kSans, 7.5);
    m_renderer.drawLayout(cr, made.get(), m_page.left, m_page.height - 64);
}

int FrontMatter::linesPerPage() const {
    return static_cast<int>((m_page.bodyBottom() - kContentsTop) / kRowHeight);
}

void FrontMatter::drawContentsPage(cairo_t* cr, const std::vector<ContentsLine>& lines, int firstLine,
                                   int pageNumber) const {
    if (firstLine == 0) {
        LayoutPtr title = centred(QStringLiteral("<b>Contents</b>"), style::kSerif, 22);
        pango_layout_set_alignment(title.get(), PANGO_ALIGN_LEFT);
        m_renderer.drawLayout(cr, title.get(), m_page.left, m_page.top);
    }
    m_renderer.drawFolio(cr, firstLine == 0 ? QString() : QStringLiteral("Contents"), pageNumber);
    const int end = std::min(static_cast<int>(lines.size()), firstLine + linesPerPage());
    double y = kContentsTop;
    for (int i = firstLine; i < end; ++i) {
        const ContentsLine& line = lines[i];
        if (line.isYear) {
            LayoutPtr year = centred(QStringLiteral("<b>%1</b>").arg(escapeMarkup(line.text)), style::kSans, 9.5);
            pango_layout_set_alignment(year.get(), PANGO_ALIGN_LEFT);
            m_renderer.drawLayout(cr, year.get(), m_page.left, y + (i == firstLine ? 0 : 4));
            y += kRowHeight;
            continue;
        }
        LayoutPtr name = centred(escapeMarkup(line.text), style::kSerif, 10.5);
        pango_layout_set_alignment(name.get(), PANGO_ALIGN_LEFT);
        LayoutPtr page = centred(QString::number(line.page), style::kSerif, 10.5);
        pango_layout_set_alignment(page.get(), PANGO_ALIGN_RIGHT);
        const QByteArray link = QStringLiteral("dest='%1' rect=[%2 %3 %4 %5]")
                                    .arg(line.destination)
                                    .arg(m_page.left)
                                    .arg(y - 2)
                                    .arg(m_page.textWidth())
                                    .arg(kRowHeight)
                                    .toUtf8();
        cairo_tag_begin(cr, CAIRO_TAG_LINK, link.constData());
        m_renderer.drawLayout(cr, name.get(), m_page.left + 14, y);
        m_renderer.drawLayout(cr, page.get(), m_page.left, y);
        cairo_tag_end(cr, CAIRO_TAG_LINK);
        // A dotted leader between the month and its page.
        setSource(cr, style::kHairline);
        cairo_set_line_width(cr, 0.6);
        const double dashes[] = {0.6, 3};
        cairo_set_dash(cr, dashes, 2, 0);
        cairo_move_to(cr, m_page.left + 110, y + 11);
        cairo_line_to(cr, m_page.left + m_page.textWidth() - 24, y + 11);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
        y += kRowHeight;
    }
}

} // namespace twofold::core::pdf
