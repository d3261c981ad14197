#include "search/SearchPage.h"

#include "Session.h"
#include "journal/Search.h"
#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kResultLimit = 100;
}

SearchPage::SearchPage(Session& session, QWidget* parent, QLineEdit* query)
    : QWidget(parent)
    , m_session(session)
    , m_query(query) {
    setObjectName(QStringLiteral("searchPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    if (!m_query) {
        // On its own (tests, tools) the page has its own field; in the
        // window the header's search field drives it.
        m_query = new QLineEdit(this);
        m_query->setObjectName(QStringLiteral("searchQuery"));
        m_query->setPlaceholderText(tr("Search entries, answers and check-ins — words, \"phrases\", prefix*"));
        m_query->setAccessibleName(tr("Search"));
        m_query->setClearButtonEnabled(true);
        layout->addWidget(m_query);
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_results = new QListView(this);
    m_model = new SearchResultsModel(this);
    m_results->setModel(m_model);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    m_poll.setInterval(150);
    // Changes come in bursts (autosave, an import): one re-run after them.
    m_rerun.setSingleShot(true);
    m_rerun.setInterval(150);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPage::onTyped);
    connect(&m_debounce, &QTimer::timeout, this, [this] { runQuery(); });
    connect(&m_poll, &QTimer::timeout, this, [this] { runQuery(); });
    connect(&m_rerun, &QTimer::timeout, this, [this] { runQuery(true); });
    connect(&m_session, &Session::journalChanged, this, [this](const core::ChangeSet& changes) {
        const bool searchable =
            changes.touches(core::ChangeKind::Entry) || changes.touches(core::ChangeKind::CheckInPart) ||
            changes.touches(core::ChangeKind::Agreement) || changes.touches(core::ChangeKind::Answer);
        if (searchable && !m_shownQuery.isEmpty() && isVisible()) {
            m_rerun.start();
        }
    });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_results->setFocus();
            m_results->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_results, &QListView::activated, this, [this](const QModelIndex& index) {
        const QString kind = index.data(SearchResultDelegate::KindRole).toString();
        const QString id = index.data(SearchResultDelegate::IdRole).toString();
        if (kind == QLatin1String("entry")) {
            Q_EMIT openEntry(id);
        } else if (kind == QLatin1String("answer")) {
            // An answer's hit carries its prompt's id (CLI.md).
            Q_EMIT openPrompt(id);
        } else if (kind == QLatin1String("checkin")) {
            Q_EMIT openCheckIn(id);
        }
    });
}

void SearchPage::onTyped() {
    // A fast index answers between two keystrokes: no reason to wait. Only
    // a slow one (a huge journal, a query matching nearly everything) waits
    // for a pause in typing.
    if (m_lastQueryMs < kFastQueryMs && !m_poll.isActive()) {
        m_debounce.stop();
        runQuery();
    } else {
        m_debounce.start();
    }
}

void SearchPage::focusQuery() {
    m_query->setFocus();
    m_query->selectAll();
    runQuery();
}

void SearchPage::clear() {
    m_debounce.stop();
    m_poll.stop();
    m_rerun.stop();
    m_query->clear();
    m_model->clear();
    m_shownQuery.clear();
    m_lastQueryMs = 0;
    m_status->clear();
}

void SearchPage::runQuery(bool again) {
    m_poll.stop();
    core::Search* search = m_session.search();
    if (!search || !m_session.isUnlocked()) {
        return;
    }
    const QString text = m_query->text().trimmed();
    if (!search->isReady()) {
        // Never wait on the event loop: show progress and ask again shortly.
        const auto progress = search->progress();
        m_status->setText(progress.total > 0
                              ? tr("Preparing search… %1 of %2")
                                    .arg(QLocale().toString(progress.indexed), QLocale().toString(progress.total))
                              : tr("Preparing search…"));
        m_poll.start();
        return;
    }
    if (text.isEmpty()) {
        m_model->clear();
        m_shownQuery.clear();
        m_status->setText(tr("Type to search everything you can read."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto hits = search->query(text, kResultLimit);
    m_lastQueryMs = timer.elapsed();
    if (!hits) {
        m_model->clear();
        m_shownQuery.clear();
        m_status->setText(hits.error().message);
        return;
    }
    const int count = static_cast<int>(hits->size());
    m_model->setHits(std::move(*hits), again && text == m_shownQuery);
    m_shownQuery = text;
    // Plural forms come from the translation; English needs the two spelled out.
    m_status->setText(count == 0   ? tr("Nothing found.")
                      : count == 1 ? tr("1 result")
                                   : tr("%1 results").arg(QLocale().toString(count)));
}

} // namespace twofold::ui
