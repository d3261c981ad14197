#pragma once

#include "reminders/ReminderSchedule.h"
#include "reminders/ReminderSettings.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QMenu;
class QSystemTrayIcon;
class QTimer;
class QWidget;

namespace twofold::ui {

// The daily "write today's reflection" and the weekly check-in reminder,
// while the app runs: a tray icon with a notification where the desktop has
// a tray, else the window asks for attention. A notification says only what
// it is for — never a word of the journal, nor whose turn it is — since it
// shows on a screen others may see.
class Reminders final : public QObject {
    Q_OBJECT
public:
    using Now = std::function<QDateTime()>;
    using AlreadyDone = std::function<bool(ReminderKind, QDate day)>;

    explicit Reminders(QWidget* window);
    ~Reminders() override;

    // Tests pin the clock; the default is the local time.
    void setClock(Now now);
    // Asked before reminding, with the reminder's day: true skips it (that
    // day's reflection is written, that week's part is in). Unset: always
    // remind.
    void setAlreadyDone(AlreadyDone alreadyDone);
    // Starts or stops the timer and the tray icon for these settings; what
    // fell due before this moment is never shown.
    void apply(const ReminderSettings& settings);
    const ReminderSettings& settings() const { return m_settings; }
    bool isWatching() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }

    static QString titleFor(ReminderKind kind);
    static QString messageFor(ReminderKind kind);
    // How often the clock is looked at: coarse is fine for a reminder, and
    // it survives suspend and clock changes better than one long timer.
    static constexpr int kCheckIntervalMs = 30 * 1000;

public Q_SLOTS:
    // Shows what fell due since the last look.
    void check();

Q_SIGNALS:
    void reminded(twofold::ui::ReminderKind kind);
    // The person clicked a notification or the tray icon.
    void openRequested(twofold::ui::ReminderKind kind);

private:
    void showTray(bool show);
    void notify(ReminderKind kind);

    QWidget* m_window;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr; // the tray's, kept across showing and hiding it
    Now m_now;
    AlreadyDone m_alreadyDone;
    ReminderSettings m_settings;
    QDateTime m_lastLook;
    ReminderKind m_lastShown = ReminderKind::DailyReflection;
};

} // namespace twofold::ui
