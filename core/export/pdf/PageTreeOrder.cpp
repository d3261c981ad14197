#include "export/pdf/PageTreeOrder.h"

#include <QList>

namespace twofold::core::pdf {

namespace {

// How cairo 1.16 opens the page tree (_cairo_pdf_surface_write_pages).
constexpr char kKidsOpening[] = "<< /Type /Pages\n   /Kids [ ";

Error unorderable() {
    return makeError(ErrorCode::Internal,
                     QStringLiteral("The book's pages could not be put in order, so nothing was written."));
}

// "12 0 R " references, up to the closing bracket; empty when anything else is there.
QList<QByteArray> pageReferences(const QByteArray& kids) {
    QList<QByteArray> references;
    qsizetype at = 0;
    while (at < kids.size()) {
        const qsizetype end = kids.indexOf(" 0 R ", at);
        if (end <= at) {
            return {};
        }
        const QByteArray number = kids.mid(at, end - at);
        for (const char c : number) {
            if (c < '0' || c > '9') {
                return {};
            }
        }
        references.append(kids.mid(at, end + 5 - at));
        at = end + 5;
    }
    return references;
}

} // namespace

Result<void> reorderPageTree(QByteArray& tail, const std::vector<int>& order) {
    const qsizetype opening = tail.indexOf(kKidsOpening);
    if (opening < 0 || tail.indexOf(kKidsOpening, opening + 1) >= 0) {
        return unorderable();
    }
    const qsizetype first = opening + qsizetype(sizeof(kKidsOpening) - 1);
    const qsizetype close = tail.indexOf(']', first);
    if (close < 0) {
        return unorderable();
    }
    const QList<QByteArray> references = pageReferences(tail.mid(first, close - first));
    if (references.size() != qsizetype(order.size())) {
        return unorderable();
    }
    std::vector<bool> used(order.size(), false);
    QByteArray reordered;
    reordered.reserve(close - first);
    for (const int position : order) {
        if (position < 0 || position >= int(order.size()) || used[size_t(position)]) {
            return unorderable();
        }
        used[size_t(position)] = true;
        reordered += references[position];
    }
    tail.replace(first, reordered.size(), reordered);
    return {};
}

} // namespace twofold::core::pdf
