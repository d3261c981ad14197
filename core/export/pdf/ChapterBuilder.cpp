#include "export/pdf/ChapterBuilder.h"

#include "export/Byline.h"
#include "prompts/PromptLibrary.h"

#include <QLocale>

namespace twofold::core::pdf {

namespace {

const QLocale& english() {
    static const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    return locale;
}

constexpr double kListIndent = 16;
constexpr double kQuoteIndent = 14;

} // namespace

QString dayTitle(const QDate& day) {
    return english().toString(day, QStringLiteral("dddd d MMMM"));
}

QString monthTitle(const QDate& month) {
    return english().toString(month, QStringLiteral("MMMM yyyy"));
}

QString colourMarkup(const Rgb& c) {
    return QStringLiteral("#%1%2%3")
        .arg(qRound(c.r * 255), 2, 16, QLatin1Char('0'))
        .arg(qRound(c.g * 255), 2, 16, QLatin1Char('0'))
        .arg(qRound(c.b * 255), 2, 16, QLatin1Char('0'));
}

Rgb parseColour(const QString& colour) {
    bool ok = false;
    const uint value = colour.startsWith(QLatin1Char('#')) && colour.size() == 7 ? colour.mid(1).toUInt(&ok, 16) : 0;
    if (!ok) {
        return style::kInk;
    }
    return Rgb{((value >> 16) & 0xff) / 255.0, ((value >> 8) & 0xff) / 255.0, (value & 0xff) / 255.0};
}

FlowItem ChapterBuilder::text(const QString& markup, const char* family, double size, double width, double indent,
                              bool justify) const {
    FlowItem item;
    item.layout.reset(pango_layout_new(m_context));
    PangoFontDescription* font = pango_font_description_from_string(family);
    pango_font_description_set_size(font, static_cast<int>(size * PANGO_SCALE));
    pango_layout_set_font_description(item.layout.get(), font);
    pango_font_description_free(font);
    pango_layout_set_width(item.layout.get(), static_cast<int>((width - indent) * PANGO_SCALE));
    pango_layout_set_wrap(item.layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_line_spacing(item.layout.get(), static_cast<float>(style::kLineSpacing));
    pango_layout_set_justify(item.layout.get(), justify);
    const QByteArray utf8 = markup.toUtf8();
    pango_layout_set_markup(item.layout.get(), utf8.constData(), static_cast<int>(utf8.size()));
    item.indent = indent;
    measureLines(item);
    return item;
}

Rgb ChapterBuilder::colourOf(const QString& partnerId) const {
    for (const Partner& partner : m_partners) {
        if (partner.id == partnerId) {
            return parseColour(partner.colour);
        }
    }
    return style::kSecondary;
}

Chapter ChapterBuilder::month(const BookMonth& month) const {
    Chapter chapter;
    chapter.month = month.first;
    chapter.runningHead = monthTitle(month.first);
    FlowItem title = text(QStringLiteral("<span weight='bold'>%1</span>").arg(escapeMarkup(chapter.runningHead)),
                          style::kSerif, 22, m_page.textWidth());
    title.keepWithNext = true;
    chapter.items.push_back(std::move(title));
    // Days and check-ins in date order: a check-in sits after its week's Sunday.
    size_t nextCheckIn = 0;
    for (const BookDay& day : month.days) {
        while (nextCheckIn < month.checkIns.size() && checkInDay(month.checkIns[nextCheckIn]) < day.day) {
            addCheckIn(chapter, month.checkIns[nextCheckIn++]);
        }
        addDay(chapter, day);
    }
    while (nextCheckIn < month.checkIns.size()) {
        addCheckIn(chapter, month.checkIns[nextCheckIn++]);
    }
    // A trend needs two weeks at least.
    if (m_options.chart == PdfChartPlacement::EachMonth && month.checkIns.size() >= 2) {
        addChart(chapter, month.checkIns, QStringLiteral("How %1 felt, week by week").arg(chapter.runningHead));
    }
    return chapter;
}

Chapter ChapterBuilder::closingChart(const std::vector<CheckIn>& checkIns) const {
    Chapter chapter;
    chapter.runningHead = QStringLiteral("Check-ins over time");
    FlowItem title = text(QStringLiteral("<span weight='bold'>%1</span>").arg(chapter.runningHead), style::kSerif, 22,
                          m_page.textWidth());
    title.keepWithNext = true;
    chapter.items.push_back(std::move(title));
    addChart(chapter, checkIns, QStringLiteral("Each partner's mean rating, week by week"));
    return chapter;
}

void ChapterBuilder::addDay(Chapter& chapter, const BookDay& day) const {
    FlowItem heading =
        text(QStringLiteral("<span weight='bold'>%1</span>").arg(escapeMarkup(dayTitle(day.day).toUpper())),
             style::kSans, 8.5, m_page.textWidth());
    heading.spaceBefore = 22;
    heading.keepWithNext = true;
    chapter.items.push_back(std::move(heading));
    for (const Entry& entry : day.entries) {
        addEntry(chapter, entry);
    }
    for (const PromptConversation& conversation : day.prompts) {
        addPrompt(chapter, conversation);
    }
}

FlowItem ChapterBuilder::authorLine(const QString& authorId, const QString& authorName, const QString& facts) const {
    const Rgb colour = colourOf(authorId);
    QString markup = QStringLiteral("<span weight='bold' foreground='%1'>%2</span>")
                         .arg(colourMarkup(colour), escapeMarkup(authorName));
    if (!facts.isEmpty()) {
        markup += QStringLiteral("<span foreground='%1'>  ·  %2</span>").arg(colourMarkup(style::kSecondary), facts);
    }
    FlowItem line = text(markup, style::kSans, 8.5, m_page.textWidth());
    line.stripe = colour;
    line.spaceBefore = 12;
    line.keepWithNext = true;
    return line;
}

void ChapterBuilder::addEntry(Chapter& chapter, const Entry& entry) const {
    QStringList facts;
    const bool isPrivate = entry.visibility == Visibility::Private;
    if (isPrivate) {
        facts.append(QStringLiteral("<span foreground='%1' weight='bold'>Private · only %2</span>")
                         .arg(colourMarkup(style::kPrivate), escapeMarkup(entry.authorName)));
    }
    if (entry.mood) {
        static const QStringList moods{QStringLiteral("low"), QStringLiteral("heavy"), QStringLiteral("okay"),
                                       QStringLiteral("good"), QStringLiteral("bright")};
        facts.append(QStringLiteral("mood %1/5 (%2)").arg(*entry.mood).arg(moods.value(*entry.mood - 1)));
    }
    if (!entry.tags.isEmpty()) {
        QStringList tags;
        for (const QString& tag : entry.tags) {
            tags.append(QStringLiteral("#") + escapeMarkup(tag));
        }
        facts.append(tags.join(QLatin1Char(' ')));
    }
    chapter.items.push_back(authorLine(entry.authorId, byline(entry.authorName, entry.importedByName),
                                       facts.join(QStringLiteral("  ·  "))));
    const std::optional<Rgb> tint = isPrivate ? std::optional<Rgb>(style::kPrivateTint) : std::nullopt;
    if (!entry.title.isEmpty()) {
        FlowItem title = text(QStringLiteral("<span weight='bold'>%1</span>").arg(escapeMarkup(entry.title)),
                              style::kSerif, 12.5, m_page.textWidth());
        title.spaceBefore = 3;
        title.keepWithNext = true;
        title.tint = tint;
        chapter.items.push_back(std::move(title));
    }
    addMarkdown(chapter, entry.text, tint);
}

void ChapterBuilder::addMarkdown(Chapter& chapter, const QString& markdown, std::optional<Rgb> tint) const {
    const double width = m_page.textWidth();
    for (const TextBlock& block : markdownBlocks(markdown)) {
        FlowItem item;
        switch (block.kind) {
        case TextBlock::Kind::Heading: {
            static const double sizes[] = {13, 12, 11.5, 11, 10.5, 10.5};
            item = text(QStringLiteral("<span weight='bold'>%1</span>").arg(block.markup), style::kSerif,
                        sizes[std::clamp(block.level, 1, 6) - 1], width, block.indent * kListIndent);
            item.spaceBefore = 8;
            item.keepWithNext = true;
            break;
        }
        case TextBlock::Kind::ListItem:
            item = text(block.markup, style::kSerif, style::kBodySize, width, block.indent * kListIndent);
            if (!block.bullet.isEmpty()) {
                FlowItem bullet = text(escapeMarkup(block.bullet), style::kSerif, style::kBodySize, kListIndent);
                item.bullet = std::move(bullet.layout);
            }
            item.spaceBefore = 2;
            break;
        case TextBlock::Kind::Quote:
            item = text(QStringLiteral("<i>%1</i>").arg(block.markup), style::kSerif, style::kBodySize, width,
                        block.indent * kQuoteIndent, true);
            item.spaceBefore = 5;
            break;
        case TextBlock::Kind::Code:
            item = text(QStringLiteral("<tt>%1</tt>").arg(block.markup), style::kSerif, 9, width,
                        (block.indent + 1) * kListIndent);
            item.spaceBefore = 5;
            break;
        case TextBlock::Kind::Rule:
            item.kind = FlowItem::Kind::Rule;
            item.height = 8;
            item.indent = width * 0.4;
            item.spaceBefore = 6;
            break;
        case TextBlock::Kind::Paragraph:
            item = text(block.markup, style::kSerif, style::kBodySize, width, block.indent * kListIndent, true);
            item.spaceBefore = 5;
            break;
        }
        item.tint = tint;
        chapter.items.push_back(std::move(item));
    }
}

void ChapterBuilder::addPrompt(Chapter& chapter, const PromptConversation& conversation) const {
    FlowItem label = text(QStringLiteral("<span foreground='%1'>A CONVERSATION  ·  %2</span>")
                              .arg(colourMarkup(style::kSecondary), escapeMarkup(conversation.prompt.theme.toUpper())),
                          style::kSans, 7.5, m_page.textWidth());
    label.spaceBefore = 14;
    label.keepWithNext = true;
    chapter.items.push_back(std::move(label));
    FlowItem prompt = text(QStringLiteral("<i>%1</i>").arg(escapeMarkup(conversation.prompt.text)), style::kSerif, 12.5,
                           m_page.textWidth());
    prompt.spaceBefore = 3;
    prompt.keepWithNext = true;
    chapter.items.push_back(std::move(prompt));
    if (conversation.prompt.care) {
        FlowItem note = text(QStringLiteral("<span foreground='%1'>%2</span>")
                                 .arg(colourMarkup(style::kSecondary), escapeMarkup(PromptLibrary::careNote())),
                             style::kSans, 8.5, m_page.textWidth());
        note.spaceBefore = 2;
        note.keepWithNext = true;
        chapter.items.push_back(std::move(note));
    }
    for (const Answer& answer : conversation.answers) {
        chapter.items.push_back(authorLine(answer.authorId, byline(answer.authorName, answer.importedByName), {}));
        addMarkdown(chapter, answer.text, std::nullopt);
    }
}

} // namespace twofold::core::pdf
