#include "backups/DailyBackup.h"

#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QtConcurrent/QtConcurrentRun>

namespace twofold::ui {

namespace {

DailyBackup::Outcome backUp(const QString& journalPath) {
    DailyBackup::Outcome outcome;
    auto journal = core::Journal::open(journalPath);
    if (!journal) {
        outcome.problem = journal.error().message;
        return outcome;
    }
    auto done = core::RollingBackups(**journal).makeDailyIfDue();
    if (!done) {
        outcome.problem = done.error().message;
    } else if (done->made) {
        outcome.madeFile = done->made->fileName;
    }
    return outcome;
}

} // namespace

DailyBackup::DailyBackup(QObject* parent)
    : QObject(parent) {
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.problem) {
            Q_EMIT failed(*outcome.problem);
        } else if (outcome.madeFile) {
            Q_EMIT made(*outcome.madeFile);
        }
        Q_EMIT finished();
    });
}

DailyBackup::~DailyBackup() {
    // The worker holds only its own connection and a copy of the path; the
    // copy in progress is finished before the window goes, so no temporary
    // file is left behind.
    m_watcher.waitForFinished();
}

void DailyBackup::start(const QString& journalPath) {
    if (isRunning()) {
        return;
    }
    m_watcher.setFuture(QtConcurrent::run(backUp, journalPath));
}

bool DailyBackup::isRunning() const {
    return m_watcher.isRunning();
}

} // namespace twofold::ui
