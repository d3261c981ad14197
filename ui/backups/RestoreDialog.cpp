#include "backups/RestoreDialog.h"

#include "Session.h"
#include "backups/BackupWords.h"
#include "journal/Journal.h"
#include "journal/RollingBackups.h"
#include "widgets/OpenDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace twofold::ui {

namespace {

QLabel* wrapped(QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QWidget* buttonRow(QWidget* parent, std::initializer_list<QPushButton*> buttons) {
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch();
    for (QPushButton* button : buttons) {
        layout->addWidget(button);
    }
    return row;
}

} // namespace

RestoreDialog::RestoreDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this)) {
    setWindowTitle(tr("Restore from a backup"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // 1. The copies.
    auto* listPage = new QWidget(m_pages);
    auto* listLayout = new QVBoxLayout(listPage);
    m_listNote = wrapped(listPage);
    m_list = new QTreeWidget(listPage);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Taken"), tr("Kind"), tr("Entries")});
    // The count's heading sits over its numbers, on the right.
    m_list->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->setAccessibleName(tr("Backups, newest first"));
    auto* cancel = new QPushButton(tr("Cancel"), listPage);
    m_continue = new QPushButton(tr("Restore this backup…"), listPage);
    m_continue->setDefault(true);
    m_continue->setEnabled(false);
    listLayout->addWidget(m_listNote);
    listLayout->addWidget(m_list, 1);
    listLayout->addWidget(buttonRow(listPage, {cancel, m_continue}));
    m_pages->addWidget(listPage);

    // 2. Confirm.
    auto* confirmPage = new QWidget(m_pages);
    auto* confirmLayout = new QVBoxLayout(confirmPage);
    m_confirm = wrapped(confirmPage);
    auto* back = new QPushButton(tr("Back"), confirmPage);
    m_restore = new QPushButton(tr("Restore"), confirmPage);
    confirmLayout->addWidget(m_confirm);
    confirmLayout->addStretch();
    confirmLayout->addWidget(buttonRow(confirmPage, {back, m_restore}));
    m_pages->addWidget(confirmPage);

    // 3. Progress.
    auto* progressPage = new QWidget(m_pages);
    auto* progressLayout = new QVBoxLayout(progressPage);
    auto* progressText = wrapped(progressPage);
    progressText->setText(tr("Backing up the journal as it is now, then restoring the copy…"));
    auto* bar = new QProgressBar(progressPage);
    bar->setRange(0, 0); // one step in SQLite: no fraction to show
    bar->setAccessibleName(tr("Restoring"));
    progressLayout->addWidget(progressText);
    progressLayout->addWidget(bar);
    progressLayout->addStretch();
    m_pages->addWidget(progressPage);

    // 4. What happened.
    auto* resultPage = new QWidget(m_pages);
    auto* resultLayout = new QVBoxLayout(resultPage);
    m_result = wrapped(resultPage);
    auto* close = new QPushButton(tr("Close"), resultPage);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch();
    resultLayout->addWidget(buttonRow(resultPage, {close}));
    m_pages->addWidget(resultPage);

    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { choose(m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1); });
    connect(m_list, &QTreeWidget::itemActivated, this, [this] {
        if (m_continue->isEnabled()) {
            confirm();
        }
    });
    connect(m_continue, &QPushButton::clicked, this, &RestoreDialog::confirm);
    connect(back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(0); });
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::runRestore);
    connect(close, &QPushButton::clicked, this, [this] { m_restored ? accept() : reject(); });
    load();
}

void RestoreDialog::load() {
    auto copies = core::RollingBackups(m_session.journal()).list();
    auto folder = core::RollingBackups(m_session.journal()).folder();
    m_list->clear();
    m_copies = copies ? std::move(*copies) : std::vector<core::BackupCopy>{};
    for (const core::BackupCopy& copy : m_copies) {
        auto* item = new QTreeWidgetItem(
            m_list, {backupwords::when(copy.taken), backupwords::kind(copy.kind), backupwords::entries(copy.entries)});
        item->setData(2, Qt::TextAlignmentRole, QVariant(Qt::AlignRight | Qt::AlignVCenter));
        item->setToolTip(0, copy.path);
        // A copy that cannot be read cannot be restored: shown, not offered.
        if (!copy.entries) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
        }
    }
    if (!copies) {
        m_listNote->setText(copies.error().message);
    } else if (m_copies.empty()) {
        m_listNote->setText(tr("There are no backups yet in %1. Twofold makes one each day you unlock.")
                                .arg(folder ? *folder : QString()));
    } else {
        m_listNote->setText(tr("Twofold keeps a copy of your journal each day in %1. Choose the one to go back to.")
                                .arg(folder ? *folder : QString()));
    }
}

