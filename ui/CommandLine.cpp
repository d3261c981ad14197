#include "CommandLine.h"

#include "AppInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace twofold::ui {

namespace {

void print(FILE* stream, const QString& text) {
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

// QApplication's own options (QGuiApplication and QApplication docs). They
// are accepted here and left for QApplication to act on.
void addQtOptions(QCommandLineParser& parser) {
    for (const char* name : {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
                             "qwindowicon", "qwindowtitle", "display", "geometry", "style", "stylesheet", "session"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char* name : {"reverse", "widgetcount", "nograb", "dograb", "sync"}) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

QString tryHelp(const QString& program) {
    return QCoreApplication::translate("CommandLine", "Try '%1 --help'.").arg(program) + QLatin1Char('\n');
}

} // namespace

ParsedLaunch parseCommandLine(const QStringList& arguments) {
    QCommandLineParser parser;
    // Qt's options are written with one dash (-platform offscreen).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Twofold, a private journal for two partners."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and quit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version and quit."));
    const QCommandLineOption journal(
        QStringLiteral("journal"),
        QCoreApplication::translate("CommandLine", "The journal file to open (the same as FILE)."),
        QStringLiteral("PATH"));
    const QCommandLineOption as(QStringLiteral("as"),
                                QCoreApplication::translate("CommandLine", "Preselect this partner when unlocking."),
                                QStringLiteral("NAME"));
    parser.addOptions({help, version, journal, as});
    addQtOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("CommandLine",
                                    "The journal to open. Without it, $TWOFOLD_JOURNAL, else the journal in "
                                    "Twofold's data folder; a file that does not exist yet is created there by the "
                                    "welcome."),
        QStringLiteral("[FILE]"));

    const QString program = QStringLiteral("twofold");
    if (!parser.parse(arguments)) {
        print(stderr, QStringLiteral("%1: %2\n").arg(program, parser.errorText()) + tryHelp(program));
        return {std::nullopt, 2};
    }
    if (parser.isSet(help)) {
        // Qt names the program after argv[0] (or "<executable_name>" before
        // the application exists); the man page wants its installed name.
        QString text = parser.helpText();
        text = QCoreApplication::translate("CommandLine", "Usage: %1 [options] [FILE]").arg(program) +
               text.mid(text.indexOf(QLatin1Char('\n')));
        print(stdout,
              text + QCoreApplication::translate(
                         "CommandLine", "\nOne window opens per journal: starting Twofold on a journal that is\n"
                                        "already open brings its window to the front. Scripts use the same\n"
                                        "journal with twofold-cli.\n"));
        return {std::nullopt, 0};
    }
    if (parser.isSet(version)) {
        print(stdout, QStringLiteral("%1 %2\n").arg(program, core::applicationVersion()));
        return {std::nullopt, 0};
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        print(stderr,
              program + QStringLiteral(": ") +
                  QCoreApplication::translate("CommandLine", "Twofold opens one journal at a time; %1 were given.")
                      .arg(files.size()) +
                  QLatin1Char('\n') + tryHelp(program));
        return {std::nullopt, 2};
    }
    if (!files.isEmpty() && parser.isSet(journal) && files.front() != parser.value(journal)) {
        print(stderr, program + QStringLiteral(": ") +
                          QCoreApplication::translate("CommandLine",
                                                      "Give the journal either as FILE or with --journal, not both.") +
                          QLatin1Char('\n'));
        return {std::nullopt, 2};
    }
    LaunchOptions options;
    options.journalPath = files.isEmpty() ? parser.value(journal) : files.front();
    options.partner = parser.value(as);
    return {options, 0};
}

} // namespace twofold::ui
