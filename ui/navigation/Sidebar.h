#pragma once

#include "navigation/Place.h"

#include <QMap>
#include <QWidget>

#include <optional>

namespace twofold::ui {

class PlaceButton;

// The places of the window down its left side (UX.md): Today and the
// journal at the top, the trash at the bottom, the current one marked.
// Tab reaches each place; Up and Down move between them.
class Sidebar final : public QWidget {
    Q_OBJECT
public:
    explicit Sidebar(QWidget* parent = nullptr);

    void setCurrent(Place place);
    std::optional<Place> current() const;
    PlaceButton* button(Place place) const { return m_buttons.value(place); }
    // Something waits for the person in that place ("Your turn"); empty
    // clears it.
    void setBadge(Place place, const QString& badge);

Q_SIGNALS:
    void placeChosen(Place place);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    PlaceButton* addPlace(Place place, const QString& name);
    void fitWidth();

    QMap<Place, PlaceButton*> m_buttons;
};

} // namespace twofold::ui
