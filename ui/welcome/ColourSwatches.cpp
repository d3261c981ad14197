#include "welcome/ColourSwatches.h"

#include "journal/Journal.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPainter>

namespace twofold::ui {

namespace {

// One round swatch: the colour, a ring in the ink when chosen, a focus ring.
class Swatch final : public QAbstractButton {
public:
    Swatch(const QColor& colour, const QString& name, QWidget* parent)
        : QAbstractButton(parent)
        , m_colour(colour) {
        setCheckable(true);
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(name);
        setToolTip(name);
        setFixedSize(36, 36);
        setCursor(Qt::PointingHandCursor);
    }
    QColor colour() const { return m_colour; }

protected:
    void paintEvent(QPaintEvent*) override {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const QRectF r = QRectF(rect()).adjusted(6, 6, -6, -6);
        p.setPen(Qt::NoPen);
        QColor fill = m_colour;
        if (!isEnabled()) {
            fill.setAlphaF(0.25);
        }
        p.setBrush(fill);
        p.drawEllipse(r);
        const QColor ink = palette().color(QPalette::Active, QPalette::Highlight);
        if (isChecked()) {
            p.setPen(QPen(ink, 2.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(rect()).adjusted(2, 2, -2, -2));
        } else if (hasFocus()) {
            p.setPen(QPen(ink, 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(rect()).adjusted(2, 2, -2, -2));
        }
    }

private:
    QColor m_colour;
};

} // namespace

QList<QColor> ColourSwatches::curated() {
    return {QColor(core::Journal::defaultColour(0)), QColor(core::Journal::defaultColour(1)),
            QColor(QStringLiteral("#3f6fc0")),       QColor(QStringLiteral("#5e8a3a")),
            QColor(QStringLiteral("#c08a1e")),       QColor(QStringLiteral("#c2457a")),
            QColor(QStringLiteral("#1f5a4a")),       QColor(QStringLiteral("#8a5a3c"))};
}

QStringList ColourSwatches::names() {
    return {tr("Teal"), tr("Coral"), tr("Blue"), tr("Green"), tr("Ochre"), tr("Rose"), tr("Pine"), tr("Brown")};
}

ColourSwatches::ColourSwatches(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("colourSwatches"));
    setAccessibleName(tr("Your colour"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_group = new QButtonGroup(this);
    m_group->setExclusive(true);
    const QList<QColor> colours = curated();
    const QStringList labels = names();
    for (int i = 0; i < colours.size(); ++i) {
        auto* swatch = new Swatch(colours[i], labels.value(i), this);
        m_group->addButton(swatch, i);
        layout->addWidget(swatch);
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked) {
            Q_EMIT colourChanged(colour());
        }
    });
}

QColor ColourSwatches::colour() const {
    const auto* swatch = static_cast<const Swatch*>(m_group->checkedButton());
    return swatch ? swatch->colour() : QColor();
}

void ColourSwatches::setColour(const QColor& colour) {
    for (QAbstractButton* button : m_group->buttons()) {
        if (static_cast<Swatch*>(button)->colour() == colour && button->isEnabled()) {
            button->setChecked(true);
        }
    }
}

void ColourSwatches::setTaken(const QColor& taken) {
    QAbstractButton* firstFree = nullptr;
    for (QAbstractButton* button : m_group->buttons()) {
        const bool isTaken = static_cast<Swatch*>(button)->colour() == taken;
        button->setEnabled(!isTaken);
        button->setToolTip(isTaken ? tr("%1 is your partner's").arg(button->accessibleName())
                                   : button->accessibleName());
        if (!isTaken && !firstFree) {
            firstFree = button;
        }
    }
    if (QAbstractButton* chosen = m_group->checkedButton(); (!chosen || !chosen->isEnabled()) && firstFree) {
        firstFree->setChecked(true);
    }
}

} // namespace twofold::ui
