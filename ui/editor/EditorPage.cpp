#include "editor/EditorPage.h"

#include "Clock.h"
#include "Session.h"
#include "Words.h"
#include "editor/MarkdownHighlighter.h"
#include "editor/MoodPicker.h"
#include "editor/TagEdit.h"
#include "editor/VisibilityToggle.h"
#include "journal/Entries.h"
#include "journal/Journal.h"
#include "widgets/FollowPalette.h"
#include "widgets/Moods.h"
#include "widgets/Palettes.h"
#include "widgets/ReadingColumn.h"

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QTime>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold::ui {

namespace {
constexpr int kColumn = 720;
}

EditorPage::EditorPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("editorPage"));
    // One calm column in reading type (UX.md): at most ~68 characters wide,
    // centred, whatever the window's width.
    QVBoxLayout* layout = centredColumn(this, kColumn, QMargins(24, 12, 24, 16));
    layout->setSpacing(8);
    QWidget* column = layout->parentWidget();

    // Back, and for an entry that exists, its neighbours in the journal.
    auto* nav = new QHBoxLayout;
    m_back = new QPushButton(tr("Back"), column);
    m_back->setObjectName(QStringLiteral("editorBack"));
    m_back->setFlat(true);
    m_back->setToolTip(tr("Back to where you were (Esc)"));
    nav->addWidget(m_back);
    nav->addStretch(1);
    m_previous = new QPushButton(tr("Newer"), column);
    m_previous->setObjectName(QStringLiteral("entryNewer"));
    m_previous->setFlat(true);
    m_previous->setToolTip(tr("The next entry up in the journal (Alt+Up)"));
    m_next = new QPushButton(tr("Older"), column);
    m_next->setObjectName(QStringLiteral("entryOlder"));
    m_next->setFlat(true);
    m_next->setToolTip(tr("The next entry down in the journal (Alt+Down)"));
    nav->addWidget(m_previous);
    nav->addWidget(m_next);
    layout->addLayout(nav);

    m_heading = new QLabel(column);
    m_heading->setObjectName(QStringLiteral("editorHeading"));
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.35);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_meta = new QLabel(column);
    m_meta->setObjectName(QStringLiteral("entryMeta"));
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setWordWrap(true);
    m_meta->hide();
    layout->addWidget(m_meta);

    // The title without a box: it reads as the entry's heading.
    m_title = new QLineEdit(column);
    m_title->setObjectName(QStringLiteral("entryTitle"));
    m_title->setPlaceholderText(tr("Title"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setMaxLength(core::Entries::kMaxTitleChars);
    m_title->setFrame(false);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);

    // Day, mood, tags and who reads it: one compact row.
    auto* row = new QHBoxLayout;
    row->setSpacing(8);
    m_day = new QDateEdit(column);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(
        tr("ddd d MMM yyyy", "a date format (QLocale::toString): reorder or punctuate for your language"));
    m_day->setAccessibleName(tr("Day"));
    m_day->setMinimumDate(QDate(1900, 1, 1));
    // Wide enough for the longest day and month names of the language shown
    // (German's "Mi. 28. Sept. 2026" outgrows "Wed 28 Sep 2026").
    int widest = 0;
    for (QDate day(2026, 1, 24); day.year() == 2026; day = day.addMonths(1)) {
        for (int i = 0; i < 7; ++i) {
            widest = std::max(widest, m_day->fontMetrics().horizontalAdvance(
                                          m_day->locale().toString(day.addDays(i), m_day->displayFormat())));
        }
    }
    m_day->setMinimumWidth(widest + 48);
    m_day->setMaximumDate(QDate(2999, 12, 31));
    row->addWidget(m_day);
    m_mood = new MoodPicker(column);
    row->addWidget(m_mood);
    m_tags = new TagEdit(column);
    m_tags->setObjectName(QStringLiteral("entryTags"));
    row->addWidget(m_tags, 1);
    m_visibility = new VisibilityToggle(column);
    row->addWidget(m_visibility);
    layout->addLayout(row);

    m_privateBanner = new QLabel(words::onlyYouCanRead({}), column);
    m_privateBanner->setWordWrap(true);
    m_privateBanner->setObjectName(QStringLiteral("privateBanner"));
    layout->addWidget(m_privateBanner);

    m_text = new QPlainTextEdit(column);
    m_text->setObjectName(QStringLiteral("entryText"));
    m_text->setAccessibleName(tr("Entry text (Markdown)"));
    m_text->setPlaceholderText(tr("What happened today? How do you feel about it?"));
    m_text->setTabChangesFocus(true);
    m_text->setFrameShape(QFrame::NoFrame);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.15);
    m_text->setFont(textFont);
    m_text->document()->setDocumentMargin(12);
    new MarkdownHighlighter(m_text->document());
    layout->addWidget(m_text, 1);
    m_reader = new QTextBrowser(column);
    m_reader->setObjectName(QStringLiteral("entryReader"));
    m_reader->setAccessibleName(tr("Entry text"));
    m_reader->setOpenExternalLinks(false);
    m_reader->setFont(textFont);
    m_reader->setFrameShape(QFrame::NoFrame);
    m_reader->document()->setDocumentMargin(12);
    m_reader->hide();
    layout->addWidget(m_reader, 1);

    // Discard on the left, away from Save; it can be undone.
    auto* bottom = new QHBoxLayout;
    m_discard = new QPushButton(tr("Discard draft"), column);
    m_discard->setObjectName(QStringLiteral("discardEntryDraft"));
    m_discard->setAccessibleName(tr("Discard this draft"));
    m_discard->setFlat(true);
    tintRole(m_discard, QPalette::ButtonText, errorText);
    bottom->addWidget(m_discard);
    m_status = new QLabel(column);
    m_status->setObjectName(QStringLiteral("draftStatus"));
    m_status->setAccessibleName(tr("Draft status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    bottom->addWidget(m_status, 1, Qt::AlignRight);
    m_save = new QPushButton(tr("Save entry"), column);
    m_save->setObjectName(QStringLiteral("saveEntry"));
    m_save->setToolTip(tr("Save the entry (%1)").arg(QKeySequence(QKeySequence::Save).toString()));
    m_save->setAccessibleName(tr("Save the entry"));
    m_save->setProperty("primary", true);
    m_save->setMinimumHeight(32);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);

    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1500);
    connect(&m_autosave, &QTimer::timeout, this, &EditorPage::saveDraftNow);
    connect(m_title, &QLineEdit::textEdited, this, &EditorPage::markDirty);
    connect(m_text, &QPlainTextEdit::textChanged, this, &EditorPage::markDirty);
    connect(m_tags, &QLineEdit::textChanged, this, &EditorPage::markDirty);
    connect(m_day, &QDateEdit::dateChanged, this, &EditorPage::markDirty);
    connect(m_mood, &MoodPicker::moodChanged, this, &EditorPage::markDirty);
    connect(m_visibility, &VisibilityToggle::visibilityChanged, this, [this] {
        applyVisibilityLook();
        markDirty();
    });
    connect(m_save, &QPushButton::clicked, this, &EditorPage::save);
    // An action rather than the button's own shortcut, which would only
    // animate a click a moment later.
    auto* saveAction = new QAction(tr("Save entry"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(saveAction, &QAction::triggered, this, &EditorPage::save);
    addAction(saveAction);
    connect(m_discard, &QPushButton::clicked, this, &EditorPage::discard);
    auto* visibilityAction = new QAction(tr("Shared or only me"), this);
    visibilityAction->setShortcut(QKeySequence(tr("Ctrl+Shift+P")));
    visibilityAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(visibilityAction, &QAction::triggered, this, [this] {
        if (!m_readOnly) {
            m_visibility->toggle();
        }
    });
    addAction(visibilityAction);
    auto* newerAction = new QAction(tr("Newer entry"), this);
    newerAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    newerAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newerAction, &QAction::triggered, m_previous, &QPushButton::click);
    addAction(newerAction);
    auto* olderAction = new QAction(tr("Older entry"), this);
    olderAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    olderAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(olderAction, &QAction::triggered, m_next, &QPushButton::click);
    addAction(olderAction);
    connect(m_back, &QPushButton::clicked, this, &EditorPage::backRequested);
    connect(m_previous, &QPushButton::clicked, this, [this] {
        if (m_previous->isVisible() && m_previous->isEnabled()) {
            Q_EMIT stepRequested(-1);
        }
    });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (m_next->isVisible() && m_next->isEnabled()) {
            Q_EMIT stepRequested(1);
        }
    });
    connect(qApp, &QApplication::focusChanged, this, &EditorPage::onFocusChanged);
    applyVisibilityLook();
}

