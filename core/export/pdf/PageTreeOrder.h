#pragma once

#include "Result.h"

#include <QByteArray>

#include <vector>

namespace twofold::core::pdf {

// cairo puts a PDF's pages in the order they were drawn. The book draws its
// contents last, once every month's first page is known, and then moves
// them to follow the cover by rewriting the page tree's /Kids array in
// place. The same page references in another order take exactly the same
// bytes, so the cross-reference table cairo wrote after the tree stays right.
//
// `tail` is what cairo wrote while finishing the surface (cairo 1.16 writes
// the page tree then, as one flat /Kids array). `order[i]` is the drawing
// position of the page that becomes page i + 1; it must name every page once.
// Fails, leaving `tail` as it was, unless exactly one page tree with exactly
// that many pages is found.
Result<void> reorderPageTree(QByteArray& tail, const std::vector<int>& order);

} // namespace twofold::core::pdf
