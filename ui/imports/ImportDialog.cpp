#include "imports/ImportDialog.h"

#include "Session.h"
#include "editor/VisibilityToggle.h"
#include "export/DayOneImport.h"
#include "export/JrnlImport.h"
#include "journal/Journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace twofold::ui {

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session) {
    setWindowTitle(tr("Import"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(16);

    auto* intro = new QLabel(tr("Bring your entries from another journal app. They become yours, and stay private "
                                "unless you choose to share them. Importing the same file again adds nothing."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    form->setSpacing(8);
    m_source = new QComboBox(this);
    m_source->addItem(tr("jrnl (jrnl --export json)"));
    m_source->addItem(tr("Day One (JSON export, .zip or .json)"));
    form->addRow(tr("From"), m_source);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setAccessibleName(tr("File to import"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("File"), fileRow);
    m_visibility = new VisibilityToggle(this);
    m_visibility->setVisibility(core::Visibility::Private);
    if (const auto partner = m_session.partnerOfActing()) {
        m_visibility->setPartnerName(partner->name);
    }
    form->addRow(tr("Who reads them"), m_visibility);
    layout->addLayout(form);

    auto* photos = new QLabel(tr("Twofold keeps words only: photos and other media are named in the text, not "
                                 "imported."),
                              this);
    photos->setWordWrap(true);
    layout->addWidget(photos);

    m_result = new QLabel(this);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();
    layout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::ActionRole);
    m_import->setDefault(true);
    m_import->setEnabled(false);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_file, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_import->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ImportDialog::setSource(Source source) {
    m_source->setCurrentIndex(source == Source::Jrnl ? 0 : 1);
}

void ImportDialog::setFile(const QString& path) {
    m_file->setText(path);
}

void ImportDialog::chooseFile() {
    const bool dayOne = m_source->currentIndex() == 1;
    const QString filter = dayOne ? tr("Day One export (*.zip *.json)") : tr("jrnl export (*.json)");
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_file->text(), filter);
    if (!path.isEmpty()) {
        m_file->setText(path);
    }
}

void ImportDialog::runImport() {
    core::Journal& journal = m_session.journal();
    const QString path = m_file->text().trimmed();
    const core::Visibility visibility = m_visibility->visibility();
    const auto summary = m_source->currentIndex() == 0 ? core::JrnlImport(journal).fromFile(path, visibility)
                                                       : core::DayOneImport(journal).fromFile(path, visibility);
    m_result->show();
    if (!summary) {
        m_result->setText(summary.error().message);
        return;
    }
    const core::ImportCounts& counts = summary->counts;
    QString text = counts.added == 0 ? tr("Nothing new: every entry of this file is already in the journal.")
                                     : tr("%n entries imported.", nullptr, counts.added);
    if (summary->empty > 0) {
        text += QLatin1Char(' ') + tr("%n without any words were left out.", nullptr, summary->empty);
    }
    // The views follow through the change feed (an import reports everything).
    m_result->setText(text);
}

} // namespace twofold::ui
