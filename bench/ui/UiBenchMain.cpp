// twofold-ui-bench: how long the window takes to open the pages a couple
// uses every week, on a journal of ten years (520 weekly check-ins): the
// check-in page and Trends (target: under 100 ms each, issue 14). Runs
// offscreen; each figure is from asking for the page to the page painted
// (grab()), median of several openings, with the CPU time beside it.
#include "BenchJournal.h"
#include "BenchReport.h"
#include "MainWindow.h"
#include "Session.h"
#include "journal/CheckIns.h"
#include "journal/Journal.h"
#include "journal/Trends.h"
#include "trends/TrendsPage.h"
#include "unlock/UnlockPage.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

using namespace twofold;
using namespace twofold::bench;

namespace {

constexpr int kRuns = 7;
constexpr double kTargetSeconds = 0.100;

struct Figure {
    double wall = 0;
    double cpu = 0;
};

// Opens a page the way the sidebar does, then paints the window as the
// screen would.
Figure measure(ui::MainWindow& window, const std::function<void()>& open, const std::function<void()>& away) {
    std::vector<double> walls;
    std::vector<double> cpus;
    for (int run = 0; run < kRuns; ++run) {
        away();
        QApplication::processEvents();
        const double cpuBefore = threadCpuSeconds();
        const auto start = Clock::now();
        open();
        QApplication::processEvents();
        (void)window.grab();
        walls.push_back(secondsSince(start));
        cpus.push_back(threadCpuSeconds() - cpuBefore);
    }
    return {median(walls), median(cpus)};
}

bool unlock(ui::MainWindow& window) {
    const auto alex = window.session().journal().findPartner(QStringLiteral("Alex"));
    if (!alex) {
        return false;
    }
    window.unlockPage()->selectPartner(alex->id);
    window.unlockPage()->passphraseField()->setText(QString::fromUtf8(passphraseOf(QStringLiteral("Alex"))));
    QSignalSpy unlocked(window.unlockPage(), &ui::UnlockPage::unlocked);
    window.unlockPage()->unlock();
    return unlocked.wait(60000);
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("twofold-bench"));
    int entries = 5000;
    int checkins = 520;
    QString dirArg;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        const QString value = i + 1 < args.size() ? args[i + 1] : QString();
        if (args[i] == QLatin1String("--entries")) {
            entries = value.toInt();
            ++i;
        } else if (args[i] == QLatin1String("--checkins")) {
            checkins = value.toInt();
            ++i;
        } else if (args[i] == QLatin1String("--dir")) {
            dirArg = value;
            ++i;
        } else {
            std::fprintf(stderr, "usage: twofold-ui-bench [--entries N] [--checkins N] [--dir DIR]\n");
            return 2;
        }
    }
    QTemporaryDir temporary;
    const QDir dir(dirArg.isEmpty() ? temporary.path() : dirArg);
    QDir().mkpath(dir.path());
    const QString path = dir.filePath(QStringLiteral("ui-bench-%1-%2.twofold").arg(entries).arg(checkins));
    if (!QFileInfo::exists(path) && createBenchJournal(path, entries, checkins * 7, checkins) != 0) {
        return 1;
    }
    auto opened = core::Journal::open(path);
    if (!opened) {
        std::fprintf(stderr, "twofold-ui-bench: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    ui::MainWindow window(std::move(*opened));
    window.resize(1200, 800);
    window.show();
    if (!unlock(window)) {
        std::fprintf(stderr, "twofold-ui-bench: could not unlock the journal\n");
        return 1;
    }
    std::printf("Twofold window benchmark: %d entries, %d weekly check-ins (offscreen, median of %d)\n", entries,
                checkins, kRuns);
    const auto away = [&] {
        window.showToday();
    };
    bool met = true;
    const auto report = [&](const QString& what, const Figure& figure) {
        const bool ok = figure.wall < kTargetSeconds;
        met = met && ok;
        printLine(what, QStringLiteral("%1 (CPU %2)").arg(formatSeconds(figure.wall), formatSeconds(figure.cpu)),
                  QStringLiteral("< 100 ms"), ok);
    };
    report(QStringLiteral("Opening the check-in page"), measure(
                                                            window, [&] { window.showCheckIn(); }, away));
    // The first visit after a change computes the report; a visit with
    // nothing changed since shows the kept one.
    const auto awayAndChanged = [&] {
        away();
        window.trendsPage()->markStale();
    };
    report(QStringLiteral("Opening Trends after a change"), measure(
                                                                window, [&] { window.showTrends(); }, awayAndChanged));
    report(QStringLiteral("Opening Trends again"), measure(
                                                       window, [&] { window.showTrends(); }, away));
    report(QStringLiteral("Opening Today"), measure(window, away, [&] { window.showJournal(); }));
    // What the pages read, without the widgets: where the time goes.
    const auto core = [&](const QString& what, const std::function<bool()>& work) {
        std::vector<double> samples;
        std::vector<double> cpus;
        for (int run = 0; run < kRuns; ++run) {
            const double cpuBefore = threadCpuSeconds();
            const auto start = Clock::now();
            if (!work()) {
                std::fprintf(stderr, "twofold-ui-bench: %s failed\n", qPrintable(what));
                met = false;
                return;
            }
            samples.push_back(secondsSince(start));
            cpus.push_back(threadCpuSeconds() - cpuBefore);
        }
        printLine(what, QStringLiteral("%1 (CPU %2)").arg(formatSeconds(median(samples)), formatSeconds(median(cpus))));
    };
    core::Journal& journal = window.session().journal();
    core(QStringLiteral("  of which: the trends report (core)"),
         [&] { return core::Trends(journal).compute().has_value(); });
    window.showTrends();
    core(QStringLiteral("  of which: the trends page's refresh"), [&] {
        window.trendsPage()->refresh();
        return true;
    });
    core(QStringLiteral("  of which: painting the window on Trends"), [&] { return !window.grab().isNull(); });
    core(QStringLiteral("  of which: the check-in list (core)"),
         [&] { return core::CheckIns(journal).list().has_value(); });
    return met ? 0 : 1;
}
