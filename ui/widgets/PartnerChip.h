#pragma once

#include <QColor>
#include <QToolButton>

namespace twofold::ui {

// Who is here, in the header: a dot in the partner's colour beside their
// name, or "Locked". Pressed, it opens the partner's own menu (passphrase,
// lock).
class PartnerChip final : public QToolButton {
    Q_OBJECT
public:
    explicit PartnerChip(QWidget* parent = nullptr);

    void showPartner(const QString& name, const QColor& colour);
    void showLocked();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QColor m_colour;
};

} // namespace twofold::ui
