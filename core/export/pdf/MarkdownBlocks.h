#pragma once

#include <QString>

#include <vector>

namespace twofold::core::pdf {

// One block of an entry's Markdown, already turned into Pango markup: the
// book renders what the Markdown means (headings, emphasis, lists, quotes,
// links), never its source.
struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem, Quote, Code, Rule };
    Kind kind = Kind::Paragraph;
    int level = 0;  // heading level 1..6
    int indent = 0; // nesting depth of lists and quotes
    QString bullet; // "•" or "3." for list items
    QString markup; // Pango markup
};

// Parses CommonMark (cmark) and returns its blocks in reading order. Raw HTML
// is shown as the text it is; it never becomes markup.
std::vector<TextBlock> markdownBlocks(const QString& markdown);

// Text escaped for Pango markup.
QString escapeMarkup(const QString& text);

} // namespace twofold::core::pdf
