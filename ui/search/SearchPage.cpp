#include "search/SearchPage.h"

#include "Session.h"
#include "journal/Search.h"
#include "search/SearchResultDelegate.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace twofold::ui {

namespace {
constexpr int kResultLimit = 100;
}

SearchPage::SearchPage(Session& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session) {
    setObjectName(QStringLiteral("searchPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(tr("Search entries, answers and check-ins — words, \"phrases\", prefix*"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    QFont big = m_query->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_query->setFont(big);
    layout->addWidget(m_query);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_status);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setUniformItemSizes(true);
    layout->addWidget(m_results, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(120);
    m_poll.setInterval(150);
    connect(m_query, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(&m_debounce, &QTimer::timeout, this, &SearchPage::runQuery);
    connect(&m_poll, &QTimer::timeout, this, &SearchPage::runQuery);
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (item->data(SearchResultDelegate::KindRole).toString() == QLatin1String("entry")) {
            Q_EMIT openEntry(item->data(SearchResultDelegate::IdRole).toString());
        }
    });
}

void SearchPage::focusQuery() {
    m_query->setFocus();
    m_query->selectAll();
    runQuery();
}

void SearchPage::clear() {
    m_debounce.stop();
    m_poll.stop();
    m_query->clear();
    m_results->clear();
    m_status->clear();
}

void SearchPage::runQuery() {
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
    m_results->clear();
    if (text.isEmpty()) {
        m_status->setText(tr("Type to search everything you can read."));
        return;
    }
    auto hits = search->query(text, kResultLimit);
    if (!hits) {
        m_status->setText(hits.error().message);
        return;
    }
    for (const core::search::SearchHit& hit : *hits) {
        auto* item = new QListWidgetItem(m_results);
        const QString kind = hit.kind == QLatin1String("entry")    ? tr("Entry")
                             : hit.kind == QLatin1String("answer") ? tr("Prompt answer")
                                                                   : tr("Check-in");
        item->setData(SearchResultDelegate::KindRole, hit.kind);
        item->setData(SearchResultDelegate::IdRole, hit.id);
        item->setData(SearchResultDelegate::MetaRole,
                      QStringLiteral("%1  ·  %2  ·  %3")
                          .arg(QLocale().toString(hit.date, QLocale::ShortFormat), hit.author, kind));
        item->setData(SearchResultDelegate::SnippetRole, hit.snippet);
        const auto plain = SearchResultDelegate::parseSnippet(hit.snippet).text;
        item->setData(Qt::AccessibleTextRole, QStringLiteral("%1, %2: %3").arg(kind, hit.author, plain));
        item->setToolTip(plain);
    }
    // Plural forms come from the translation; English needs the two spelled out.
    const int count = static_cast<int>(hits->size());
    m_status->setText(count == 0   ? tr("Nothing found.")
                      : count == 1 ? tr("1 result")
                                   : tr("%1 results").arg(QLocale().toString(count)));
}

} // namespace twofold::ui
