#include "editor/MarkdownHighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace twofold::ui {

MarkdownHighlighter::MarkdownHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document) {
    const QPalette pal = QGuiApplication::palette();
    m_mark.setForeground(pal.color(QPalette::PlaceholderText));
    m_bold.setFontWeight(QFont::Bold);
    m_italic.setFontItalic(true);
    m_quote.setFontItalic(true);
    m_quote.setForeground(pal.color(QPalette::PlaceholderText));
    m_list.setForeground(pal.color(QPalette::Highlight));
    m_list.setFontWeight(QFont::Bold);
}

void MarkdownHighlighter::applyInline(const QString& text, const QRegularExpression& pattern,
                                      const QTextCharFormat& format) {
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        // Merge with what is there so bold inside a heading stays large.
        for (int i = m.capturedStart(); i < m.capturedEnd(); ++i) {
            QTextCharFormat f = this->format(i);
            f.merge(format);
            setFormat(i, 1, f);
        }
        const int markLength = m.capturedLength(1);
        setFormat(m.capturedStart(), markLength, m_mark);
        setFormat(m.capturedEnd() - markLength, markLength, m_mark);
    }
}

void MarkdownHighlighter::highlightBlock(const QString& text) {
    static const QRegularExpression heading(QStringLiteral("^(#{1,6})\\s+.*$"));
    static const QRegularExpression quote(QStringLiteral("^\\s{0,3}>.*$"));
    static const QRegularExpression list(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s+"));
    static const QRegularExpression bold(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"));
    static const QRegularExpression italic(
        QStringLiteral("(?<![*_\\w])([*_])(?![*_\\s])(.+?)(?<![*_\\s])\\1(?![*_\\w])"));

    if (const auto m = heading.match(text); m.hasMatch()) {
        QTextCharFormat f;
        f.setFontWeight(QFont::Bold);
        const int level = m.capturedLength(1);
        f.setProperty(QTextFormat::FontSizeAdjustment, std::max(0, 3 - level));
        setFormat(0, text.size(), f);
        QTextCharFormat mark = f;
        mark.setForeground(m_mark.foreground());
        setFormat(0, level, mark);
    } else if (quote.match(text).hasMatch()) {
        setFormat(0, text.size(), m_quote);
    } else if (const auto m = list.match(text); m.hasMatch()) {
        setFormat(m.capturedStart(1), m.capturedLength(1), m_list);
    }
    applyInline(text, bold, m_bold);
    applyInline(text, italic, m_italic);
}

} // namespace twofold::ui
