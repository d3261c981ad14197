#include "welcome/PartnerFields.h"

#include "journal/Journal.h"
#include "welcome/PassphraseStrength.h"

#include <QColorDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>

namespace twofold::ui {

PartnerFields::PartnerFields(int position, const QColor& colour, QWidget* parent)
    : QGroupBox(position == 0 ? tr("First partner") : tr("Second partner"), parent)
    , m_position(position) {
    const QString prefix = QStringLiteral("partner%1").arg(position);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto* nameRow = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(prefix + QStringLiteral("Name"));
    m_name->setMaxLength(core::Journal::kMaxNameChars);
    m_name->setAccessibleName(title() + QStringLiteral(": ") + tr("name"));
    nameRow->addWidget(m_name, 1);
    m_colourButton = new QPushButton(this);
    m_colourButton->setObjectName(prefix + QStringLiteral("Colour"));
    m_colourButton->setAccessibleName(title() + QStringLiteral(": ") + tr("colour"));
    m_colourButton->setToolTip(tr("The colour that marks this partner's writing"));
    nameRow->addWidget(m_colourButton);
    form->addRow(tr("Name"), nameRow);

    m_passphrase = new QLineEdit(this);
    m_passphrase->setObjectName(prefix + QStringLiteral("Passphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Strongly suggested"));
    m_passphrase->setAccessibleName(title() + QStringLiteral(": ") + tr("passphrase"));
    form->addRow(tr("Passphrase"), m_passphrase);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(prefix + QStringLiteral("Repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(title() + QStringLiteral(": ") + tr("passphrase again"));
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

    setColour(colour);
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        const QColor chosen = QColorDialog::getColor(m_colour, this, tr("Choose a colour"));
        if (chosen.isValid()) {
            setColour(chosen);
            Q_EMIT changed();
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, &PartnerFields::changed);
    connect(m_passphrase, &QLineEdit::textChanged, this, &PartnerFields::updateStrength);
    connect(m_repeat, &QLineEdit::textChanged, this, &PartnerFields::changed);
    updateStrength();
}

void PartnerFields::setColour(const QColor& colour) {
    m_colour = colour;
    QPixmap swatch(28, 18);
    swatch.fill(Qt::transparent);
    QPainter p(&swatch);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(colour);
    p.setPen(palette().color(QPalette::Mid));
    p.drawRoundedRect(QRectF(0.5, 0.5, 27, 17), 4, 4);
    m_colourButton->setIcon(QIcon(swatch));
    m_colourButton->setIconSize(swatch.size());
    m_colourButton->setText(tr("Colour"));
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

std::optional<QByteArray> PartnerFields::passphrase() const {
    if (m_passphrase->text().isEmpty()) {
        return std::nullopt;
    }
    return m_passphrase->text().toUtf8();
}

QString PartnerFields::problem() const {
    if (name().isEmpty()) {
        return tr("Each partner needs a name.");
    }
    if (m_passphrase->text() != m_repeat->text()) {
        return tr("%1's two passphrases are not the same.").arg(name());
    }
    return {};
}

} // namespace twofold::ui
