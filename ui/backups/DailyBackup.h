#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <optional>

namespace twofold::ui {

// The once-a-day backup at unlock, on a worker thread so the window never
// waits for it. The worker opens its own connection to the journal file
// (core::Journal is one thread's); the copy needs no keys.
class DailyBackup final : public QObject {
    Q_OBJECT
public:
    explicit DailyBackup(QObject* parent = nullptr);
    ~DailyBackup() override;

    // Starts today's copy of the journal at `journalPath` if it is due; does
    // nothing while one is still running.
    void start(const QString& journalPath);
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