void RestoreDialog::choose(int row) {
    const bool usable = row >= 0 && row < static_cast<int>(m_copies.size()) && m_copies[row].entries.has_value();
    m_chosen = usable ? row : -1;
    m_continue->setEnabled(usable);
    if (usable && m_list->indexOfTopLevelItem(m_list->currentItem()) != row) {
        m_list->setCurrentItem(m_list->topLevelItem(row));
    }
}

QString RestoreDialog::confirmText() const {
    return m_confirm->text();
}

QString RestoreDialog::resultText() const {
    return m_result->text();
}

void RestoreDialog::confirm() {
    if (m_chosen < 0) {
        return;
    }
    const core::BackupCopy& copy = m_copies[m_chosen];
    m_confirm->setText(tr("Go back to the journal as it was on %1, with %2?\n\nFirst, Twofold backs up the journal "
                          "as it is now, so nothing written since is lost: you can come back to it from this list. "
                          "Then the window locks, and each of you unlocks again.")
                           .arg(backupwords::when(copy.taken), backupwords::entries(copy.entries)));
    m_pages->setCurrentIndex(1);
    m_restore->setFocus();
}

RestoreDialog::~RestoreDialog() {
    // The worker holds only its own connection; the copy in progress is
    // finished (all or nothing) before the dialog goes.
    m_worker.waitForFinished();
}

void RestoreDialog::reject() {
    if (!isRestoring()) {
        QDialog::reject();
    }
}

void RestoreDialog::runRestore() {
    if (m_chosen < 0 || isRestoring()) {
        return;
    }
    // The worker's own connection, taken while the journal is still open:
    // the window locks next (aboutToRestore), and restoring needs no keys.
    auto clone = m_session.journal().cloneUnlocked();
    if (!clone) {
        m_result->setText(tr("Nothing was restored: %1").arg(clone.error().message));
        m_pages->setCurrentIndex(3);
        return;
    }
    (*clone)->lock();
    std::shared_ptr<core::Journal> worker(std::move(*clone));
    m_running = m_copies[m_chosen];
    m_pages->setCurrentIndex(2);
    Q_EMIT aboutToRestore();
    connect(&m_worker, &QFutureWatcher<core::Result<core::RestoreOutcome>>::finished, this,
            &RestoreDialog::restoreFinished, Qt::UniqueConnection);
    const QString path = m_running.path;
    open_dialogs::markBusy(this, true); // a screen lock waits for the copy
    m_worker.setFuture(QtConcurrent::run(
        [worker, path] { return core::Result<core::RestoreOutcome>(core::RollingBackups(*worker).restore(path)); }));
}

void RestoreDialog::restoreFinished() {
    open_dialogs::markBusy(this, false);
    const auto restored = m_worker.result();
    // The window's own connection follows the content now in the file (and
    // stays locked even if re-reading it failed: unlocking reads it again).
    const auto adopted = core::RollingBackups(m_session.journal()).adoptRestoredContent();
    m_session.lock();
    if (restored) {
        m_restored = true;
        m_result->setText(tr("Your journal is back as it was on %1, with %2. The journal as it was just before "
                             "is kept as a backup too (%3). Each of you unlocks again to go on.")
                              .arg(backupwords::when(m_running.taken), backupwords::entries(restored->entries),
                                   restored->safetyCopy.fileName));
    } else {
        m_result->setText(tr("Nothing was restored: %1").arg(restored.error().message));
    }
    if (!adopted) {
        m_result->setText(m_result->text() + QLatin1Char(' ') + adopted.error().message);
    }
    m_pages->setCurrentIndex(3);
}

} // namespace twofold::ui
