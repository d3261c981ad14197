#include "checkin/SideBySide.h"

#include "Words.h"
#include "widgets/Card.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>

#include <cstdlib>

namespace twofold::ui {

// QCoreApplication::translate spelled out, context "SideBySide", so that
// lupdate finds every sentence.

BothParts bothParts(const core::CheckIn& checkIn, const std::vector<core::Partner>& partners) {
    BothParts parts;
    if (partners.empty()) {
        return parts;
    }
    for (const core::CheckInPart& part : checkIn.parts) {
        (part.authorId == partners[0].id ? parts.left : parts.right) = &part;
    }
    return parts;
}

QString RatingsComparison::cue() const {
    return biggestGap >= 2 ? QCoreApplication::translate(
                                 "SideBySide",
                                 "You see “%1” most differently. It might be a good place to start: ask what the week "
                                 "felt like for the other, with curiosity.")
                                 .arg(biggestLabel)
                           : QCoreApplication::translate(
                                 "SideBySide", "Your ratings are close this week. Start with what went well.");
}

RatingsComparison compareRatings(const core::CheckInGuide& guide, const BothParts& parts, QWidget* parent) {
    RatingsComparison out;
    out.card = new Card(QCoreApplication::translate("SideBySide", "Your ratings side by side"), parent);
    const core::CheckInPart* left = parts.left;
    const core::CheckInPart* right = parts.right;
    for (const core::CheckInRatingGuide& rating : guide.ratings()) {
        const bool both = left->ratings.contains(rating.key) && right->ratings.contains(rating.key);
        const auto valueOf = [&](const core::CheckInPart* part) {
            return part->ratings.contains(rating.key) ? QString::number(part->ratings.value(rating.key))
                                                      : QCoreApplication::translate("SideBySide", "not rated");
        };
        const int gap = both ? std::abs(left->ratings.value(rating.key) - right->ratings.value(rating.key)) : 0;
        const QString line =
            both ? QCoreApplication::translate("SideBySide", "%1: %2 %3 · %4 %5 · apart by %6")
                       .arg(rating.label, left->authorName, valueOf(left), right->authorName, valueOf(right))
                       .arg(gap)
                 : QCoreApplication::translate("SideBySide", "%1: %2 %3 · %4 %5")
                       .arg(rating.label, left->authorName, valueOf(left), right->authorName, valueOf(right));
        out.lines << line;
        auto* label = new QLabel(line, out.card);
        label->setTextFormat(Qt::PlainText);
        out.card->body()->addWidget(label);
        if (gap > out.biggestGap) {
            out.biggestGap = gap;
            out.biggestLabel = rating.label;
        }
    }
    return out;
}

QWidget* sideBySideNotes(const core::CheckInStepGuide& step, const BothParts& parts,
                         const std::vector<core::Partner>& partners, QWidget* parent) {
    auto* row = new QWidget(parent);
    auto* rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->setSpacing(12);
    for (const core::CheckInPart* part : {parts.left, parts.right}) {
        auto* card =
            new Card(QStringLiteral("%1 · %2").arg(
                         step.title, words::writtenBy(part->authorName, part->importedByName, part->authorship)),
                     row);
        for (const core::Partner& p : partners) {
            if (p.id == part->authorId) {
                card->setStripe(QColor(p.colour));
            }
        }
        auto* text = new QLabel(
            part->fields.value(*step.field, QCoreApplication::translate("SideBySide", "Nothing written.")), card);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        card->body()->addWidget(text);
        rowLayout->addWidget(card, 1, Qt::AlignTop);
    }
    return row;
}

} // namespace twofold::ui
