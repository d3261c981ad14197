#include "settings/SettingsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
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

void SettingsDialog::accept() {
    setAutoLockMinutes(m_autoLock->value());
    QDialog::accept();
}

} // namespace twofold::ui
