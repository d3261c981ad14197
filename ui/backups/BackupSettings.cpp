#include "backups/BackupSettings.h"

#include "Session.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace twofold::ui {

BackupSettings::BackupSettings(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_folder(new QLineEdit(this))
    , m_daily(new QSpinBox(this))
    , m_weekly(new QSpinBox(this))
    , m_problem(new QLabel(this)) {
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Settings' other sections: 12 between label and field, 8 between rows.
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    auto* folderRow = new QWidget(this);
    auto* folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folder->setPlaceholderText(tr("Beside the journal"));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* choose = new QPushButton(tr("Choose…"), folderRow);
    choose->setAccessibleName(tr("Choose the backup folder"));
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(choose);
    form->addRow(tr("Backup folder"), folderRow);

    m_daily->setRange(1, core::BackupPolicy::kMaxDaily);
    m_daily->setAccessibleName(tr("Daily backups kept"));
    // Counts are short numbers: the fields stay their natural size.
    m_daily->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_weekly->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    form->addRow(tr("Daily backups kept"), m_daily);
    m_weekly->setRange(0, core::BackupPolicy::kMaxWeekly);
    m_weekly->setAccessibleName(tr("Weekly backups kept"));
    form->addRow(tr("Weekly backups kept"), m_weekly);

    auto* note = new QLabel(tr("Twofold copies your journal once a day when you unlock, and keeps the first copy of "
                               "each week as a weekly one. The copies are as locked as the journal."),
                            this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    auto* restore = new QPushButton(tr("Restore from a backup…"), this);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(restore);
    restoreRow->addStretch(1);
    form->addRow(restoreRow);
    m_problem->setWordWrap(true);
    m_problem->hide();
    form->addRow(m_problem);

    connect(choose, &QPushButton::clicked, this, &BackupSettings::chooseFolder);
    connect(restore, &QPushButton::clicked, this, &BackupSettings::restoreRequested);
    load();
}

void BackupSettings::load() {
    auto policy = core::RollingBackups(m_session.journal()).policy();
    const core::BackupPolicy shown = policy ? *policy : core::BackupPolicy{};
    m_folder->setText(shown.folder);
    m_daily->setValue(shown.counts.keepDaily);
    m_weekly->setValue(shown.counts.keepWeekly);
    m_problem->hide();
}

core::Result<void> BackupSettings::apply() {
    core::BackupPolicy policy;
    policy.folder = m_folder->text().trimmed();
    policy.counts.keepDaily = m_daily->value();
    policy.counts.keepWeekly = m_weekly->value();
    auto stored = core::RollingBackups(m_session.journal()).setPolicy(policy);
    m_problem->setVisible(!stored);
    m_problem->setText(stored ? QString() : stored.error().message);
    return stored;
}

QString BackupSettings::problem() const {
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void BackupSettings::chooseFolder() {
    const QString start =
        m_folder->text().isEmpty() ? QFileInfo(m_session.journal().path()).absolutePath() : m_folder->text();
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup folder"), start);
    if (!chosen.isEmpty()) {
        m_folder->setText(chosen);
    }
}

} // namespace twofold::ui
