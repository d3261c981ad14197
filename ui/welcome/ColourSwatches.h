#pragma once

#include <QColor>
#include <QWidget>

class QButtonGroup;

namespace twofold::ui {

// A partner's colour from a few curated swatches (UX.md): colours that
// differ in hue and in lightness, readable as a stripe or a dot on light
// and dark, none near the plum that means "Only you". The colour the other
// partner took is offered no more.
class ColourSwatches final : public QWidget {
    Q_OBJECT
public:
    explicit ColourSwatches(QWidget* parent = nullptr);

    static QList<QColor> curated();
    // The names read to a screen reader, the same order as curated().
    static QStringList names();

    QColor colour() const;
    void setColour(const QColor& colour);
    // This colour belongs to the other partner: not offered here.
    void setTaken(const QColor& colour);

Q_SIGNALS:
    void colourChanged(const QColor& colour);

private:
    QButtonGroup* m_group = nullptr;
};

} // namespace twofold::ui
