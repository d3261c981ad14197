#include "navigation/Sidebar.h"

#include "navigation/PlaceButton.h"

#include <QKeyEvent>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold::ui {

namespace {

Symbol symbolOf(Place place) {
    switch (place) {
    case Place::Today:
        return Symbol::Today;
    case Place::Journal:
        return Symbol::Journal;
    case Place::CheckIn:
        return Symbol::CheckIn;
    case Place::Prompts:
        return Symbol::Prompts;
    case Place::Trends:
        return Symbol::Trends;
    case Place::Trash:
        return Symbol::Trash;
    }
    return Symbol::Today;
}

constexpr int kWidth = 200;
constexpr int kMargin = 8;

} // namespace

Sidebar::Sidebar(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("sidebar"));
    setAccessibleName(tr("Places"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, 16, kMargin, 16);
    layout->setSpacing(2);
    layout->addWidget(addPlace(Place::Today, tr("Today")));
    layout->addWidget(addPlace(Place::Journal, tr("Journal")));
    layout->addWidget(addPlace(Place::CheckIn, tr("Check-in")));
    layout->addWidget(addPlace(Place::Prompts, tr("Prompts")));
    layout->addWidget(addPlace(Place::Trends, tr("Trends")));
    layout->addStretch(1);
    layout->addWidget(addPlace(Place::Trash, tr("Trash")));
    fitWidth();
}

void Sidebar::fitWidth() {
    // About 200 px (UX.md), wider when a place's name and badge need it:
    // German's "Check-in" beside "Du bist dran" would otherwise be cut to "Chec…".
    int width = kWidth;
    for (const PlaceButton* button : std::as_const(m_buttons)) {
        width = std::max(width, button->sizeHint().width() + kMargin * 2);
    }
    setFixedWidth(width);
}

PlaceButton* Sidebar::addPlace(Place place, const QString& name) {
    auto* button = new PlaceButton(symbolOf(place), name, this);
    // Named after the place, not its (translated) label.
    static const char* const kIds[] = {"today", "journal", "check-in", "prompts", "trends", "trash"};
    button->setObjectName(QStringLiteral("place-") + QLatin1String(kIds[int(place)]));
    m_buttons.insert(place, button);
    connect(button, &PlaceButton::clicked, this, [this, place] { Q_EMIT placeChosen(place); });
    return button;
}

void Sidebar::setCurrent(Place place) {
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setChecked(it.key() == place);
    }
}

std::optional<Place> Sidebar::current() const {
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        if (it.value()->isChecked()) {
            return it.key();
        }
    }
    return std::nullopt;
}

void Sidebar::keyPressEvent(QKeyEvent* event) {
    // Up and Down walk the places like a list (the buttons pass the keys
    // on); Space or Enter opens the one with the focus.
    const QList<PlaceButton*> order = findChildren<PlaceButton*>(Qt::FindDirectChildrenOnly);
    const int step = event->key() == Qt::Key_Down ? 1 : event->key() == Qt::Key_Up ? -1 : 0;
    const int at = order.indexOf(qobject_cast<PlaceButton*>(focusWidget()));
    if (step == 0 || at < 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    order.at((at + step + order.size()) % order.size())->setFocus(Qt::TabFocusReason);
}

void Sidebar::setBadge(Place place, const QString& badge) {
    if (PlaceButton* button = m_buttons.value(place)) {
        button->setBadge(badge);
        fitWidth();
    }
}

} // namespace twofold::ui
