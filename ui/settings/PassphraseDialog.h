#pragma once

#include "Result.h"
#include "crypto/KeyWrap.h"
#include "journal/Secrets.h"
#include "welcome/RecoveryKit.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QMap>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace twofold::ui {

class Session;

// Sets or changes the unlocked partner's passphrase, then shows the new
// recovery code once (print / save as PDF, "I have stored it"). Opened by the
// window after an unlock with the recovery code, and from the toolbar.
// Argon2 (and, when adding a first passphrase, re-encryption) runs on a
// worker thread.
class PassphraseDialog final : public QDialog {
    Q_OBJECT
public:
    PassphraseDialog(Session& session, core::crypto::KdfLimits kdf, const QString& reason, QWidget* parent = nullptr);
    ~PassphraseDialog() override;

    // Shown when there is a passphrase to replace and it was not forgotten
    // (the session was not opened with the recovery code).
    QLineEdit* currentField() const { return m_current; }
    QLineEdit* passphraseField() const { return m_passphrase; }
    QLineEdit* repeatField() const { return m_repeat; }
    QPushButton* setButton() const { return m_set; }
    QCheckBox* storedCheck() const { return m_stored; }
    QString recoveryCode() const { return m_code; }
    void reject() override;

Q_SIGNALS:
    void changed();

private:
    RecoveryKit kit() const;
    void start();
    void finished();

    Session& m_session;
    core::crypto::KdfLimits m_kdf;
    QStackedWidget* m_pages = nullptr;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_strength = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_set = nullptr;
    QLabel* m_codeLabel = nullptr;
    QLabel* m_notice = nullptr;
    QCheckBox* m_stored = nullptr;
    QPushButton* m_done = nullptr;
    QString m_code;
    QFutureWatcher<core::Result<core::SecretChange>> m_watcher;
};

} // namespace twofold::ui
