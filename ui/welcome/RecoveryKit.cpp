#include "welcome/RecoveryKit.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace twofold::ui {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("RecoveryKit", text);
}
} // namespace

QString RecoveryKit::html() const {
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(tr("Twofold recovery codes").toHtmlEscaped(),
                            tr("Keep this page somewhere safe and private. A recovery code opens the journal like "
                               "its partner's passphrase does.")
                                .toHtmlEscaped());
    for (auto it = m_codes.cbegin(); it != m_codes.cend(); ++it) {
        html += QStringLiteral("<h2>%1</h2><p style=\"font-family: monospace; font-size: 16pt;\">%2</p>")
                    .arg(it.key().toHtmlEscaped(), it.value().toHtmlEscaped());
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Printed on %1.").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    return html;
}

void RecoveryKit::render(QPagedPaintDevice& device) const {
    QTextDocument doc;
    doc.setHtml(html());
    doc.setPageSize(device.pageLayout().paintRectPixels(device.logicalDpiX()).size());
    doc.print(&device);
}

bool RecoveryKit::print(QWidget* parent) const {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the recovery codes"));
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    render(printer);
    return true;
}

bool RecoveryKit::saveAsPdf(const QString& path) const {
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            return false;
        }
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }
    QPdfWriter writer(path);
    writer.setTitle(tr("Twofold recovery codes"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    render(writer);
    return QFile(path).size() > 0;
}

} // namespace twofold::ui
