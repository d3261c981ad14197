#pragma once

#include "Result.h"

#include <QFutureWatcher>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QHBoxLayout;

namespace twofold::ui {

class Card;
class Session;

// "Who's here?": the two partners side by side; a partner with a passphrase
// types it. Argon2 runs on a worker thread so the window stays responsive;
// a wrong passphrase gets a clear message and a short pause, never a
// lock-out.
class UnlockPage final : public QWidget {
    Q_OBJECT
public:
    explicit UnlockPage(Session& session, QWidget* parent = nullptr);
    ~UnlockPage() override;

    // Rebuilds the partner buttons (after the journal changed) and clears
    // the passphrase field.
    void reset();
    void selectPartner(const QString& partnerId);
    // A sentence about why the window is locked, until the next unlock.
    void showNotice(const QString& text);
    QString notice() const;
    // Pause after a wrong passphrase; tests shorten it.
    void setRetryDelay(int ms) { m_retryDelayMs = ms; }
    bool isBusy() const;

    QLineEdit* passphraseField() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QLabel* messageLabel() const { return m_message; }

public Q_SLOTS:
    void unlock();

Q_SIGNALS:
    void unlocked();
    // The recovery code was right: the keys are open, but only for choosing
    // a new passphrase (DESIGN.md). The window asks for one; nothing else
    // is shown until then.
    void recoveryCodeAccepted();
    void unlockFailed(const QString& message);

private:
    void updateForSelection();
    void restylePartners();
    void finished();
    QString selectedId() const;

    Session& m_session;
    QHBoxLayout* m_partnerRow = nullptr;
    QButtonGroup* m_partners = nullptr;
    QLabel* m_hint = nullptr;
    Card* m_notice = nullptr;
    QLabel* m_noticeIcon = nullptr;
    QLabel* m_noticeText = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QPushButton* m_unlock = nullptr;
    QLabel* m_message = nullptr;
    QFutureWatcher<core::Result<void>> m_watcher;
    int m_retryDelayMs = 1500;
};

} // namespace twofold::ui
