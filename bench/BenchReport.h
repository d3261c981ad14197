#pragma once

#include <QString>

#include <chrono>
#include <vector>

namespace twofold::bench {

using Clock = std::chrono::steady_clock;

inline double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// CPU time used so far by this process (all threads) and by the calling
// thread, in seconds. On a busy machine wall time overstates cost; the
// report shows both.
double processCpuSeconds();
double threadCpuSeconds();

// The machine's CPU time so far, in clock ticks, and how much of it the
// hypervisor gave to other guests (/proc/stat "steal"). On a shared virtual
// machine a third of the time can be stolen, and every wall-clock figure
// grows with it; the report says how much was stolen while it measured.
struct MachineTicks {
    quint64 total = 0;
    quint64 stolen = 0;
};
MachineTicks machineTicks();
// The share of the machine's time stolen between two readings, 0..1.
double stolenShare(const MachineTicks& before, const MachineTicks& after);

// Median and 95th percentile of samples (seconds).
double median(std::vector<double> samples);
double percentile95(std::vector<double> samples);

// Peak resident memory of this process so far, in MiB (getrusage).
double peakMemoryMiB();
// Peak resident memory of the largest waited-for child, in MiB.
double childrenPeakMemoryMiB();

// One line of the report: what was measured, the figure, and — when the
// measurement has a target — the target and whether it was met.
void printLine(const QString& what, const QString& figure, const QString& target = {}, bool met = true);
QString formatSeconds(double seconds);

} // namespace twofold::bench