EditorPage::~EditorPage() {
    m_autosave.stop();
}

void EditorPage::onFocusChanged(QWidget* old, QWidget* now) {
    // Leaving the editor (another page, another window) stores the draft.
    if (old && isAncestorOf(old) && !(now && isAncestorOf(now))) {
        saveDraftNow();
    }
}

void EditorPage::markDirty() {
    if (m_loading || m_readOnly) {
        return;
    }
    m_dirty = true;
    m_status->setText(tr("Editing…"));
    m_autosave.start();
}

void EditorPage::applyVisibilityLook() {
    const bool isPrivate = m_visibility->visibility() == core::Visibility::Private;
    m_privateBanner->setVisible(isPrivate && !m_readOnly);
    m_heading->setVisible(!m_heading->text().isEmpty());
    // The one "Only you" look (UX.md): the plum tint behind what is being
    // written, and the banner in the same plum. Worked out from the
    // application's palette, so a switch to dark re-tints it.
    const QPalette app = QApplication::palette();
    const OnlyYouLook look = onlyYouLook(app);
    m_privateBanner->setStyleSheet(
        QStringLiteral("QLabel#privateBanner { background: %1; color: %2; border: 1px solid %3; padding: 6px 10px; "
                       "border-radius: 4px; }")
            .arg(look.tint.name(), look.text.name(), look.border.name()));
    // Only the tinted role is the fields' own; the rest follows the window.
    QPalette pal;
    if (isPrivate) {
        pal.setColor(QPalette::Base, look.tint);
    }
    m_text->setPalette(pal);
    m_title->setPalette(pal);
}

