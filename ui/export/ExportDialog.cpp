#include "export/ExportDialog.h"

#include "Words.h"
#include "export/pdf/PdfBookExport.h"
#include "journal/Journal.h"
#include "widgets/ErrorBanner.h"
#include "widgets/FollowPalette.h"
#include "widgets/OpenDialogs.h"
#include "widgets/Palettes.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace twofold::ui {

namespace {

constexpr int kPreviewPages = 3;
constexpr double kPreviewDpi = 28;

QString defaultPath() {
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QDir(folder).exists()) {
        folder = QDir::homePath();
    }
    return QDir(folder).filePath(QCoreApplication::translate("twofold::ui::ExportDialog", "Our journal") +
                                 QStringLiteral(".pdf"));
}

QDateEdit* dateEdit(QWidget* parent) {
    auto* edit = new QDateEdit(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setEnabled(false);
    return edit;
}

} // namespace

ExportDialog::ExportDialog(core::Journal& journal, QWidget* parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_file(new QLineEdit(defaultPath(), this))
    , m_title(new QLineEdit(this))
    , m_dedication(new QLineEdit(this))
    , m_fromCheck(new QCheckBox(tr("From"), this))
    , m_from(dateEdit(this))
    , m_toCheck(new QCheckBox(tr("To"), this))
    , m_to(dateEdit(this))
    , m_private(new QCheckBox(tr("Add my private entries, marked as private"), this))
    , m_checkIns(new QCheckBox(tr("Weekly check-ins you both submitted"), this))
    , m_prompts(new QCheckBox(tr("Conversations you both answered"), this))
    , m_chart(new QComboBox(this))
    , m_pageSize(new QComboBox(this))
    , m_previewRow(new QHBoxLayout)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_error(new ErrorBanner(this))
    , m_export(new QPushButton(tr("Export"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_previewTimer(new QTimer(this)) {
    setWindowTitle(tr("Export the journal as a PDF book"));
    m_title->setPlaceholderText(tr("Our journal"));
    m_dedication->setPlaceholderText(tr("Optional, on the cover"));
    m_checkIns->setChecked(true);
    m_prompts->setChecked(true);
    m_chart->addItem(tr("At the end of each month"), static_cast<int>(core::PdfChartPlacement::EachMonth));
    m_chart->addItem(tr("Once, at the end of the book"), static_cast<int>(core::PdfChartPlacement::EndOfBook));
    m_chart->addItem(tr("No chart"), static_cast<int>(core::PdfChartPlacement::None));
    m_pageSize->addItem(tr("A4"), static_cast<int>(core::PdfPageSize::A4));
    m_pageSize->addItem(tr("US Letter"), static_cast<int>(core::PdfPageSize::Letter));
    if (!journal.actingPartner()) {
        m_private->setEnabled(false);
    }

    auto* choose = new QPushButton(tr("Choose…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    auto* dates = new QHBoxLayout;
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_from);
    dates->addSpacing(16);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_to);
    dates->addStretch(1);

    auto* form = new QFormLayout;
    form->setSpacing(8);
    form->addRow(tr("Save as"), fileRow);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Dedication"), m_dedication);
    form->addRow(tr("Days"), dates);
    form->addRow(tr("Include"), m_checkIns);
    form->addRow(QString(), m_prompts);
    form->addRow(QString(), m_private);
    form->addRow(tr("Trend chart"), m_chart);
    form->addRow(tr("Page size"), m_pageSize);

    auto* previewFrame = new QWidget(this);
    previewFrame->setLayout(m_previewRow);
    m_previewRow->setSpacing(12);
    m_previewRow->addStretch(1);

    auto* warning = new QLabel(words::pdfIsNotLocked(), this);
    warning->setWordWrap(true);
    // Amber is kept for real warnings (UX.md), in the palette's own shade.
    tintRole(warning, QPalette::WindowText, warningText);
    m_status->setWordWrap(true);
    m_progress->setVisible(false);
    m_export->setDefault(true);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_export, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);
    layout->addWidget(m_error);
    layout->addLayout(form);
    layout->addWidget(previewFrame);
    layout->addWidget(warning);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    m_error->hide();

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(400);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::refreshPreview);
    const auto later = [this] {
        m_previewTimer->start();
    };
    connect(m_title, &QLineEdit::textChanged, this, later);
    connect(m_dedication, &QLineEdit::textChanged, this, later);
    for (QCheckBox* box : {m_fromCheck, m_toCheck, m_private, m_checkIns, m_prompts}) {
        connect(box, &QCheckBox::toggled, this, later);
    }
    connect(m_fromCheck, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_chart, &QComboBox::currentIndexChanged, this, later);
    connect(m_pageSize, &QComboBox::currentIndexChanged, this, later);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(&m_watcher, &QFutureWatcher<core::Result<core::PdfBookSummary>>::finished, this, &ExportDialog::finished);
    QTimer::singleShot(0, this, &ExportDialog::refreshPreview);
}

ExportDialog::~ExportDialog() {
    if (m_cancelled) {
        m_cancelled->store(true);
    }
    m_watcher.waitForFinished();
}

core::PdfBookOptions ExportDialog::options() const {
    core::PdfBookOptions options;
    if (m_fromCheck->isChecked()) {
        options.from = m_from->date();
    }
    if (m_toCheck->isChecked()) {
        options.to = m_to->date();
    }
    options.includePrivate = m_private->isEnabled() && m_private->isChecked();
    options.checkIns = m_checkIns->isChecked();
    options.prompts = m_prompts->isChecked();
    options.chart = static_cast<core::PdfChartPlacement>(m_chart->currentData().toInt());
    options.pageSize = static_cast<core::PdfPageSize>(m_pageSize->currentData().toInt());
    options.title = m_title->text().trimmed();
    options.dedication = m_dedication->text().trimmed();
    return options;
}

int ExportDialog::previewPageCount() const {
    return m_previewRow->count() - 1; // the stretch
}

void ExportDialog::refreshPreview() {
    if (isExporting()) {
        return;
    }
    while (m_previewRow->count() > 1) {
        QLayoutItem* item = m_previewRow->takeAt(0);
        delete item->widget();
        delete item;
    }
    auto pages = core::PdfBookExport(m_journal, options()).preview(kPreviewPages, kPreviewDpi);
    if (!pages) {
        m_error->showMessage(pages.error().message);
        return;
    }
    m_error->hide();
    int index = 0;
    for (const core::PdfPreviewPage& page : *pages) {
        const QImage image(reinterpret_cast<const uchar*>(page.pixels.constData()), page.width, page.height,
                           page.stride, QImage::Format_ARGB32_Premultiplied);
        auto* label = new QLabel(this);
        label->setPixmap(QPixmap::fromImage(image.copy()));
        label->setFrameShape(QFrame::Box);
        label->setAccessibleName(tr("Preview of page %1").arg(index + 1));
        m_previewRow->insertWidget(index++, label);
    }
}

void ExportDialog::chooseFile() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the book as"), m_file->text(), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty()) {
        m_file->setText(path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? path
                                                                                   : path + QStringLiteral(".pdf"));
    }
}

