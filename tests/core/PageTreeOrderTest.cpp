#include "export/pdf/PageTreeOrder.h"

#include <catch2/catch.hpp>

using twofold::core::pdf::reorderPageTree;

namespace {

const QByteArray kTree = "1 0 obj\n<< /Type /Pages\n   /Kids [ 5 0 R 12 0 R 130 0 R 7 0 R ]\n   /Count 4\n>>\nendobj\n";

} // namespace

TEST_CASE("the page tree is put in the book's order in the same number of bytes", "[export][pdf]") {
    QByteArray tail = "%%fonts and outline\n" + kTree + "xref\n0 2\n";
    const qsizetype size = tail.size();
    REQUIRE(reorderPageTree(tail, {0, 3, 1, 2}));
    CHECK(tail.size() == size);
    CHECK(tail.contains("/Kids [ 5 0 R 7 0 R 12 0 R 130 0 R ]\n   /Count 4"));
    CHECK(tail.startsWith("%%fonts and outline\n1 0 obj\n"));
    CHECK(tail.endsWith(">>\nendobj\nxref\n0 2\n"));
}

TEST_CASE("a page tree that is not exactly the one expected is left as it was", "[export][pdf]") {
    const auto refused = [](QByteArray tail, const std::vector<int>& order) {
        const QByteArray before = tail;
        const bool done = reorderPageTree(tail, order).has_value();
        CHECK(tail == before);
        return !done;
    };
    CHECK(refused(kTree, {0, 1, 2}));                // fewer pages than the tree
    CHECK(refused(kTree, {0, 1, 2, 3, 4}));          // more
    CHECK(refused(kTree, {0, 1, 1, 2}));             // a page twice
    CHECK(refused(kTree, {0, 1, 2, 4}));             // a page that is not there
    CHECK(refused(kTree + kTree, {0, 1, 2, 3}));     // two trees: which one?
    CHECK(refused(QByteArray("no tree here"), {0})); // none
    QByteArray odd = kTree;
    odd.replace("12 0 R", "12 1 R");
    CHECK(refused(odd, {0, 1, 2, 3})); // not a plain page reference
    QByteArray nested = kTree;
    nested.replace("[ 5 0 R", "[ 5 0 R << /X 1 >>");
    CHECK(refused(nested, {0, 1, 2, 3}));
    QByteArray cut = kTree;
    cut.truncate(cut.indexOf(']'));
    CHECK(refused(cut, {0, 1, 2, 3})); // cut short
}
