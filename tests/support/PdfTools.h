#pragma once

#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace twofold::test {

// Runs a poppler-utils program (pdftotext, pdfinfo, pdffonts, pdftohtml) and
// returns what it printed; empty when it failed.
inline QString popplerOutput(const QString& program, const QStringList& args) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of a PDF as a reader's copy and paste would give it: pdftotext,
// with runs of white space as one space and the bidi embedding marks that
// pdftotext puts around right-to-left runs taken out.
inline QString pdfText(const QString& pdf) {
    QString text = popplerOutput(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    static const QRegularExpression marks(QStringLiteral("[\\x{202A}-\\x{202E}\\x{200E}\\x{200F}]"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(marks);
    text.replace(space, QStringLiteral(" "));
    return text;
}

} // namespace twofold::test
