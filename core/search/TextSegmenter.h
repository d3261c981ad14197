#pragma once

#include <QString>

namespace twofold::core::search {

// SQLite's unicode61 tokenizer splits words at spaces and punctuation, which
// Chinese and Japanese do not write between words: a whole run of Han or
// Kana would become one token, and no word inside it could be found. We put
// an invisible separator (U+200B ZERO WIDTH SPACE) between the characters of
// such runs, in the indexed text and in the query alike, so every character
// is a token and a query "你好" (a phrase of two tokens) finds 你好世界. This
// is character-level matching, not true word segmentation: a query can also
// match across a word boundary. Hangul is left alone (Korean uses spaces).
QString segmentForIndex(const QString& text);

// Removes the separators segmentForIndex added (from snippets).
QString removeSegmentation(QString text);

// True for the code points segmentForIndex separates: Han, Hiragana,
// Katakana and their compatibility and extension blocks.
bool isUnsegmentedScript(char32_t codePoint);

} // namespace twofold::core::search
