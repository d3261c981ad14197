#include "export/ExportDialog.h"

#include "TempJournal.h"
#include "journal/Entries.h"
#include "journal/Journal.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

using namespace twofold;

namespace {

void addEntries(core::Journal& journal) {
    for (int day = 1; day <= 20; ++day) {
        core::EntryInput input;
        input.day = QDate(2026, 3, day);
        input.text = QStringLiteral("A March evening, number %1, with a long walk home.").arg(day);
        REQUIRE(core::Entries(journal).add(input).has_value());
    }
}

} // namespace

TEST_CASE("the export dialog previews the first pages and writes the book", "[ui][export]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    addEntries(*t.journal);
    ui::ExportDialog dialog(*t.journal);
    dialog.refreshPreview();
    // The cover and the first page of March.
    CHECK(dialog.previewPageCount() >= 2);
    CHECK(dialog.privateCheck()->isEnabled());

    const QString out = t.dir.filePath(QStringLiteral("book.pdf"));
    dialog.fileField()->setText(out);
    dialog.titleField()->setText(QStringLiteral("Our March"));
    QSignalSpy exported(&dialog, &ui::ExportDialog::exported);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(exported.wait(20000));
    CHECK(exported.first().first().toString() == out);
    CHECK(QFile::exists(out));
    CHECK(dialog.resultMessage().startsWith(QStringLiteral("Saved a ")));
    CHECK(dialog.exportButton()->isEnabled());

    // A second export to the same file is refused in the dialog's banner;
    // the book already there is kept.
    const qint64 size = QFileInfo(out).size();
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    // The worker refuses at once, but the dialog stays busy until it has
    // shown why (a finished future used to read as "not exporting" with no
    // message yet).
    QThread::msleep(100);
    CHECK(dialog.isExporting());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    CHECK(dialog.resultMessage().contains(QStringLiteral("already exists")));
    CHECK(QFileInfo(out).size() == size);
}

TEST_CASE("Cancel during an export stops it and leaves nothing behind", "[ui][export]") {
    test::TempJournal t;
    REQUIRE(t.journal->unlock(QStringLiteral("Alex")));
    addEntries(*t.journal);
    ui::ExportDialog dialog(*t.journal);
    const QString folder = t.dir.filePath(QStringLiteral("out"));
    REQUIRE(QDir().mkpath(folder));
    dialog.fileField()->setText(QDir(folder).filePath(QStringLiteral("book.pdf")));
    dialog.startExport();
    REQUIRE(dialog.isExporting());
    dialog.reject(); // Cancel while exporting
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isExporting(), 20000);
    // The flag is set before the first month is done, so the export stops
    // at its first progress report.
    CHECK(dialog.resultMessage().contains(QStringLiteral("cancelled")));
    CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
