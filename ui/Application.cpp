#include "Application.h"

#include "AppInfo.h"
#include "MainWindow.h"
#include "Session.h"
#include "journal/Journal.h"
#include "unlock/UnlockPage.h"
#include "welcome/WelcomeWizard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QMessageBox>

namespace twofold::ui {

namespace {

// The journal to work on: the given or default file, or — on the first
// start, or when that file cannot be opened — the welcome.
std::unique_ptr<core::Journal> chooseJournal(const QString& path) {
    if (QFileInfo::exists(path)) {
        auto opened = core::Journal::open(path);
        if (opened) {
            return std::move(*opened);
        }
        QMessageBox box(QMessageBox::Warning, QObject::tr("Twofold"), opened.error().message,
                        QMessageBox::Open | QMessageBox::Close);
        box.setInformativeText(QObject::tr("You can open another journal file or create a new one."));
        if (box.exec() != QMessageBox::Open) {
            return nullptr;
        }
    }
    const QString createAt = QFileInfo::exists(path) ? QString() : path;
    WelcomeWizard wizard(createAt, core::crypto::KdfLimits::moderate());
    if (wizard.exec() != QDialog::Accepted) {
        return nullptr;
    }
    return wizard.takeJournal();
}

} // namespace

int runApplication(QApplication& app) {
    QApplication::setApplicationDisplayName(QObject::tr("Twofold"));
    QApplication::setDesktopFileName(QStringLiteral(TWOFOLD_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("A private journal for two partners."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption journalOption(QStringLiteral("journal"), QObject::tr("The journal file to open."),
                                     QObject::tr("PATH"));
    QCommandLineOption asOption(QStringLiteral("as"), QObject::tr("Preselect this partner on the unlock screen."),
                                QObject::tr("NAME"));
    parser.addOptions({journalOption, asOption});
    parser.process(app);

    const QString path = parser.isSet(journalOption) ? parser.value(journalOption) : core::defaultJournalPath();
    auto journal = chooseJournal(path);
    if (!journal) {
        return 0;
    }
    MainWindow window(std::move(journal));
    if (parser.isSet(asOption)) {
        if (const auto partner = window.session().journal().findPartner(parser.value(asOption))) {
            window.unlockPage()->selectPartner(partner->id);
        }
    }
    window.show();
    return app.exec();
}

} // namespace twofold::ui
