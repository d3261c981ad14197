#include "journal/CheckIns.h"
#include "journal/Entries.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/Maintenance.h"
#include "journal/Prompts.h"
#include "storage/Schema.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

// Journals written by every released schema version must keep opening, with
// every kind of content intact. tests/fixtures/README.md says how each fixture
// was made.

using namespace twofold::core;

namespace {

struct Fixture {
    explicit Fixture(const char* name) {
        REQUIRE(dir.isValid());
        path = dir.filePath(QStringLiteral("journal.twofold"));
        REQUIRE(QFile::copy(QStringLiteral(TWOFOLD_FIXTURES_DIR "/") + QLatin1String(name), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }
    QTemporaryDir dir;
    QString path;
};

// Both fixtures hold the same writing (tests/fixtures/README.md): each
// opens with its passphrases and shows every kind of it, each partner's
// private entry staying theirs.
void checkEveryKindOfWriting(const Fixture& fixture) {
    auto journal = Journal::open(fixture.path);
    REQUIRE(journal.has_value());
    Journal& j = **journal;
    REQUIRE(j.partners().size() == 2);
    CHECK(j.partners()[0].isProtected);

    REQUIRE(j.unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
    auto entries = Entries(j).list({});
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1); // Sam's private entry stays Sam's
    const Entry& walk = entries->front();
    CHECK(walk.title == QStringLiteral("Rain 🌧️"));
    CHECK(walk.text == QStringLiteral("We walked by the river.\nمرحبا · 你好 · e\u0301"));
    CHECK(walk.tags == QStringList{QStringLiteral("us"), QStringLiteral("café")});
    CHECK(walk.mood == 4);

    auto week = CheckIns(j).get(QStringLiteral("2026-W47"));
    REQUIRE(week.has_value());
    CHECK(week->revealed);
    REQUIRE(week->parts.size() == 2);
    CHECK(week->agreements == QStringLiteral("Phones away at dinner."));

    auto prompt = Prompts(j).show(QStringLiteral("trust-001"));
    REQUIRE(prompt.has_value());
    CHECK(prompt->revealed);
    CHECK(prompt->answers.size() == 2);

    auto report = Maintenance(j).verify();
    REQUIRE(report.has_value());
    CHECK(report->ok());

    REQUIRE(j.unlock(QStringLiteral("Sam"), "sam fixture passphrase"));
    auto samEntries = Entries(j).list({});
    REQUIRE(samEntries->size() == 2);
    CHECK(samEntries->front().text == QStringLiteral("Only mine: the surprise."));
}

} // namespace

TEST_CASE("a version 1 journal opens with its passphrases and shows every kind of writing", "[fixture][migration]") {
    Fixture fixture("journal-v1.twofold");
    checkEveryKindOfWriting(fixture);
}

TEST_CASE("a version 1 journal opens with each partner's recovery code", "[fixture][migration]") {
    Fixture fixture("journal-v1.twofold");
    auto journal = Journal::open(fixture.path);
    REQUIRE(journal.has_value());
    CHECK((*journal)->unlock(QStringLiteral("Alex"), "H0F1C-2DD7G-4BPDQ-11QZC-3674Q-9V529-WN5Q7"));
    CHECK((*journal)->unlockedWithRecoveryCode());
    CHECK((*journal)->unlock(QStringLiteral("Sam"), "5B17S-N32T1-FPPZA-VX469-TQVDH-14SB1-P60XT"));
}

TEST_CASE("a version 2 journal opens with its passphrases and shows every kind of writing", "[fixture][migration]") {
    Fixture fixture("journal-v2.twofold");
    checkEveryKindOfWriting(fixture);
}

TEST_CASE("a version 2 journal opens with each partner's recovery code", "[fixture]") {
    Fixture fixture("journal-v2.twofold");
    auto journal = Journal::open(fixture.path);
    REQUIRE(journal.has_value());
    CHECK((*journal)->unlock(QStringLiteral("Alex"), "7FATN-RY3R9-32DS0-XEK8E-86QNX-7MRRJ-BEKZ4"));
    CHECK((*journal)->unlockedWithRecoveryCode());
    CHECK((*journal)->unlock(QStringLiteral("Sam"), "JY2P3-RBQ5N-2N2JP-59QCJ-55JXF-5QRBC-CKB3T"));
}

TEST_CASE("a version 2 journal becomes version 3 (favourite prompts) after one backup of itself", "[fixture]") {
    Fixture fixture("journal-v2.twofold");
    {
        auto journal = Journal::open(fixture.path);
        REQUIRE(journal.has_value());
        REQUIRE((*journal)->unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
        REQUIRE(Favourites(**journal).set(QStringLiteral("trust-001"), true));
    }
    const QStringList backups = QDir(fixture.dir.path()).entryList({QStringLiteral("*.backup")}, QDir::Files);
    REQUIRE(backups.size() == 1);
    CHECK(backups.front().startsWith(QStringLiteral("journal.twofold.v2-")));
    // Opened again: already version 3, so no second backup.
    auto again = Journal::open(fixture.path);
    REQUIRE(again.has_value());
    CHECK(QDir(fixture.dir.path()).entryList({QStringLiteral("*.backup")}, QDir::Files).size() == 1);
    REQUIRE((*again)->unlock(QStringLiteral("Alex"), "alex fixture passphrase"));
    CHECK(*Favourites(**again).ids() == QSet<QString>{QStringLiteral("trust-001")});
}
