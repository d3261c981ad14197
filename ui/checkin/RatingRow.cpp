#include "checkin/RatingRow.h"

#include "domain/CheckIn.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

RatingRow::RatingRow(const core::CheckInRatingGuide& guide, QWidget* parent)
    : QWidget(parent)
    , m_guide(guide) {
    setObjectName(QStringLiteral("rating-") + guide.key);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    auto* label = new QLabel(
        QStringLiteral("<b>%1</b> — %2").arg(guide.label.toHtmlEscaped(), guide.question.toHtmlEscaped()), this);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    for (int value = core::kMinRating; value <= core::kMaxRating; ++value) {
        auto* button = new QPushButton(QString::number(value), this);
        button->setCheckable(true);
        button->setMinimumWidth(34);
        button->setAccessibleName(tr("%1: %2 of 10").arg(guide.label).arg(value));
        m_group->addButton(button, value);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    m_band = new QLabel(this);
    m_band->setObjectName(QStringLiteral("band"));
    m_band->setWordWrap(true);
    m_band->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_band);
    connect(m_group, &QButtonGroup::idClicked, this, [this] {
        describe();
        Q_EMIT changed();
    });
    describe();
}

std::optional<int> RatingRow::value() const {
    const int id = m_group->checkedId();
    return id < 0 ? std::nullopt : std::optional<int>(id);
}

void RatingRow::setValue(std::optional<int> value) {
    if (value) {
        if (QAbstractButton* button = m_group->button(*value)) {
            button->setChecked(true);
        }
    } else if (QAbstractButton* checked = m_group->checkedButton()) {
        m_group->setExclusive(false);
        checked->setChecked(false);
        m_group->setExclusive(true);
    }
    describe();
}

void RatingRow::describe() {
    const auto v = value();
    if (!v) {
        m_band->setText(tr("0–3: %1  ·  4–6: %2  ·  7–10: %3").arg(m_guide.low, m_guide.mid, m_guide.high));
        return;
    }
    m_band->setText(*v <= 3 ? m_guide.low : *v <= 6 ? m_guide.mid : m_guide.high);
}

} // namespace twofold::ui
