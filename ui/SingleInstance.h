#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace twofold::ui {

// One window per journal. The first Twofold to open a journal listens on a
// local socket named after the journal's canonical path (in the user's own
// runtime folder, reachable by that user only); a second Twofold started on
// the same journal asks it to bring its window to the front and quits instead
// of opening a second window. Journals at different paths are independent.
class SingleInstance final : public QObject {
    Q_OBJECT
public:
    enum class Claim {
        First,  // no other window has this journal: we listen now
        Raised, // another window has it and came to the front
        Busy,   // another window has it but does not answer
        Failed, // we could not listen (the journal still opens, alone)
    };

    explicit SingleInstance(const QString& journalPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Tries to hand over to a running window, waiting at most `timeoutMs`
    // for its answer (with a local event loop, before any window exists);
    // else starts listening for later starts.
    Claim claim(int timeoutMs = 3000);

    // The socket's full path for a journal: the same for every spelling of
    // one file (relative, with .., through a symlink).
    static QString socketPath(const QString& journalPath);

    // The sentence for Claim::Busy.
    static QString busySentence(const QString& journalPath);

Q_SIGNALS:
    // Another start asked for this journal: bring the window to the front.
    void raiseRequested();

private:
    void answer(QLocalSocket* socket);

    QString m_journalPath;
    QString m_socketPath;
    QLocalServer m_server;
};

} // namespace twofold::ui