void EditorPage::refreshKnownTags() {
    const auto recent = core::Entries(m_session.journal()).recentTags();
    const QStringList tags = recent ? *recent : QStringList();
    m_tags->setKnownTags(tags);
}

void EditorPage::load(const core::Draft& draft, bool readOnly, const QString& author, const QString& byline) {
    m_loading = true;
    m_readOnly = readOnly;
    m_active = true;
    m_entryId = draft.entryId;
    m_title->setText(draft.title);
    m_day->setDate(draft.day.isValid() ? draft.day : core::Clock::today());
    m_mood->setMood(draft.mood);
    m_tags->setTags(draft.tags);
    m_visibility->setVisibility(draft.visibility);
    m_text->setPlainText(draft.text);
    const auto partner = m_session.partnerOfActing();
    m_visibility->setPartnerName(partner ? partner->name : QString());
    m_privateBanner->setText(words::onlyYouCanRead(partner ? partner->name : QString()));
    for (QWidget* w : std::initializer_list<QWidget*>{m_title, m_day, m_mood, m_tags, m_visibility}) {
        // Reading is not a disabled form: the fields give way to one line.
        w->setVisible(!readOnly);
    }
    m_text->setReadOnly(readOnly);
    m_text->setVisible(!readOnly);
    m_reader->setVisible(readOnly);
    if (readOnly) {
        m_reader->setMarkdown(draft.text);
    } else {
        m_reader->clear();
    }
    m_save->setVisible(!readOnly);
    m_discard->setVisible(!readOnly);
    m_previous->setVisible(m_entryId.has_value());
    m_next->setVisible(m_entryId.has_value());
    m_meta->setVisible(readOnly);
    if (readOnly) {
        m_heading->setText(draft.title.isEmpty() ? tr("%1's entry").arg(author) : draft.title);
        QStringList meta{byline.isEmpty() ? author : byline, QLocale().toString(draft.day, QLocale::LongFormat)};
        if (draft.mood) {
            meta << tr("Mood: %1").arg(moodName(*draft.mood));
        }
        if (draft.visibility == core::Visibility::Private) {
            meta << tr("Private");
        }
        for (const QString& tag : draft.tags) {
            meta << QLatin1Char('#') + tag;
        }
        m_meta->setText(meta.join(QStringLiteral("  ·  ")));
    } else {
        // The frameless title is the heading while writing.
        m_heading->clear();
        refreshKnownTags();
    }
    m_dirty = false;
    m_status->setText(
        draft.updated.isValid()
            ? tr("Draft from %1 restored").arg(QLocale().toString(draft.updated.toLocalTime(), QLocale::ShortFormat))
            : QString());
    applyVisibilityLook();
    m_loading = false;
    if (readOnly) {
        m_reader->setFocus();
    } else {
        m_text->setFocus();
        m_text->moveCursor(QTextCursor::End);
    }
}

void EditorPage::newEntry(QDate day) {
    auto existing = core::Drafts(m_session.journal()).find(std::nullopt);
    if (!existing) {
        Q_EMIT errorOccurred(existing.error().message);
    }
    if (existing && existing->has_value()) {
        load(**existing, false, QString());
        return;
    }
    core::Draft fresh;
    fresh.day = day.isValid() ? day : core::Clock::today();
    load(fresh, false, QString());
}

