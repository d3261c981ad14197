#include "editor/DraftBanner.h"

#include "widgets/FollowPalette.h"
#include "widgets/Palettes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

DraftBanner::DraftBanner(QWidget* parent)
    : Card(tr("Unfinished writing"), parent) {
    setObjectName(QStringLiteral("draftBanner"));
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    body()->addWidget(m_text);
    // Discard sits away from Continue, on the left, in words that say what
    // it does; Undo takes Continue's place once it is done.
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_discard->setAccessibleName(tr("Discard the unsaved draft"));
    m_discard->setFlat(true);
    tintRole(m_discard, QPalette::ButtonText, errorText);
    actions()->insertWidget(0, m_discard);
    m_continue = new QPushButton(tr("Continue writing"), this);
    m_continue->setObjectName(QStringLiteral("continueDraft"));
    m_continue->setProperty("primary", true);
    actions()->addWidget(m_continue);
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setObjectName(QStringLiteral("undoDiscard"));
    m_undo->setAccessibleName(tr("Undo: bring the draft back"));
    m_undo->hide();
    actions()->addWidget(m_undo);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoMs);
    connect(&m_undoTimer, &QTimer::timeout, this, [this] {
        endUndo();
        hide();
    });
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueDraft(m_draft); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardDraft(m_draft); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        const core::Draft draft = m_draft;
        endUndo();
        Q_EMIT undoDiscard(draft);
    });
}

void DraftBanner::showDraft(const core::Draft& draft) {
    endUndo();
    m_draft = draft;
    const QString when = QLocale().toString(draft.updated.toLocalTime(), QLocale::ShortFormat);
    const QString what = draft.title.isEmpty() ? draft.text.simplified().left(60) : draft.title;
    m_text->setText(draft.entryId ? tr("You have unsaved changes to “%1” from %2.").arg(what, when)
                                  : tr("You have an unsaved draft from %1: “%2”.").arg(when, what));
    m_continue->setAccessibleName(tr("Continue the unsaved draft from %1").arg(when));
    show();
}

void DraftBanner::showDiscarded(const core::Draft& draft) {
    m_draft = draft;
    m_undoing = true;
    m_text->setText(tr("Draft discarded."));
    m_discard->hide();
    m_continue->hide();
    m_undo->show();
    m_undoTimer.start();
    show();
}

void DraftBanner::endUndo() {
    m_undoTimer.stop();
    m_undoing = false;
    m_undo->hide();
    m_discard->show();
    m_continue->show();
}

} // namespace twofold::ui
