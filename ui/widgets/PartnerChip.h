#pragma once

#include <QColor>
#include <QWidget>

namespace twofold::ui {

// A small rounded badge in the window's corner: a dot in the partner's
// colour and their name, or "Locked".
class PartnerChip final : public QWidget {
    Q_OBJECT
public:
    explicit PartnerChip(QWidget* parent = nullptr);

    void showPartner(const QString& name, const QColor& colour);
    void showLocked();
    QString text() const { return m_text; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_text;
    QColor m_colour;
};

} // namespace twofold::ui
