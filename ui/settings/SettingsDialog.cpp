#include "settings/SettingsDialog.h"

#include "Session.h"
#include "backups/BackupSettings.h"
#include "journal/Journal.h"
#include "journal/Profiles.h"
#include "reminders/ReminderFields.h"
#include "welcome/ColourSwatches.h"
#include "widgets/Palettes.h"
#include "widgets/TextStyles.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace twofold::ui {

namespace {
const QString kAutoLockKey = QStringLiteral("security/autoLockMinutes");
constexpr int kDefaultAutoLock = 10;

QFormLayout* formIn(QWidget* rows) {
    auto* form = new QFormLayout(rows);
    form->setContentsMargins(0, 0, 0, 0);
    form->setHorizontalSpacing(12);
    form->setVerticalSpacing(8);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    return form;
}
} // namespace

SettingsDialog::SettingsDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session && session->acting() ? session : nullptr) {
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(520);

    // The sections scroll on a small screen; the buttons stay in view.
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    m_sections = new QVBoxLayout(content);
    m_sections->setContentsMargins(8, 8, 8, 8);
    m_sections->setSpacing(8);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    if (m_session) {
        addProfileSection();
        m_reminders = new ReminderFields(ReminderSettings::load(), content);
        addSection(tr("Reminders"), m_reminders);
    }

    auto* privacy = new QWidget(content);
    QFormLayout* privacyForm = formIn(privacy);
    m_autoLock = new QSpinBox(privacy);
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(autoLockMinutes());
    m_autoLock->setAccessibleName(tr("Lock after this many idle minutes"));
    privacyForm->addRow(tr("Lock after idle"), m_autoLock);
    if (m_session) {
        const bool protectedNow = m_session->acting()->isProtected;
        m_passphrase = new QPushButton(protectedNow ? tr("Change passphrase…") : tr("Add a passphrase…"), privacy);
        m_passphrase->setObjectName(QStringLiteral("settingsPassphrase"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_passphrase);
        row->addStretch(1);
        privacyForm->addRow(tr("Passphrase"), row);
        connect(m_passphrase, &QPushButton::clicked, this, [this] {
            // The passphrase dialog is the window's; this one gets out of
            // its way first (keeping what was changed here).
            accept();
            if (result() == QDialog::Accepted) {
                Q_EMIT changePassphraseRequested();
            }
        });
    }
    privacyForm->addRow(
        helperLabel(tr("Locking wipes the keys from memory; unlocking again takes your passphrase."), privacy));
    addSection(tr("Privacy"), privacy);

    if (m_session) {
        m_backups = new BackupSettings(*m_session, content);
        addSection(tr("Backups"), m_backups);
        connect(m_backups, &BackupSettings::restoreRequested, this, [this] {
            reject();
            Q_EMIT restoreRequested();
        });
        addJournalSection();
    }

    auto* look = new QWidget(content);
    formIn(look)->addRow(tr("Appearance"), buildSchemeChoice());
    addSection(tr("Look"), look);
    m_sections->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    outer->addWidget(buttons);
    // As tall as the sections when the screen allows; they scroll only on a
    // small screen.
    const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen();
    const int available = screen ? screen->availableGeometry().height() * 85 / 100 : 800;
    const int wanted = content->sizeHint().height() + buttons->sizeHint().height() + 4 * outer->spacing() +
                       outer->contentsMargins().top() + outer->contentsMargins().bottom();
    resize(std::max(minimumWidth(), content->sizeHint().width() + 24), std::min(wanted, available));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

void SettingsDialog::addSection(const QString& title, QWidget* rows) {
    QWidget* content = m_sections->parentWidget();
    rows->setParent(content);
    if (m_sections->count() > 0) {
        m_sections->addSpacing(16); // sections 24 apart with the layout's 8
    }
    m_sections->addWidget(headingLabel(title, content));
    m_sections->addWidget(rows);
}

void SettingsDialog::addProfileSection() {
    const core::Partner me = *m_session->acting();
    auto* rows = new QWidget(this);
    QFormLayout* form = formIn(rows);
    m_name = new QLineEdit(me.name, rows);
    m_name->setMaxLength(core::Journal::kMaxNameChars);
    m_name->setAccessibleName(tr("Your name"));
    form->addRow(tr("Name"), m_name);
    m_colour = new ColourSwatches(rows);
    m_originalColour = QColor(me.colour);
    if (const auto other = m_session->partnerOfActing()) {
        m_colour->setTaken(QColor(other->colour));
    }
    m_colour->setColour(m_originalColour);
    connect(m_colour, &ColourSwatches::colourChanged, this, [this] { m_colourTouched = true; });
    form->addRow(tr("Colour"), m_colour);
    m_problem = new QLabel(rows);
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(errorText(palette()).name()));
    m_problem->hide();
    form->addRow(m_problem);
    const auto other = m_session->partnerOfActing();
    form->addRow(helperLabel(other ? tr("%1 sees you by this name and colour, and chooses their own.").arg(other->name)
                                   : tr("Your name and colour mark what you write."),
                             rows));
    addSection(tr("You"), rows);
}

void SettingsDialog::addJournalSection() {
    auto* rows = new QWidget(this);
    QFormLayout* form = formIn(rows);
    const QString path = QDir::toNativeSeparators(m_session->journal().path());
    // A path has no spaces to wrap at: shortened in the middle, whole in the
    // tooltip and for a screen reader.
    auto* where = new QLabel(rows);
    where->setText(where->fontMetrics().elidedText(path, Qt::ElideMiddle, 380));
    where->setToolTip(path);
    where->setObjectName(QStringLiteral("journalPath"));
    where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    where->setAccessibleName(tr("This journal's file"));
    where->setAccessibleDescription(path);
    form->addRow(tr("File"), where);
    m_openJournal = new QPushButton(tr("Open another journal…"), rows);
    m_openJournal->setObjectName(QStringLiteral("openAnotherJournal"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_openJournal);
    row->addStretch(1);
    form->addRow(QString(), row);
    connect(m_openJournal, &QPushButton::clicked, this, [this, path] {
        const QString chosen = QFileDialog::getOpenFileName(this, tr("Open journal"), QFileInfo(path).absolutePath(),
                                                            tr("Twofold journal (*.twofold)"));
        if (chosen.isEmpty() || QFileInfo(chosen) == QFileInfo(path)) {
            return;
        }
        accept();
        if (result() == QDialog::Accepted) {
            Q_EMIT openJournalRequested(chosen);
        }
    });
    addSection(tr("Journal"), rows);
}

int SettingsDialog::autoLockMinutes() {
    return QSettings().value(kAutoLockKey, kDefaultAutoLock).toInt();
}

void SettingsDialog::setAutoLockMinutes(int minutes) {
    QSettings().setValue(kAutoLockKey, minutes);
}

QWidget* SettingsDialog::buildSchemeChoice() {
    // A segmented control (UX.md: choices are segments, not a drop-down):
    // three joined buttons, one checked. Choosing shows the look at once;
    // OK keeps it, Cancel goes back.
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_scheme = new QButtonGroup(this);
    m_scheme->setExclusive(true);
    const Appearance* appearance = Appearance::current();
    const SchemeChoice current = appearance ? appearance->choice() : Appearance::savedChoice();
    const struct {
        SchemeChoice choice;
        QString label;
        QString accessible;
    } segments[] = {
        {SchemeChoice::System, tr("System"), tr("Follow the desktop's light or dark setting")},
        {SchemeChoice::Light, tr("Light"), tr("Always light")},
        {SchemeChoice::Dark, tr("Dark"), tr("Always dark")},
    };
    for (const auto& segment : segments) {
        auto* button = new QPushButton(segment.label, row);
        button->setCheckable(true);
        button->setChecked(segment.choice == current);
        button->setAccessibleName(segment.accessible);
        button->setObjectName(QStringLiteral("scheme-") + schemeChoiceName(segment.choice));
        m_scheme->addButton(button, static_cast<int>(segment.choice));
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_scheme, &QButtonGroup::idClicked, this, [](int id) {
        if (Appearance* appearance = Appearance::current()) {
            appearance->preview(static_cast<SchemeChoice>(id));
        }
    });
    return row;
}

SchemeChoice SettingsDialog::chosenScheme() const {
    return static_cast<SchemeChoice>(m_scheme->checkedId());
}

QPushButton* SettingsDialog::schemeButton(SchemeChoice choice) const {
    return qobject_cast<QPushButton*>(m_scheme->button(static_cast<int>(choice)));
}

bool SettingsDialog::applyProfile() {
    if (!m_session || !m_session->isUnlocked() || !m_session->acting()) {
        return true;
    }
    const QColor colour = m_colourTouched ? m_colour->colour() : m_originalColour;
    const auto updated = core::Profiles(m_session->journal()).update(m_name->text(), colour.name());
    if (!updated) {
        m_problem->setText(updated.error().message);
        m_problem->show();
        m_name->setFocus();
        return false;
    }
    m_problem->hide();
    return true;
}

void SettingsDialog::accept() {
    if (!applyProfile()) {
        return;
    }
    // A refused folder or count is said under the backup fields.
    if (m_backups && m_session->isUnlocked() && !m_backups->apply()) {
        return;
    }
    setAutoLockMinutes(m_autoLock->value());
    if (m_reminders) {
        m_reminders->settings().save();
    }
    if (Appearance* appearance = Appearance::current()) {
        appearance->setChoice(chosenScheme());
    }
    QDialog::accept();
}

void SettingsDialog::reject() {
    if (Appearance* appearance = Appearance::current()) {
        appearance->revert();
    }
    QDialog::reject();
}

} // namespace twofold::ui
