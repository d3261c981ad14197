#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace twofold::ui {

// Live Markdown formatting while writing: headings larger, **bold**,
// *italic*, list markers and > quotes shown as such. The marks stay visible
// (it is still plain Markdown) but recede.
class MarkdownHighlighter final : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit MarkdownHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;

private:
    void applyInline(const QString& text, const QRegularExpression& pattern, const QTextCharFormat& format);

    QTextCharFormat m_mark;
    QTextCharFormat m_bold;
    QTextCharFormat m_italic;
    QTextCharFormat m_quote;
    QTextCharFormat m_list;
};

} // namespace twofold::ui
