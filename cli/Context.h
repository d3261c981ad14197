#pragma once

#include "Args.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QTextStream>

#include <memory>

namespace twofold::core {
class Journal;
}

namespace twofold::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitUsage = 2;
inline constexpr int kExitCannotOpen = 3;
inline constexpr int kExitRefused = 4;

// What a command needs from the command line and the terminal: its parsed
// arguments, the journal (opened and unlocked on request), input (files,
// stdin, passphrases) and output (people or --json).
class Context {
public:
    Context(ParsedArgs args, QTextStream& out, QTextStream& err, QIODevice& in);
    ~Context();

    const ParsedArgs& args() const { return m_args; }
    bool json() const { return m_args.has(QStringLiteral("json")); }
    QTextStream& out() { return m_out; }
    QString journalPath() const;

    // Opens the journal, locked.
    core::Result<core::Journal*> openJournal();
    // Opens and unlocks as --as / $TWOFOLD_PARTNER / the only partner. Without
    // an acting partner, unlocks as a reader of shared content — unless
    // `requireActing`, which refuses.
    core::Result<core::Journal*> openUnlocked(bool requireActing);

    // The first line of --passphrase-file (or $TWOFOLD_PASSPHRASE); empty
    // when neither is given. Read once and kept (wiped with the Context), so
    // a command may use it after unlocking even when it came from stdin.
    core::Result<QByteArray> passphrase();
    // All lines of a passphrase file (init --protect reads one per partner).
    core::Result<QList<QByteArray>> passphraseLines(const QString& option);
    // --text, else --file, else standard input.
    core::Result<QString> text();
    core::Result<QString> readUtf8File(const QString& path);

    // Output. printJson writes one document.
    void printJson(const QJsonValue& value);
    void println(const QString& line = {});

    // Error reporting: one line on stderr, the exit code returned.
    int fail(const core::Error& error);
    int usage(const QString& message);
    // A warning on stderr; the command goes on.
    void warn(const QString& message);

    // Parses option values, reporting a usage error (exit 2) on bad form.
    // Returns false after reporting.
    bool parseDate(const QString& option, std::optional<QDate>& out, int& exitCode);
    bool parseInt(const QString& option, int min, int max, std::optional<int>& out, int& exitCode);

private:
    core::Result<QByteArray> readAllFrom(const QString& pathOrDash);

    ParsedArgs m_args;
    QTextStream& m_out;
    QTextStream& m_err;
    QIODevice& m_in;
    bool m_stdinUsed = false;
    std::optional<QByteArray> m_passphrase;
    std::unique_ptr<core::Journal> m_journal;
};

} // namespace twofold::cli
