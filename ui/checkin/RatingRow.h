#pragma once

#include "prompts/CheckInGuide.h"

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;

namespace twofold::ui {

// One private rating of the check-in: its question, eleven segments 0–10
// (the arrow keys step through them) and, for the chosen value, what its
// band means — a number always with words.
class RatingRow final : public QWidget {
    Q_OBJECT
public:
    RatingRow(const core::CheckInRatingGuide& guide, QWidget* parent = nullptr);

    QString key() const { return m_guide.key; }
    std::optional<int> value() const;
    void setValue(std::optional<int> value);

Q_SIGNALS:
    void changed();

private:
    void describe();

    core::CheckInRatingGuide m_guide;
    QButtonGroup* m_group = nullptr;
    QLabel* m_band = nullptr;
};

} // namespace twofold::ui
