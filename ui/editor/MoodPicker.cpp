#include "editor/MoodPicker.h"

#include "widgets/Icons.h"
#include "widgets/Moods.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QToolButton>

namespace twofold::ui {

MoodPicker::MoodPicker(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this)) {
    setAccessibleName(tr("Mood"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Not exclusive, so that the chosen face can be clicked off again.
    m_group->setExclusive(false);
    for (int mood = 1; mood <= 5; ++mood) {
        auto* b = new QToolButton(this);
        b->setIcon(moodIcon(mood, palette().color(QPalette::Text)));
        b->setIconSize(QSize(22, 22));
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setAccessibleName(tr("Mood: %1").arg(moodName(mood)));
        b->setToolTip(moodName(mood));
        b->setObjectName(QStringLiteral("mood%1").arg(mood));
        m_group->addButton(b, mood);
        layout->addWidget(b);
    }
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        setMood(m_current == id ? std::nullopt : std::optional<int>(id));
        Q_EMIT moodChanged();
    });
}

std::optional<int> MoodPicker::mood() const {
    return m_current > 0 ? std::optional<int>(m_current) : std::nullopt;
}

void MoodPicker::setMood(std::optional<int> mood) {
    m_current = mood.value_or(0);
    for (QAbstractButton* b : m_group->buttons()) {
        b->setChecked(m_group->id(b) == m_current);
    }
}

} // namespace twofold::ui
