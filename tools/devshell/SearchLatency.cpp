#include "SearchLatency.h"

#include "MainWindow.h"
#include "Session.h"
#include "journal/Search.h"
#include "search/SearchPage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace twofold::ui {

namespace {

// Notes when a widget paints.
class PaintSpy final : public QObject {
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            painted = true;
        }
        return QObject::eventFilter(watched, event);
    }
};

QString residentMemory() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return QStringLiteral("?");
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return QString::fromLatin1(line.mid(6).trimmed());
        }
    }
    return QStringLiteral("?");
}

} // namespace

void measureSearchLatency(MainWindow& window, const QString& query) {
    QElapsedTimer sinceUnlock;
    sinceUnlock.start();
    core::Search* search = window.session().search();
    if (!search || !search->waitUntilReady()) {
        std::fprintf(stderr, "twofold-devshell: the search index did not build\n");
        QTimer::singleShot(0, qApp, [] { QApplication::exit(1); });
        return;
    }
    std::printf("index ready after %lld ms; resident memory %s\n", static_cast<long long>(sinceUnlock.elapsed()),
                qPrintable(residentMemory()));
    window.showSearch();
    SearchPage* page = window.searchPage();
    PaintSpy spy;
    page->results()->viewport()->installEventFilter(&spy);
    std::vector<double> samples;
    for (int round = 0; round < 5; ++round) {
        page->queryField()->clear();
        QApplication::processEvents();
        for (int i = 1; i <= query.size(); ++i) {
            spy.painted = false;
            QElapsedTimer keystroke;
            keystroke.start();
            page->queryField()->setText(query.left(i));
            while (!spy.painted && keystroke.elapsed() < 2000) {
                QApplication::processEvents(QEventLoop::AllEvents, 5);
            }
            samples.push_back(static_cast<double>(keystroke.nsecsElapsed()) / 1e6);
        }
    }
    std::sort(samples.begin(), samples.end());
    std::printf("keystroke → results painted: median %.1f ms, worst %.1f ms (%zu keystrokes of \"%s\")\n",
                samples[samples.size() / 2], samples.back(), samples.size(), qPrintable(query));
    std::printf("resident memory after searching %s\n", qPrintable(residentMemory()));
    std::fflush(stdout);
    QTimer::singleShot(0, qApp, &QApplication::quit);
}

} // namespace twofold::ui
