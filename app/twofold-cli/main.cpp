#include "AppInfo.h"
#include "Cli.h"
#include "Hardening.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[]) {
    twofold::core::hardenProcess();
    QCoreApplication app(argc, argv);
    twofold::core::setApplicationIdentity();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        err << "twofold-cli: standard input cannot be read.\n";
    }
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return twofold::cli::run(args, out, err, in);
}
