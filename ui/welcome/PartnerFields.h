#pragma once

#include <QColor>
#include <QGroupBox>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

// One partner's part of the welcome: name, colour, and an optional
// passphrase typed twice with a strength hint.
class PartnerFields final : public QGroupBox {
    Q_OBJECT
public:
    PartnerFields(int position, const QColor& colour, QWidget* parent = nullptr);

    QString name() const;
    QColor colour() const { return m_colour; }
    // Empty optional: no passphrase.
    std::optional<QByteArray> passphrase() const;
    // A sentence saying what is wrong, or empty when the fields are usable.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateStrength();
    void setColour(const QColor& colour);

    int m_position;
    QColor m_colour;
    QLineEdit* m_name = nullptr;
    QPushButton* m_colourButton = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_strength = nullptr;
};

} // namespace twofold::ui
