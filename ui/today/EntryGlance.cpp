#include "today/EntryGlance.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {

// The first line of the Markdown, without its marks, for a glance.
QString firstLine(const QString& markdown) {
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line.remove(QRegularExpression(QStringLiteral("^[#>\\-*\\s]+")));
        line.remove(QRegularExpression(QStringLiteral("[*_`]")));
        if (!line.trimmed().isEmpty()) {
            return line.trimmed();
        }
    }
    return {};
}

} // namespace

EntryGlance::EntryGlance(const core::Entry& entry, const QColor& authorColour, QWidget* parent)
    : Card(QStringLiteral("%1 · %2").arg(
               QLocale().toString(
                   entry.day,
                   tr("ddd d MMM", "a date format (QLocale::toString): reorder or punctuate for your language")),
               entry.authorName),
           parent)
    , m_id(entry.id) {
    setObjectName(QStringLiteral("entryGlance"));
    setStripe(authorColour);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    body()->setSpacing(4);
    auto* title = new QLabel(entry.title.isEmpty() ? firstLine(entry.text) : entry.title, this);
    QFont bold = title->font();
    bold.setWeight(QFont::DemiBold);
    title->setFont(bold);
    title->setTextFormat(Qt::PlainText);
    body()->addWidget(title);
    const QString line = firstLine(entry.text);
    if (!entry.title.isEmpty() && !line.isEmpty()) {
        auto* text = new QLabel(this);
        text->setTextFormat(Qt::PlainText);
        // One line: the card stays compact however long the entry is.
        text->setText(text->fontMetrics().elidedText(line, Qt::ElideRight, 620));
        body()->addWidget(text);
    }
    setAccessibleName(tr("%1, by %2 on %3. Open it.")
                          .arg(title->text(), entry.authorName, QLocale().toString(entry.day, QLocale::LongFormat)));
}

void EntryGlance::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated(m_id);
        return;
    }
    Card::mouseReleaseEvent(event);
}

void EntryGlance::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space) {
        Q_EMIT activated(m_id);
        return;
    }
    Card::keyPressEvent(event);
}

void EntryGlance::paintEvent(QPaintEvent* event) {
    Card::paintEvent(event);
    if (hasFocus()) {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), 2));
        p.drawRoundedRect(QRectF(rect()).adjusted(1, 1, -1, -1), 8, 8);
    }
}

} // namespace twofold::ui
