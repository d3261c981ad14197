#include "export/pdf/MarkdownBlocks.h"

#include <cmark.h>
#include <memory>

namespace twofold::core::pdf {

namespace {

struct NodeDeleter {
    void operator()(cmark_node* node) const { cmark_node_free(node); }
};

QString literal(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text ? QString::fromUtf8(text) : QString();
}

// The inline children of a block as Pango markup.
QString inlineMarkup(cmark_node* parent) {
    QString out;
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE:
            out += escapeMarkup(literal(node));
            break;
        case CMARK_NODE_SOFTBREAK:
            out += QLatin1Char(' ');
            break;
        case CMARK_NODE_LINEBREAK:
            out += QLatin1Char('\n');
            break;
        case CMARK_NODE_CODE:
            out += QStringLiteral("<tt>") + escapeMarkup(literal(node)) + QStringLiteral("</tt>");
            break;
        case CMARK_NODE_EMPH:
            out += QStringLiteral("<i>") + inlineMarkup(node) + QStringLiteral("</i>");
            break;
        case CMARK_NODE_STRONG:
            out += QStringLiteral("<b>") + inlineMarkup(node) + QStringLiteral("</b>");
            break;
        case CMARK_NODE_LINK: {
            // A printed book cannot be clicked: the address follows the
            // words when they differ from it.
            const QString text = inlineMarkup(node);
            const QString url = QString::fromUtf8(cmark_node_get_url(node));
            out += QStringLiteral("<span underline='single' underline_color='#8a8580'>") + text +
                   QStringLiteral("</span>");
            if (!url.isEmpty() && url != text && QStringLiteral("mailto:") + text != url) {
                out += QStringLiteral(" <span size='85%' foreground='#6b6660'>(") + escapeMarkup(url) +
                       QStringLiteral(")</span>");
            }
            break;
        }
        case CMARK_NODE_IMAGE:
            out += QStringLiteral("<i>[") + inlineMarkup(node) + QStringLiteral("]</i>");
            break;
        default:
            out += inlineMarkup(node);
            break;
        }
    }
    return out;
}

void walkBlocks(cmark_node* parent, int indent, bool inQuote, std::vector<TextBlock>& out);

void addListItems(cmark_node* list, int indent, bool inQuote, std::vector<TextBlock>& out) {
    const bool ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST;
    int number = cmark_node_get_list_start(list);
    for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item), ++number) {
        const QString bullet = ordered ? QStringLiteral("%1.").arg(number) : QStringLiteral("•");
        bool first = true;
        for (cmark_node* child = cmark_node_first_child(item); child; child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) == CMARK_NODE_PARAGRAPH) {
                TextBlock block{TextBlock::Kind::ListItem, 0, indent + 1, first ? bullet : QString(),
                                inlineMarkup(child)};
                if (inQuote) {
                    block.markup = QStringLiteral("<i>") + block.markup + QStringLiteral("</i>");
                }
                out.push_back(std::move(block));
                first = false;
            } else {
                walkBlocks(child, indent + 1, inQuote, out);
            }
        }
    }
}

void addBlock(cmark_node* node, int indent, bool inQuote, std::vector<TextBlock>& out) {
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
        out.push_back(
            {inQuote ? TextBlock::Kind::Quote : TextBlock::Kind::Paragraph, 0, indent, {}, inlineMarkup(node)});
        break;
    case CMARK_NODE_HEADING:
        out.push_back({TextBlock::Kind::Heading, cmark_node_get_heading_level(node), indent, {}, inlineMarkup(node)});
        break;
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_HTML_BLOCK: {
        QString text = literal(node);
        while (text.endsWith(QLatin1Char('\n'))) {
            text.chop(1);
        }
        out.push_back({TextBlock::Kind::Code, 0, indent, {}, escapeMarkup(text)});
        break;
    }
    case CMARK_NODE_THEMATIC_BREAK:
        out.push_back({TextBlock::Kind::Rule, 0, indent, {}, {}});
        break;
    case CMARK_NODE_BLOCK_QUOTE:
        walkBlocks(node, indent + 1, true, out);
        break;
    case CMARK_NODE_LIST:
        addListItems(node, indent, inQuote, out);
        break;
    default:
        walkBlocks(node, indent, inQuote, out);
        break;
    }
}

void walkBlocks(cmark_node* parent, int indent, bool inQuote, std::vector<TextBlock>& out) {
    for (cmark_node* node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        addBlock(node, indent, inQuote, out);
    }
}

} // namespace

QString escapeMarkup(const QString& text) {
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&':
            out += QStringLiteral("&amp;");
            break;
        case '<':
            out += QStringLiteral("&lt;");
            break;
        case '>':
            out += QStringLiteral("&gt;");
            break;
        case '\'':
            out += QStringLiteral("&#39;");
            break;
        case '"':
            out += QStringLiteral("&quot;");
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::vector<TextBlock> markdownBlocks(const QString& markdown) {
    const QByteArray utf8 = markdown.toUtf8();
    // CMARK_OPT_SMART: typographic quotes and dashes, as a book sets them.
    std::unique_ptr<cmark_node, NodeDeleter> document(
        cmark_parse_document(utf8.constData(), static_cast<size_t>(utf8.size()), CMARK_OPT_SMART));
    std::vector<TextBlock> blocks;
    if (document) {
        walkBlocks(document.get(), 0, false, blocks);
    }
    return blocks;
}

} // namespace twofold::core::pdf
