#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace twofold::core {

// One private 0–10 rating of the weekly check-in, with what its bands mean.
struct CheckInRatingGuide {
    QString key; // happiness, connection, heard, affection, intimacy, stress, fairness
    QString label;
    QString question;
    QString low;  // 0–3
    QString mid;  // 4–6
    QString high; // 7–10
};

struct CheckInStepGuide {
    QString id; // ratings, appreciations, went_well, differences, issue, ask, agreements
    QString title;
    QString helper;
    std::optional<QString> field; // the check-in text field this step fills
};

// The guided weekly check-in the window walks a couple through
// (resources/checkin/guide.json, format in resources/prompts/FORMAT.md),
// validated on load: every rating key and step, in order.
class CheckInGuide {
public:
    static constexpr int kFormatVersion = 1;
    static QString resourcePath() { return QStringLiteral(":/checkin/guide.json"); }

    static Result<CheckInGuide> load(const QString& path = resourcePath());
    static Result<CheckInGuide> parse(const QByteArray& json, const QString& fileName);

    // The stable keys, in the order the guide must list them.
    static const std::vector<QString>& ratingKeys();
    static const std::vector<QString>& stepIds();

    const std::vector<CheckInRatingGuide>& ratings() const { return m_ratings; }
    const std::vector<CheckInStepGuide>& steps() const { return m_steps; }

private:
    std::vector<CheckInRatingGuide> m_ratings;
    std::vector<CheckInStepGuide> m_steps;
};

} // namespace twofold::core
