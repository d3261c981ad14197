#pragma once

#include <QMap>
#include <QString>

class QPagedPaintDevice;
class QWidget;

namespace twofold::ui {

// The "emergency kit": each partner's recovery code on paper or in a PDF the
// person keeps wherever they choose. The app itself never stores the codes.
class RecoveryKit {
public:
    explicit RecoveryKit(QMap<QString, QString> codes)
        : m_codes(std::move(codes)) {}

    QString html() const;
    void render(QPagedPaintDevice& device) const;
    // Opens the print dialog (which also offers printing to a PDF file).
    bool print(QWidget* parent) const;
    // Writes a PDF straight to `path` (mode 0600). False on failure.
    bool saveAsPdf(const QString& path) const;

private:
    QMap<QString, QString> m_codes;
};

} // namespace twofold::ui
