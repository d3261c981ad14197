#pragma once

#include "Result.h"
#include "export/pdf/PdfBookOptions.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

class ErrorBanner;

// "Export…": the shared journal as a PDF book, with the options of
// `twofold-cli export pdf`, a preview of the first pages, progress and
// Cancel. The book is written on a worker thread from its own copy of the
// unlocked journal (Journal::cloneUnlocked); the window stays responsive, and
// Cancel leaves nothing at the destination (core's rule).
class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    ExportDialog(core::Journal& journal, QWidget* parent = nullptr);
    ~ExportDialog() override;

    core::PdfBookOptions options() const;
    QLineEdit* fileField() const { return m_file; }
    QLineEdit* titleField() const { return m_title; }
    QCheckBox* privateCheck() const { return m_private; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    int previewPageCount() const;
    QString resultMessage() const { return m_result; }
    // True from the click until finished() has shown the result: the
    // worker may end before its finished signal reaches the dialog, and
    // until then the dialog is still busy.
    bool isExporting() const { return m_exporting; }

    void reject() override;

public Q_SLOTS:
    void startExport();
    void refreshPreview();

Q_SIGNALS:
    void exported(const QString& path);

private:
    void chooseFile();
    void finished();
    void setBusy(bool busy);

    core::Journal& m_journal;
    QLineEdit* m_file;
    QLineEdit* m_title;
    QLineEdit* m_dedication;
    QCheckBox* m_fromCheck;
    QDateEdit* m_from;
    QCheckBox* m_toCheck;
    QDateEdit* m_to;
    QCheckBox* m_private;
    QCheckBox* m_checkIns;
    QCheckBox* m_prompts;
    QComboBox* m_chart;
    QComboBox* m_pageSize;
    QHBoxLayout* m_previewRow;
    QLabel* m_status;
    QProgressBar* m_progress;
    ErrorBanner* m_error;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QTimer* m_previewTimer;
    QFutureWatcher<core::Result<core::PdfBookSummary>> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_exporting = false;
    QString m_result;
};

} // namespace twofold::ui
