#pragma once

#include "crypto/KeyWrap.h"

#include <QColor>
#include <QMap>
#include <QWizard>

#include <memory>

namespace twofold::core {
class Journal;
}

namespace twofold::ui {

// The first start, one partner's turn at a time (UX.md): a welcome, then
// the first partner's name, colour and passphrase; a hand-over; the second
// partner's; the journal is created; the second partner's recovery kit
// (they are at the keyboard), a hand-over back, the first partner's kit.
// No screen shows both passphrase fields, both codes or anyone's consent;
// sensitive prompt themes stay "not now" for each to open alone later.
// Or: open an existing journal file.
class WelcomeWizard final : public QWizard {
    Q_OBJECT
public:
    enum PageId {
        StartPage,
        FirstTurnPage,
        HandToSecondPage,
        SecondTurnPage,
        SecondKitPage,
        HandToFirstPage,
        FirstKitPage
    };

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
    // Name → recovery code of the partners who set a passphrase; each kit
    // page shows its own partner's only.
    const QMap<QString, QString>& recoveryCodes() const { return m_codes; }
    // What each partner chose on their turn (position 0 or 1).
    struct Turn {
        QString name;
        QColor colour;
    };
    void setTurn(int position, Turn turn) { m_turns[position] = std::move(turn); }
    Turn turn(int position) const { return m_turns.value(position); }

    // While the journal is being created (Argon2, with the window painting
    // in a nested loop) the wizard cannot be closed: closing would destroy
    // it under the page that waits, and leave a journal nobody was told of.
    void setCreating(bool creating) { m_creating = creating; }
    bool isCreating() const { return m_creating; }
    void reject() override;
    void done(int result) override;

private:
    QString m_path;
    core::crypto::KdfLimits m_kdf;
    std::unique_ptr<core::Journal> m_journal;
    QMap<QString, QString> m_codes;
    QMap<int, Turn> m_turns;
    bool m_creating = false;
};

} // namespace twofold::ui
