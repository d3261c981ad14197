#pragma once

#include "Result.h"
#include "export/pdf/PdfBookOptions.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace twofold::core {

class Journal;

// One rendered page for a preview: premultiplied ARGB32 pixels, native
// byte order (QImage::Format_ARGB32_Premultiplied).
struct PdfPreviewPage {
    int width = 0;
    int height = 0;
    int stride = 0;
    QByteArray pixels;
};

// The shared journal as a PDF book (CLI.md: export pdf): a cover, contents
// linked to each month, an outline (year → month), then one chapter per
// month with every day's entries, prompt conversations and check-ins, as
// the acting partner may see them (BookContent holds the rules).
//
// The book is laid out and written a month at a time, in one pass (the
// contents drawn last and moved behind the cover), with layout on two pool
// threads, straight into an unnamed 0600 file in OUT's folder that is linked
// into place once complete: OUT is never overwritten (AlreadyExists), and a
// cancelled or failed export leaves nothing there. The journal is used only
// from the calling thread.
class PdfBookExport {
public:
    PdfBookExport(Journal& journal, PdfBookOptions options)
        : m_journal(journal)
        , m_options(std::move(options)) {}

    void setProgress(PdfProgress progress) { m_progress = std::move(progress); }

    Result<PdfBookSummary> writeTo(const QString& path);

    // The first `pages` pages as images at `dpi`, for the export dialog.
    Result<std::vector<PdfPreviewPage>> preview(int pages, double dpi);

    // The error a cancelled export returns.
    static Error cancelledError();

private:
    Journal& m_journal;
    PdfBookOptions m_options;
    PdfProgress m_progress;
};

} // namespace twofold::core
