#include "editor/TagEdit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QStringListModel>

namespace twofold::ui {

TagEdit::TagEdit(QWidget* parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_known(new QStringListModel(this)) {
    setPlaceholderText(tr("Tags, separated by commas"));
    setAccessibleName(tr("Tags"));
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(this, &QLineEdit::textEdited, this, &TagEdit::complete);
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &TagEdit::insertCompletion);
}

QStringList TagEdit::tags() const {
    QStringList out;
    for (const QString& part : text().split(QLatin1Char(','))) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty()) {
            out.append(tag.startsWith(QLatin1Char('#')) ? tag.mid(1) : tag);
        }
    }
    return out;
}

void TagEdit::setTags(const QStringList& tags) {
    setText(tags.join(QStringLiteral(", ")));
}

void TagEdit::setKnownTags(const QStringList& tags) {
    m_known->setStringList(tags);
}

void TagEdit::complete() {
    // Complete only the tag being typed: the text after the last comma.
    const QString current = text().left(cursorPosition()).section(QLatin1Char(','), -1).trimmed();
    if (current.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(current);
    if (m_completer->completionCount() > 0) {
        m_completer->complete();
    } else {
        m_completer->popup()->hide();
    }
}

void TagEdit::insertCompletion(const QString& tag) {
    QStringList parts = text().split(QLatin1Char(','));
    parts.last() = (parts.size() > 1 ? QStringLiteral(" ") : QString()) + tag;
    setText(parts.join(QLatin1Char(',')) + QStringLiteral(", "));
}

} // namespace twofold::ui
