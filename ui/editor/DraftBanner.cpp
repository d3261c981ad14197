#include "editor/DraftBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace twofold::ui {

DraftBanner::DraftBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("draftBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    auto* layout = new QHBoxLayout(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_continue = new QPushButton(tr("Continue writing"), this);
    m_continue->setObjectName(QStringLiteral("continueDraft"));
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setAccessibleName(tr("Discard the unsaved draft"));
    layout->addWidget(m_continue);
    layout->addWidget(m_discard);
    connect(m_continue, &QPushButton::clicked, this, [this] { Q_EMIT continueDraft(m_draft); });
    connect(m_discard, &QPushButton::clicked, this, [this] { Q_EMIT discardDraft(m_draft); });
}

void DraftBanner::showDraft(const core::Draft& draft) {
    m_draft = draft;
    const QString when = QLocale().toString(draft.updated.toLocalTime(), QLocale::ShortFormat);
    const QString what = draft.title.isEmpty() ? draft.text.simplified().left(60) : draft.title;
    m_text->setText(draft.entryId ? tr("You have unsaved changes to “%1” from %2.").arg(what, when)
                                  : tr("You have an unsaved draft from %1: “%2”.").arg(when, what));
    m_continue->setAccessibleName(tr("Continue the unsaved draft from %1").arg(when));
    show();
}

} // namespace twofold::ui
