#include "AppInfo.h"
#include "Application.h"
#include "Hardening.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    twofold::core::hardenProcess();
    QApplication app(argc, argv);
    twofold::core::setApplicationIdentity();
    return twofold::ui::runApplication(app);
}
