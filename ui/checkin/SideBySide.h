#pragma once

#include "domain/CheckIn.h"
#include "domain/Partner.h"
#include "prompts/CheckInGuide.h"

#include <QStringList>

#include <vector>

class QWidget;

namespace twofold::ui {

class Card;

// The two parts of a revealed check-in, the first partner's always on the
// left (UX.md), as the together steps and past weeks show them.
struct BothParts {
    const core::CheckInPart* left = nullptr;
    const core::CheckInPart* right = nullptr;
    bool complete() const { return left && right; }
};
BothParts bothParts(const core::CheckIn& checkIn, const std::vector<core::Partner>& partners);

// Both partners' ratings, one line each ("Connection: Alex 8 · Sam 7 · apart
// by 1"), and the rating the two see most differently.
struct RatingsComparison {
    Card* card = nullptr;
    QStringList lines;
    QString biggestLabel; // empty when no rating is two or more apart
    int biggestGap = 0;
    QString cue() const; // a gentle word about where to start
};
RatingsComparison compareRatings(const core::CheckInGuide& guide, const BothParts& parts, QWidget* parent);

// One note of the check-in (appreciations, what went well, the issue, the
// ask) as two cards side by side, each in its writer's colour.
QWidget* sideBySideNotes(const core::CheckInStepGuide& step, const BothParts& parts,
                         const std::vector<core::Partner>& partners, QWidget* parent);

} // namespace twofold::ui
