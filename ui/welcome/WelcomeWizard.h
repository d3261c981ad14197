#pragma once

#include "crypto/KeyWrap.h"

#include <QMap>
#include <QWizard>

#include <memory>

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

// The first start: create a journal for two (names, colours, passphrases,
// recovery codes shown once) or open an existing journal file.
class WelcomeWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId { StartPage, PartnersPage, RecoveryPage, ThemesPage };

    WelcomeWizard(const QString& defaultPath, core::crypto::KdfLimits kdf, QWidget* parent = nullptr);
    ~WelcomeWizard() override;

    // The created or opened journal, once the wizard was accepted.
    std::unique_ptr<core::Journal> takeJournal();

    // For the pages.
    QString journalPath() const { return m_path; }
    void setJournalPath(const QString& path) { m_path = path; }
    core::crypto::KdfLimits kdf() const { return m_kdf; }
    void setJournal(std::unique_ptr<core::Journal> journal, QMap<QString, QString> recoveryCodes);
    bool hasJournal() const { return m_journal != nullptr; }
    core::Journal* journal() const { return m_journal.get(); }
    // Partner id → passphrase, kept from creation until the theme choices are
    // recorded (each as its own partner), then wiped.
    void setPassphrases(QMap<QString, QByteArray> passphrases) { m_passphrases = std::move(passphrases); }
    const QMap<QString, QByteArray>& passphrases() const { return m_passphrases; }
    void wipePassphrases();
    const QMap<QString, QString>& recoveryCodes() const { return m_codes; }

private:
    QString m_path;
    core::crypto::KdfLimits m_kdf;
    std::unique_ptr<core::Journal> m_journal;
    QMap<QString, QString> m_codes;
    QMap<QString, QByteArray> m_passphrases;
};

} // namespace twofold::ui
