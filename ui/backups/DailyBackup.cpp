#include "backups/DailyBackup.h"

#include "journal/Journal.h"
#include "journal/RollingBackups.h"

#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace twofold::ui {

namespace {

DailyBackup::Outcome backUp(const std::shared_ptr<core::Journal>& journal) {
    DailyBackup::Outcome outcome;
    auto done = core::RollingBackups(*journal).makeDailyIfDue();
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

void DailyBackup::start(const core::Journal& journal) {
    if (isRunning()) {
        return;
    }
    auto clone = journal.cloneUnlocked();
    if (!clone) {
        Q_EMIT failed(clone.error().message);
        Q_EMIT finished();
        return;
    }
    (*clone)->lock(); // no keys on the worker: a copy does not need them
    std::shared_ptr<core::Journal> own(std::move(*clone));
    m_watcher.setFuture(QtConcurrent::run(backUp, own));
}

bool DailyBackup::isRunning() const {
    return m_watcher.isRunning();
}

} // namespace twofold::ui
