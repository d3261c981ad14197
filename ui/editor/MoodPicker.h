#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;

namespace twofold::ui {

// Mood 1..5 as five faces; each button has its mood in words as its
// accessible name. Clicking the chosen face again clears the mood.
class MoodPicker final : public QWidget {
    Q_OBJECT
public:
    explicit MoodPicker(QWidget* parent = nullptr);

    std::optional<int> mood() const;
    void setMood(std::optional<int> mood);

Q_SIGNALS:
    void moodChanged();

private:
    QButtonGroup* m_group;
    int m_current = 0;
};

} // namespace twofold::ui
