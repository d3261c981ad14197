#pragma once

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace twofold::core {

enum class PdfPageSize { A4, Letter };

// Where the trend chart of check-in ratings goes.
enum class PdfChartPlacement { EachMonth, EndOfBook, None };

// What goes into the book (CLI.md: export pdf).
struct PdfBookOptions {
    std::optional<QDate> from;
    std::optional<QDate> to;
    bool includePrivate = false; // the acting partner's own private entries, marked as private
    bool checkIns = true;
    bool prompts = true;
    PdfPageSize pageSize = PdfPageSize::A4;
    PdfChartPlacement chart = PdfChartPlacement::EachMonth;
    QString title;      // empty: "Our journal"
    QString dedication; // empty: no dedication
};

// Called after each month is laid out or written, from the exporting thread:
// `done` of `total` steps. Returning false cancels the export, which then
// fails with Error code Internal ("cancelled") and leaves nothing behind.
using PdfProgress = std::function<bool(int done, int total)>;

struct PdfBookSummary {
    int pages = 0;
    int months = 0;
    int entries = 0;
    int checkIns = 0;
    int prompts = 0;
};

} // namespace twofold::core
