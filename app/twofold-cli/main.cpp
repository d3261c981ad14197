#include "AppInfo.h"
#include "Cli.h"
#include "Hardening.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    twofold::core::hardenProcess();
    QCoreApplication app(argc, argv);
    twofold::core::setApplicationIdentity();
    // Messages and help in the person's language; JSON, ids and exit codes
    // stay as CLI.md fixes them.
    twofold::core::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "twofold-cli: " << QCoreApplication::translate("main", "standard input cannot be read.") << '\n';
    }
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return twofold::cli::run(args, out, err, in);
}
