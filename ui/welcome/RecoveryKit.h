#pragma once

#include <QMap>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace twofold::ui {

// One partner's "emergency kit": their recovery code on paper or in a PDF
// they keep wherever they choose — one partner, one sheet, never two codes
// together (UX.md). The app itself never stores the code.
class RecoveryKit {
public:
    RecoveryKit(QString name, QString code)
        : m_name(std::move(name))
        , m_code(std::move(code)) {}

    QString html() const;
    void render(QPagedPaintDevice& device) const;
    // Opens the print dialog (which also offers printing to a PDF file).
    bool print(QWidget* parent) const;
    // Writes a PDF straight to `path` (mode 0600). False on failure.
    bool saveAsPdf(const QString& path) const;

private:
    QString m_name;
    QString m_code;
};

} // namespace twofold::ui
