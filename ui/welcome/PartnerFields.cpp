#include "welcome/PartnerFields.h"

#include "journal/Journal.h"
#include "welcome/ColourSwatches.h"
#include "welcome/PassphraseStrength.h"
#include "widgets/SecretField.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace twofold::ui {

PartnerFields::PartnerFields(int position, const QColor& colour, QWidget* parent)
    : QWidget(parent)
    , m_position(position) {
    const QString prefix = QStringLiteral("partner%1").arg(position);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setVerticalSpacing(12);

    m_name = new QLineEdit(this);
    m_name->setObjectName(prefix + QStringLiteral("Name"));
    m_name->setMaxLength(core::Journal::kMaxNameChars);
    m_name->setAccessibleName(tr("Your name"));
    m_name->setPlaceholderText(tr("The name your partner calls you"));
    form->addRow(tr("Your name"), m_name);
    m_swatches = new ColourSwatches(this);
    m_swatches->setObjectName(prefix + QStringLiteral("Colour"));
    m_swatches->setColour(colour);
    form->addRow(tr("Your colour"), m_swatches);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(prefix + QStringLiteral("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Strongly suggested"));
    m_passphrase->setAccessibleName(tr("Your passphrase"));
    form->addRow(tr("Passphrase"), m_passphrase);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(prefix + QStringLiteral("Repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Your passphrase again"));
    form->addRow(tr("Again"), m_repeat);

    m_meter = new QProgressBar(this);
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(6);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_strength = new QLabel(this);
    m_strength->setWordWrap(true);
    m_strength->setObjectName(prefix + QStringLiteral("Strength"));
    auto* strengthBox = new QVBoxLayout;
    strengthBox->addWidget(m_meter);
    strengthBox->addWidget(m_strength);
    form->addRow(QString(), strengthBox);

    connect(m_swatches, &ColourSwatches::colourChanged, this, &PartnerFields::changed);
    connect(m_name, &QLineEdit::textChanged, this, &PartnerFields::changed);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PartnerFields::updateStrength);
    connect(m_repeat, &QLineEdit::textChanged, this, &PartnerFields::changed);
    updateStrength();
}

QColor PartnerFields::colour() const {
    return m_swatches->colour();
}

void PartnerFields::setTakenColour(const QColor& colour) {
    m_swatches->setTaken(colour);
}

void PartnerFields::focusName() {
    m_name->setFocus();
}

void PartnerFields::clearPassphrase() {
    wipeField(*m_passphrase);
    wipeField(*m_repeat);
}

void PartnerFields::updateStrength() {
    const PassphraseStrength s = estimateStrength(m_passphrase->text());
    m_meter->setValue(std::min(100, s.bits));
    m_strength->setText(describeStrength(s));
    Q_EMIT changed();
}

QString PartnerFields::name() const {
    return m_name->text().trimmed();
}

bool PartnerFields::hasPassphrase() const {
    return !m_passphrase->text().isEmpty();
}

std::optional<core::crypto::SecretBytes> PartnerFields::passphrase() const {
    if (!hasPassphrase()) {
        return std::nullopt;
    }
    return copySecret(*m_passphrase);
}

QString PartnerFields::problem() const {
    if (name().isEmpty()) {
        return tr("Your partner will know you by a name: please type one.");
    }
    if (m_passphrase->text() != m_repeat->text()) {
        return tr("The two passphrases are not the same. Type it once more in both fields.");
    }
    return {};
}

} // namespace twofold::ui
