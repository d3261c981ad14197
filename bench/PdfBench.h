#pragma once

#include <QString>

#include <functional>

namespace twofold::bench {

// The PDF book figures of DESIGN.md: a one-year journal (730 entries, 52
// check-ins, target ≤ 1 s) and a ten-year one (7,300 entries, 521 check-ins,
// ≤ 8 s in ≤ 250 MB), with pages and time per page to show growth. Journals
// are generated into `dir` (reused when present); each size is generated and
// measured in its own child process via `inChild`.
bool runPdfBench(const QString& dir, const std::function<bool(const std::function<int()>&)>& inChild);

} // namespace twofold::bench