void EditorPage::newEntryAbout(const QString& prompt) {
    newEntry();
    // The prompt quoted at the top, the cursor below it. A new-entry draft
    // already waiting keeps its words; the quote joins them at the end.
    const QString quote = QStringLiteral("> ") + prompt.simplified();
    QString text = m_text->toPlainText();
    if (!text.contains(quote)) {
        const QString before = text.trimmed().isEmpty() ? QString() : text.trimmed() + QStringLiteral("\n\n");
        text = before + quote + QStringLiteral("\n\n");
        m_text->setPlainText(text);
    }
    m_text->moveCursor(QTextCursor::End);
    m_text->setFocus();
}

bool EditorPage::openEntry(const QString& entryId) {
    auto entry = core::Entries(m_session.journal()).get(entryId);
    if (!entry) {
        Q_EMIT errorOccurred(entry.error().message);
        return false;
    }
    const auto me = m_session.acting();
    const bool mine = core::Entries(m_session.journal()).mayEdit(*entry);
    if (mine) {
        auto draft = core::Drafts(m_session.journal()).find(entry->id);
        if (draft && draft->has_value()) {
            load(**draft, false, entry->authorName);
            return true;
        }
    }
    core::Draft d;
    d.entryId = entry->id;
    d.day = entry->day;
    d.title = entry->title;
    d.text = entry->text;
    d.mood = entry->mood;
    d.tags = entry->tags;
    d.visibility = entry->visibility;
    load(d, !mine, entry->authorName, words::byline(*entry));
    return true;
}

void EditorPage::openDraft(const core::Draft& draft) {
    load(draft, false, QString());
}

core::Draft EditorPage::currentDraft() const {
    core::Draft d;
    d.entryId = m_entryId;
    d.day = m_day->date();
    d.title = m_title->text();
    d.text = m_text->toPlainText();
    d.mood = m_mood->mood();
    d.tags = m_tags->tags();
    d.visibility = m_visibility->visibility();
    return d;
}

bool EditorPage::saveDraftNow() {
    m_autosave.stop();
    if (!m_dirty || m_readOnly || !m_active || !m_session.isUnlocked()) {
        return true;
    }
    auto saved = core::Drafts(m_session.journal()).save(currentDraft());
    if (!saved) {
        m_status->setText(tr("The draft could not be stored: %1").arg(saved.error().message));
        Q_EMIT errorOccurred(saved.error().message);
        return false;
    }
    m_dirty = false;
    m_status->setText(tr("Draft saved at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT draftSaved();
    return true;
}

bool EditorPage::save() {
    if (m_readOnly || !m_active) {
        return false;
    }
    m_autosave.stop();
    const core::Draft d = currentDraft();
    core::EntryInput input;
    input.day = d.day;
    input.title = d.title;
    input.text = d.text;
    input.mood = d.mood.value_or(core::Entries::kClearMood);
    if (!m_entryId && !d.mood) {
        input.mood.reset();
    }
    input.tags = d.tags;
    input.visibility = d.visibility;
    core::Entries entries(m_session.journal());
    auto result = m_entryId ? entries.edit(*m_entryId, input) : entries.add(input);
    if (!result) {
        // The words stay on screen and in the draft; nothing is lost.
        saveDraftNow();
        Q_EMIT errorOccurred(result.error().message);
        return false;
    }
    if (auto cleared = core::Drafts(m_session.journal()).discard(m_entryId); !cleared) {
        Q_EMIT errorOccurred(cleared.error().message);
    }
    m_entryId = result->id;
    m_dirty = false;
    m_status->setText(tr("Saved"));
    Q_EMIT saved(result->id);
    return true;
}

void EditorPage::discard() {
    m_autosave.stop();
    // What is on screen goes, but is held for Undo.
    const core::Draft held = currentDraft();
    if (auto removed = core::Drafts(m_session.journal()).discard(m_entryId); !removed) {
        Q_EMIT errorOccurred(removed.error().message);
        return;
    }
    m_dirty = false;
    clear();
    if (!held.title.trimmed().isEmpty() || !held.text.trimmed().isEmpty()) {
        Q_EMIT discarded(held);
    }
    Q_EMIT closed();
}

void EditorPage::setNeighbours(bool newer, bool older) {
    m_previous->setEnabled(newer);
    m_next->setEnabled(older);
}

void EditorPage::clear() {
    m_autosave.stop();
    m_loading = true;
    m_active = false;
    m_entryId.reset();
    m_title->clear();
    m_text->clear();
    m_reader->clear();
    m_tags->clear();
    m_tags->setKnownTags({});
    m_mood->setMood(std::nullopt);
    m_visibility->setVisibility(core::Visibility::Shared);
    m_status->clear();
    m_dirty = false;
    m_loading = false;
}

} // namespace twofold::ui
