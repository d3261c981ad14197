#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

// The once-a-day backup at unlock, on a worker thread so the window never
// waits for it. The worker uses its own connection to the journal file
// (core::Journal is one thread's), cloned from the window's and locked at
// once: the copy needs no keys and no second look at the file.
class DailyBackup final : public QObject {
    Q_OBJECT
public:
    explicit DailyBackup(QObject* parent = nullptr);
    ~DailyBackup() override;

    // Starts today's copy of `journal` (unlocked) if it is due; does nothing
    // while one is still running.
    void start(const core::Journal& journal);
    bool isRunning() const;

    struct Outcome {
        std::optional<QString> madeFile; // the new copy's file name
        std::optional<QString> problem;  // one sentence
    };

Q_SIGNALS:
    // A new copy is in place.
    void made(const QString& fileName);
    // The copy could not be made: one sentence for a calm banner. The
    // journal and the earlier copies are untouched.
    void failed(const QString& sentence);
    // Whatever happened (also when today's copy already existed).
    void finished();

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace twofold::ui
