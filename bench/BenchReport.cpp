#include "BenchReport.h"

#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <time.h>

#include <sys/resource.h>

namespace twofold::bench {

double median(std::vector<double> samples) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

double percentile95(std::vector<double> samples) {
    if (samples.empty()) {
        return 0;
    }
    std::sort(samples.begin(), samples.end());
    // Nearest rank.
    const auto rank = static_cast<size_t>(std::ceil(0.95 * static_cast<double>(samples.size())));
    return samples[std::clamp<size_t>(rank, 1, samples.size()) - 1];
}

double processCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

MachineTicks machineTicks() {
    MachineTicks ticks;
    QFile stat(QStringLiteral("/proc/stat"));
    if (!stat.open(QIODevice::ReadOnly)) {
        return ticks;
    }
    // "cpu  user nice system idle iowait irq softirq steal guest guest_nice"
    const QList<QByteArray> fields = stat.readLine().simplified().split(' ');
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) {
        const quint64 value = fields[i].toULongLong();
        ticks.total += value;
        if (i == 8) {
            ticks.stolen = value;
        }
    }
    return ticks;
}

double stolenShare(const MachineTicks& before, const MachineTicks& after) {
    const quint64 total = after.total - before.total;
    return total == 0 ? 0.0 : static_cast<double>(after.stolen - before.stolen) / static_cast<double>(total);
}

double threadCpuSeconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) / 1e9;
}

double peakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double childrenPeakMemoryMiB() {
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

QString formatSeconds(double seconds) {
    if (seconds < 1.0) {
        return QStringLiteral("%1 ms").arg(seconds * 1000.0, 0, 'f', seconds < 0.01 ? 2 : 1);
    }
    return QStringLiteral("%1 s").arg(seconds, 0, 'f', 2);
}

void printLine(const QString& what, const QString& figure, const QString& target, bool met) {
    QString line = QStringLiteral("  %1 %2").arg(what, -44).arg(figure, 12);
    if (!target.isEmpty()) {
        line += QStringLiteral("   target %1  %2")
                    .arg(target, -9)
                    .arg(met ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    }
    std::printf("%s\n", line.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace twofold::bench
