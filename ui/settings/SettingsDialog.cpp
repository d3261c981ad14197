#include "settings/SettingsDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
const QString kAutoLockKey = QStringLiteral("security/autoLockMinutes");
constexpr int kDefaultAutoLock = 10;
} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_autoLock = new QSpinBox(this);
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(autoLockMinutes());
    m_autoLock->setAccessibleName(tr("Lock after this many idle minutes"));
    form->addRow(tr("Lock after idle"), m_autoLock);
    form->addRow(tr("Appearance"), buildSchemeChoice());
    layout->addLayout(form);
    auto* note = new QLabel(tr("Locking wipes the keys from memory; unlocking again takes your passphrase."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

int SettingsDialog::autoLockMinutes() {
    return QSettings().value(kAutoLockKey, kDefaultAutoLock).toInt();
}

void SettingsDialog::setAutoLockMinutes(int minutes) {
    QSettings().setValue(kAutoLockKey, minutes);
}

QWidget* SettingsDialog::buildSchemeChoice() {
    // A segmented control (UX.md: choices are segments, not a drop-down):
    // three joined buttons, one checked. Choosing shows the look at once;
    // OK keeps it, Cancel goes back.
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scheme = new QButtonGroup(this);
    m_scheme->setExclusive(true);
    const Appearance* appearance = Appearance::current();
    const SchemeChoice current = appearance ? appearance->choice() : Appearance::savedChoice();
    const struct {
        SchemeChoice choice;
        QString label;
        QString accessible;
    } segments[] = {
        {SchemeChoice::System, tr("System"), tr("Follow the desktop's light or dark setting")},
        {SchemeChoice::Light, tr("Light"), tr("Always light")},
        {SchemeChoice::Dark, tr("Dark"), tr("Always dark")},
    };
    for (const auto& segment : segments) {
        auto* button = new QPushButton(segment.label, row);
        button->setCheckable(true);
        button->setChecked(segment.choice == current);
        button->setAccessibleName(segment.accessible);
        button->setObjectName(QStringLiteral("scheme-") + schemeChoiceName(segment.choice));
        m_scheme->addButton(button, static_cast<int>(segment.choice));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_scheme, &QButtonGroup::idClicked, this, [](int id) {
        if (Appearance* appearance = Appearance::current()) {
            appearance->preview(static_cast<SchemeChoice>(id));
        }
    });
    return row;
}

SchemeChoice SettingsDialog::chosenScheme() const {
    return static_cast<SchemeChoice>(m_scheme->checkedId());
}

QPushButton* SettingsDialog::schemeButton(SchemeChoice choice) const {
    return qobject_cast<QPushButton*>(m_scheme->button(static_cast<int>(choice)));
}

void SettingsDialog::accept() {
    setAutoLockMinutes(m_autoLock->value());
    if (Appearance* appearance = Appearance::current()) {
        appearance->setChoice(chosenScheme());
    }
    QDialog::accept();
}

void SettingsDialog::reject() {
    if (Appearance* appearance = Appearance::current()) {
        appearance->revert();
    }
    QDialog::reject();
}

} // namespace twofold::ui
