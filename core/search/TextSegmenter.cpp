#include "search/TextSegmenter.h"

#include <QStringView>

#include <utility>

namespace twofold::core::search {

namespace {
constexpr char16_t kZeroWidthSpace = 0x200B;
}

bool isUnsegmentedScript(char32_t c) {
    return (c >= 0x3040 && c <= 0x30FF)       // Hiragana, Katakana
           || (c >= 0x31F0 && c <= 0x31FF)    // Katakana phonetic extensions
           || (c >= 0x3400 && c <= 0x4DBF)    // CJK extension A
           || (c >= 0x4E00 && c <= 0x9FFF)    // CJK unified ideographs
           || (c >= 0xF900 && c <= 0xFAFF)    // CJK compatibility ideographs
           || (c >= 0xFF66 && c <= 0xFF9F)    // half-width Katakana
           || (c >= 0x20000 && c <= 0x3134F); // CJK extensions B–G
}

namespace {

// The code point at i and how many UTF-16 units it takes.
std::pair<char32_t, qsizetype> codePointAt(QStringView text, qsizetype i) {
    const char16_t unit = text[i].unicode();
    if (QChar::isHighSurrogate(unit) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
        return {QChar::surrogateToUcs4(unit, text[i + 1].unicode()), 2};
    }
    return {unit, 1};
}

// Where the first character of an unsegmented script is, or -1. Everything
// below Hiragana is skipped without decoding, so Latin text with the odd
// emoji or curly quote costs one comparison per unit.
qsizetype firstUnsegmented(QStringView text) {
    for (qsizetype i = 0; i < text.size();) {
        if (text[i].unicode() < 0x3040) {
            ++i;
            continue;
        }
        const auto [c, width] = codePointAt(text, i);
        if (isUnsegmentedScript(c)) {
            return i;
        }
        i += width;
    }
    return -1;
}

} // namespace

QString segmentForIndex(const QString& text) {
    const QStringView view(text);
    qsizetype i = firstUnsegmented(view);
    if (i < 0) {
        return text; // shared, without a copy
    }
    QString out;
    out.reserve(text.size() + (text.size() - i) / 2);
    // Copy in runs: everything up to and including each character of an
    // unsegmented script, and a zero-width space between two of them.
    qsizetype runStart = 0;
    bool previousCjk = false;
    while (i < view.size()) {
        const auto [c, width] = codePointAt(view, i);
        const bool cjk = c >= 0x3040 && isUnsegmentedScript(c);
        if (cjk && previousCjk) {
            out.append(view.mid(runStart, i - runStart));
            out.append(QChar(kZeroWidthSpace));
            runStart = i;
        }
        previousCjk = cjk;
        i += width;
    }
    out.append(view.mid(runStart));
    return out;
}

QString removeSegmentation(QString text) {
    text.remove(QChar(kZeroWidthSpace));
    return text;
}

} // namespace twofold::core::search
