#pragma once

#include <QIODevice>
#include <QStringList>
#include <QTextStream>

namespace twofold::cli {

// Runs one twofold-cli invocation (args without the program name) and
// returns its exit code. Output goes to `out` and `err`; `in` is standard
// input. The app's main is a thin wrapper around this.
int run(const QStringList& args, QTextStream& out, QTextStream& err, QIODevice& in);

} // namespace twofold::cli
