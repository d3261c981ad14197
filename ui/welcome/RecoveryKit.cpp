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
    return QCoreApplication::translate("twofold::ui::RecoveryKit", text);
}
} // namespace

QString RecoveryKit::html() const {
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p>")
                       .arg(tr("%1's Twofold recovery code").arg(m_name).toHtmlEscaped(),
                            tr("Keep this page somewhere safe and private, away from your partner's. It opens the "
                               "journal the way your passphrase does.")
                                .toHtmlEscaped());
    html += QStringLiteral("<p style=\"font-family: monospace; font-size: 16pt;\">%1</p>").arg(m_code.toHtmlEscaped());
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
    dialog.setWindowTitle(tr("Print your recovery code"));
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
    writer.setTitle(tr("Twofold recovery code"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    render(writer);
    return QFile(path).size() > 0;
}

} // namespace twofold::ui
