#pragma once

#include "domain/Entry.h"
#include "widgets/Card.h"

class QLabel;

namespace twofold::ui {

// An entry at a glance on Today: date and author in caption type, the
// title, the first line; the author's colour as the card's stripe. Click,
// Enter or Space opens it.
class EntryGlance final : public Card {
    Q_OBJECT
public:
    EntryGlance(const core::Entry& entry, const QColor& authorColour, QWidget* parent = nullptr);

    QString entryId() const { return m_id; }

Q_SIGNALS:
    void activated(const QString& entryId);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_id;
};

} // namespace twofold::ui
