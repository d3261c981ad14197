#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

// Widget tests run without a display: the offscreen platform must be chosen
// before QApplication exists (ctest's environment does not reach test
// discovery). Test mode keeps QSettings away from the person's own.
int main(int argc, char* argv[]) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationDomain(QStringLiteral("twofold.app"));
    QApplication::setApplicationName(QStringLiteral("twofold-ui-tests"));
    return Catch::Session().run(argc, argv);
}
