#include "search/TextSegmenter.h"

#include <QStringView>

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

QString segmentForIndex(const QString& text) {
    // Most text has no CJK at all: return it shared, without a copy.
    bool any = false;
    for (const QChar ch : text) {
        if (ch.unicode() >= 0x3040) {
            any = true;
            break;
        }
    }
    if (!any) {
        return text;
    }
    QString out;
    out.reserve(text.size() + text.size() / 4);
    bool previousCjk = false;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const bool cjk = isUnsegmentedScript(c);
        if (cjk && previousCjk) {
            out.append(QChar(kZeroWidthSpace));
        }
        out.append(QStringView(text).mid(i, width));
        previousCjk = cjk;
        i += width;
    }
    return out;
}

QString removeSegmentation(QString text) {
    text.remove(QChar(kZeroWidthSpace));
    return text;
}

} // namespace twofold::core::search
