#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace twofold::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

// Runs the built twofold-cli as a separate process, as scripts and outside
// tests do. TWOFOLD_* variables of the test's own environment are removed
// so they cannot leak in, and the locale is pinned to C.UTF-8 (English);
// pass either in `env` instead.
CliResult runCli(const QStringList& args, const QByteArray& stdinData = {}, const QMap<QString, QString>& env = {});

// Convenience: --journal PATH [--as NAME] prepended.
CliResult runCliOn(const QString& journal, const QString& as, const QStringList& args,
                   const QByteArray& stdinData = {});

// A fresh two-partner journal (Alex and Sam, no passphrases) made with
// `twofold-cli init` in a temporary folder, for CLI tests.
struct CliJournal {
    CliJournal();
    CliResult as(const QString& who, const QStringList& args, const QByteArray& in = {}) const {
        return runCliOn(path, who, args, in);
    }
    QTemporaryDir dir;
    QString path;
};

} // namespace twofold::test
