#pragma once

#include "Result.h"

#include <QString>

namespace twofold::core::search {

// Translates what a person types into the search box into an FTS5 query
// expression. People never write FTS5 syntax directly, so nothing they type
// can become an SQL or FTS5 error.
//
// The language:
//   coffee garden        both words (implicit AND)
//   "walked along"       a phrase, words next to each other
//   walk*  "walked al"*  prefix: words starting with …
//   tea OR coffee        either
//   coffee AND garden    both (the same as a space)
//   coffee NOT tea       coffee, but not with tea (NOT needs a left side)
//   (tea OR coffee) NOT sugar
// Operators are recognised only in capitals; "and", "or", "not" are words.
// Matching ignores case and diacritics ("cafe" finds "café"). Every term is
// emitted as a quoted FTS5 string, so apostrophes, C++, colons or emoji in a
// term are harmless. Terms with nothing searchable in them (only punctuation
// or emoji, which the tokenizer does not index) are left out of the query.
//
// Malformed input — an empty query, an unbalanced quote or parenthesis, an
// operator without a term on each side, nothing searchable at all — fails
// with ErrorCode::InvalidArgument and one sentence saying what to fix.
Result<QString> translateQuery(const QString& query);

// Upper bounds that keep a query cheap.
inline constexpr int kMaxQueryTerms = 64;
inline constexpr int kMaxQueryChars = 1000;

} // namespace twofold::core::search