void ExportDialog::setBusy(bool busy) {
    open_dialogs::markBusy(this, busy); // locking waits for the book
    for (QWidget* widget : findChildren<QWidget*>()) {
        if (widget != m_cancel && widget != m_progress && widget != m_status &&
            qobject_cast<QLabel*>(widget) == nullptr && widget->parentWidget() == this) {
            widget->setEnabled(!busy);
        }
    }
    m_export->setEnabled(!busy);
    m_progress->setVisible(busy);
}

void ExportDialog::startExport() {
    if (isExporting()) {
        return;
    }
    auto copy = m_journal.cloneUnlocked();
    if (!copy) {
        m_error->showMessage(copy.error().message);
        return;
    }
    m_error->hide();
    m_result.clear();
    m_status->setText(tr("Laying out the book…"));
    m_progress->setRange(0, 0);
    setBusy(true);
    m_exporting = true;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<core::Journal> journal(std::move(*copy));
    const QString path = m_file->text().trimmed();
    const core::PdfBookOptions options = this->options();
    QPointer<ExportDialog> self(this);
    auto cancelled = m_cancelled;
    m_watcher.setFuture(QtConcurrent::run([journal, path, options, cancelled, self] {
        core::PdfBookExport book(*journal, options);
        book.setProgress([cancelled, self](int done, int total) {
            QMetaObject::invokeMethod(
                qApp,
                [self, done, total] {
                    if (self) {
                        self->m_progress->setRange(0, total);
                        self->m_progress->setValue(done);
                    }
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
        return book.writeTo(path);
    }));
}

void ExportDialog::finished() {
    m_exporting = false;
    setBusy(false);
    const auto result = m_watcher.result();
    if (!result) {
        m_result = result.error().message;
        m_status->clear();
        m_error->showMessage(result.error().message);
        return;
    }
    m_result = tr("Saved a %n-page book to %1.", nullptr, int(result->pages)).arg(m_file->text().trimmed());
    m_status->setText(m_result);
    Q_EMIT exported(m_file->text().trimmed());
    m_cancel->setText(tr("Close"));
}

void ExportDialog::reject() {
    if (isExporting()) {
        // Cancel the export; the dialog stays until the worker has stopped
        // and removed its file.
        m_cancelled->store(true);
        m_status->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

} // namespace twofold::ui
