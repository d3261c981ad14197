#include "ScreenshotTour.h"

#include "MainWindow.h"
#include "Session.h"
#include "backups/RestoreDialog.h"
#include "checkin/CheckInPage.h"
#include "checkin/RatingRow.h"
#include "checkin/TogetherFlow.h"
#include "domain/CheckIn.h"
#include "editor/EditorPage.h"
#include "editor/MoodPicker.h"
#include "editor/TagEdit.h"
#include "editor/VisibilityToggle.h"
#include "journal/Prompts.h"
#include "journal/RollingBackups.h"
#include "navigation/ShortcutsDialog.h"
#include "prompts/AnswerView.h"
#include "prompts/PromptEditorDialog.h"
#include "prompts/PromptsPage.h"
#include "prompts/ThemesDialog.h"
#include "search/SearchPage.h"
#include "settings/SettingsDialog.h"
#include "timeline/JournalPage.h"
#include "timeline/TimelineModel.h"
#include "today/PromptCard.h"
#include "today/TodayPage.h"
#include "trends/TrendChart.h"
#include "trends/TrendsPage.h"
#include "unlock/UnlockPage.h"
#include "welcome/RecoveryPage.h"
#include "welcome/WelcomeWizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace twofold::ui {

ScreenshotTour::ScreenshotTour(MainWindow& window, const QString& directory, const QString& suffix)
    : QObject(&window)
    , m_window(window)
    , m_dir(directory)
    , m_suffix(suffix) {
    m_dir.mkpath(QStringLiteral("."));
    m_steps = {
        [this] { save(&m_window, QStringLiteral("unlock")); },
        [this] { m_window.unlockPage()->unlock(); },
        [this] { save(&m_window, QStringLiteral("today")); },
        [this] {
            m_window.showJournal();
            const QModelIndex first = m_window.journalPage()->view()->model()->index(1, 0);
            m_window.journalPage()->view()->setCurrentIndex(first);
        },
        [this] { save(&m_window, QStringLiteral("journal")); },
        [this] {
            // The partner's entry, as it reads.
            const QAbstractItemModel* model = m_window.journalPage()->view()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                if (!model->index(row, 0).data(TimelineModel::MineRole).toBool()) {
                    m_window.openEntry(model->index(row, 0).data(TimelineModel::IdRole).toString());
                    break;
                }
            }
        },
        [this] { save(&m_window, QStringLiteral("reading")); },
        [this] {
            m_window.showSearch();
            m_window.searchPage()->queryField()->setText(tr("river"));
        },
        [this] { save(&m_window, QStringLiteral("search")); },
        [this] { m_window.showCheckIn(); },
        [this] { save(&m_window, QStringLiteral("checkin")); },
        [this] {
            // Down to the past weeks.
            if (auto* scroll = m_window.checkInPage()->findChild<QScrollArea*>()) {
                scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            }
        },
        [this] { save(&m_window, QStringLiteral("checkin-past")); },
        [this] {
            // Alex does their part: the together steps open.
            CheckInPage* page = m_window.checkInPage();
            for (const QString& key : core::checkInRatingKeys()) {
                if (RatingRow* row = page->rating(key)) {
                    row->setValue(key == QLatin1String("stress") ? 4 : 7);
                }
            }
            page->field(QStringLiteral("appreciations"))->setPlainText(tr("You cooked every night this week."));
            page->field(QStringLiteral("issue"))->setPlainText(tr("Evenings disappear into our phones."));
            page->submitButton()->click();
            if (auto* scroll = page->findChild<QScrollArea*>()) {
                scroll->verticalScrollBar()->setValue(0);
            }
        },
        [this] { save(&m_window, QStringLiteral("checkin-together")); },
        [this] { m_window.checkInPage()->togetherFlow()->setStep(3); },
        [this] { save(&m_window, QStringLiteral("checkin-differences")); },
        [this] { m_window.checkInPage()->togetherFlow()->setStep(4); },
        [this] { save(&m_window, QStringLiteral("checkin-turns")); },
        [this] { m_window.showTrends(); },
        [this] { save(&m_window, QStringLiteral("trends")); },
        [this] {
            TrendChart* chart = m_window.trendsPage()->ratingChart();
            // Focus shows only in the active window, as it does for a person.
            m_window.activateWindow();
            chart->setFocus();
            chart->setFocusedColumn(chart->columnCount() - 4);
        },
        [this] { save(&m_window, QStringLiteral("trends-focus")); },
        [this] { m_window.trendsPage()->tableButton()->click(); },
        [this] { save(&m_window, QStringLiteral("trends-table")); },
        [this] { m_window.trendsPage()->chartButton()->click(); },
        [this] { m_window.todayPage()->promptCard()->answerButton()->click(); },
        [this] { save(&m_window, QStringLiteral("prompts")); },
        [this] {
            m_window.newEntry();
            EditorPage* e = m_window.editorPage();
            e->titleField()->setText(tr("A slow Sunday"));
            e->textEdit()->setPlainText(
                tr("# Morning\n\nWe had **coffee in bed** and talked about the trip to the coast.\n\n"
                   "- the bakery on the corner\n- a long walk by the river\n- *no phones* after nine\n\n"
                   "> I want to remember how easy it felt.\n"));
            e->moodPicker()->setMood(4);
            e->tagEdit()->setTags({QStringLiteral("us"), QStringLiteral("home")});
        },
        [this] { save(&m_window, QStringLiteral("editor")); },
        [this] { m_window.editorPage()->visibilityToggle()->setVisibility(core::Visibility::Private); },
        [this] { save(&m_window, QStringLiteral("editor-private")); },
        [this] {
            m_window.editorPage()->discard();
            auto* dialog = new SettingsDialog(&m_window.session(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(100, dialog, [this, dialog] {
                save(dialog, QStringLiteral("settings"));
                // Not close(): that is Cancel, which would put back the
                // saved look and spoil the rest of a dark tour.
                dialog->hide();
                dialog->deleteLater();
            });
        },
        [this] {
            QList<ShortcutsDialog::Group> groups;
            for (const QString& group : m_window.actionGroups()) {
                groups.append({group, m_window.actionsOf(group)});
            }
            auto* dialog = new ShortcutsDialog(groups, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(100, dialog, [this, dialog] {
                save(dialog, QStringLiteral("shortcuts"));
                dialog->close();
            });
        },
        [this] {
            auto* dialog = new ThemesDialog(m_window.session(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(100, dialog, [this, dialog] {
                save(dialog, QStringLiteral("themes"));
                dialog->close();
            });
        },
        [this] {
            // The acting partner's own prompt, kept as a favourite.
            m_window.showPrompts();
            m_window.promptsPage()->openPrompt(ownPromptId());
            AnswerView* view = m_window.promptsPage()->answerView();
            if (!view->isFavourite()) {
                view->favouriteButton()->click();
            }
        },
        [this] { save(&m_window, QStringLiteral("prompts-own")); },
        [this] {
            auto prompt = core::Prompts(m_window.session().journal()).show(ownPromptId());
            auto* dialog = new PromptEditorDialog(m_window.session(),
                                                  prompt ? std::optional(prompt->prompt) : std::nullopt, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(100, dialog, [this, dialog] {
                save(dialog, QStringLiteral("prompt-editor"));
                dialog->close();
            });
        },
        [this] {
            // A copy made by hand beside the one the unlock made.
            (void)core::RollingBackups(m_window.session().journal()).makeCopy(core::BackupKind::Manual);
            auto* dialog = new RestoreDialog(m_window.session(), &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
            QTimer::singleShot(100, dialog, [this, dialog] {
                dialog->choose(0);
                save(dialog, QStringLiteral("restore"));
                dialog->close();
            });
        },
        [this] { m_window.showTrash(); },
        [this] { save(&m_window, QStringLiteral("trash")); },
        [this] {
            static QTemporaryDir dir;
            // The wizard's screens follow one another on their own timers
            // (and creating the journal waits for Argon2 in a nested loop):
            // the tour goes on only once the wizard is closed, or a later
            // step would quit under it.
            m_holding = true;
            auto* wizard = new WelcomeWizard(dir.filePath(QStringLiteral("new.twofold")),
                                             core::crypto::KdfLimits::minimum(), &m_window);
            wizard->setAttribute(Qt::WA_DeleteOnClose);
            wizard->show();
            // Each screen of the turn-based first run, as each partner sees it.
            QTimer::singleShot(150, wizard, [this, wizard] {
                save(wizard, QStringLiteral("welcome"));
                wizard->next();
                wizard->findChild<QLineEdit*>(QStringLiteral("partner0Name"))->setText(QStringLiteral("Alex"));
                wizard->findChild<QLineEdit*>(QStringLiteral("partner0Passphrase"))
                    ->setText(QStringLiteral("correct horse battery"));
                wizard->findChild<QLineEdit*>(QStringLiteral("partner0Repeat"))
                    ->setText(QStringLiteral("correct horse battery"));
                QTimer::singleShot(150, wizard, [this, wizard] {
                    save(wizard, QStringLiteral("welcome-first-turn"));
                    wizard->next();
                    QTimer::singleShot(150, wizard, [this, wizard] {
                        save(wizard, QStringLiteral("welcome-handover"));
                        wizard->next();
                        wizard->findChild<QLineEdit*>(QStringLiteral("partner1Name"))->setText(QStringLiteral("Sam"));
                        QTimer::singleShot(150, wizard, [this, wizard] {
                            save(wizard, QStringLiteral("welcome-second-turn"));
                            wizard->findChild<QLineEdit*>(QStringLiteral("partner1Passphrase"))
                                ->setText(QStringLiteral("tide pool lantern"));
                            wizard->findChild<QLineEdit*>(QStringLiteral("partner1Repeat"))
                                ->setText(QStringLiteral("tide pool lantern"));
                            wizard->next();
                            QTimer::singleShot(150, wizard, [this, wizard] {
                                save(wizard, QStringLiteral("welcome-kit"));
                                wizard->close();
                                m_holding = false;
                                QTimer::singleShot(400, this, &ScreenshotTour::next);
                            });
                        });
                    });
                });
            });
        },
        [this] {
            // Words on screen when it locks: the locked screen says they are safe.
            m_window.newEntry();
            m_window.editorPage()->textEdit()->setPlainText(tr("Half a thought about the weekend"));
            m_window.lockNow();
        },
        [this] { save(&m_window, QStringLiteral("locked")); },
    };
}

void ScreenshotTour::start() {
    QTimer::singleShot(300, this, &ScreenshotTour::next);
}

void ScreenshotTour::next() {
    if (m_step >= m_steps.size()) {
        QApplication::quit();
        return;
    }
    m_steps[m_step++]();
    if (m_holding) {
        return; // the step goes on by itself and calls next() when done
    }
    // Give the unlock worker and repaints time to settle between steps.
    QTimer::singleShot(m_window.unlockPage()->isBusy() ? 1200 : 400, this, &ScreenshotTour::next);
}

void ScreenshotTour::save(QWidget* widget, const QString& name) {
    const QString path = m_dir.filePath(name + m_suffix + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "twofold: could not save %s\n", qPrintable(path));
    }
}

QString ScreenshotTour::ownPromptId() const {
    const auto me = m_window.session().acting();
    if (auto prompts = core::Prompts(m_window.session().journal()).list(); prompts && me) {
        for (const core::Prompt& prompt : *prompts) {
            if (prompt.custom && prompt.authorId == me->id) {
                return prompt.id;
            }
        }
    }
    return {};
}

} // namespace twofold::ui
