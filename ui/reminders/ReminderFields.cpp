#include "reminders/ReminderFields.h"

#include "widgets/TextStyles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
QTimeEdit* timeField(const QTime& time, const QString& accessibleName, QWidget* parent) {
    auto* field = new QTimeEdit(time, parent);
    // The locale's short time without seconds (the C locale's short form
    // still has them): a reminder is at a minute.
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    field->setDisplayFormat(format);
    field->setAccessibleName(accessibleName);
    return field;
}
} // namespace

ReminderFields::ReminderFields(const ReminderSettings& settings, QWidget* parent)
    : QWidget(parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);

    m_daily = new QCheckBox(tr("Remind me to write each day at"), this);
    m_daily->setChecked(settings.daily);
    m_dailyAt = timeField(settings.dailyAt, tr("Time of the daily reminder"), this);
    grid->addWidget(m_daily, 0, 0);
    grid->addWidget(m_dailyAt, 0, 2);

    m_weekly = new QCheckBox(tr("Remind me of our check-in on"), this);
    m_weekly->setChecked(settings.weekly);
    m_weeklyDay = new QComboBox(this);
    m_weeklyDay->setAccessibleName(tr("Day of the check-in reminder"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        m_weeklyDay->addItem(QLocale().standaloneDayName(day), day);
    }
    m_weeklyDay->setCurrentIndex(m_weeklyDay->findData(settings.weeklyDay));
    m_weeklyAt = timeField(settings.weeklyAt, tr("Time of the check-in reminder"), this);
    grid->addWidget(m_weekly, 1, 0);
    grid->addWidget(m_weeklyDay, 1, 1);
    grid->addWidget(m_weeklyAt, 1, 2);
    grid->setColumnStretch(3, 1);
    layout->addLayout(grid);
    layout->addWidget(helperLabel(
        tr("While Twofold is open. A reminder says only what it's for — never a word of what you wrote."), this));

    const auto follow = [this] {
        m_dailyAt->setEnabled(m_daily->isChecked());
        m_weeklyDay->setEnabled(m_weekly->isChecked());
        m_weeklyAt->setEnabled(m_weekly->isChecked());
    };
    connect(m_daily, &QCheckBox::toggled, this, follow);
    connect(m_weekly, &QCheckBox::toggled, this, follow);
    follow();
}

ReminderSettings ReminderFields::settings() const {
    ReminderSettings out;
    out.daily = m_daily->isChecked();
    out.dailyAt = m_dailyAt->time();
    out.weekly = m_weekly->isChecked();
    out.weeklyDay = m_weeklyDay->currentData().toInt();
    out.weeklyAt = m_weeklyAt->time();
    return out;
}

} // namespace twofold::ui
