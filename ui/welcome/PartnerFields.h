#pragma once

#include "crypto/SecretBytes.h"

#include <QColor>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace twofold::ui {

class ColourSwatches;

// One partner's part of the welcome, on their own turn: name, a colour from
// the curated swatches, and an optional passphrase typed twice with a
// strength hint.
class PartnerFields final : public QWidget {
    Q_OBJECT
public:
    PartnerFields(int position, const QColor& colour, QWidget* parent = nullptr);

    QString name() const;
    QColor colour() const;
    // The other partner's colour, no longer offered.
    void setTakenColour(const QColor& colour);
    void focusName();
    // Empties both passphrase fields (once the journal holds them).
    void clearPassphrase();
    bool hasPassphrase() const;
    // Empty optional: no passphrase. In wiped memory (widgets/SecretField).
    std::optional<core::crypto::SecretBytes> passphrase() const;
    // A sentence saying what is wrong, or empty when the fields are usable.
    QString problem() const;

Q_SIGNALS:
    void changed();

private:
    void updateStrength();

    int m_position;
    QLineEdit* m_name = nullptr;
    ColourSwatches* m_swatches = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QProgressBar* m_meter = nullptr;
    QLabel* m_strength = nullptr;
};

} // namespace twofold::ui
