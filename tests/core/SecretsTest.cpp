#include "journal/Secrets.h"

#include "FileTampering.h"
#include "JournalGenerator.h"
#include "TempJournal.h"
#include "crypto/RecoveryCode.h"
#include "crypto/Sealer.h"
#include "export/JsonExport.h"
#include "journal/CheckIns.h"
#include "journal/Drafts.h"
#include "journal/Entries.h"
#include "journal/Favourites.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Maintenance.h"
#include "journal/Prompts.h"
#include "journal/SealedValues.h"
#include "journal/Search.h"
#include "journal/Vault.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

using namespace twofold;
using core::Entries;
using core::EntryInput;
using core::ErrorCode;
using core::Secrets;
using core::Visibility;
using test::TempJournal;

namespace {

const QString kAlex = QStringLiteral("Alex");
const QString kSam = QStringLiteral("Sam");
const core::crypto::KdfLimits kCheap = core::crypto::KdfLimits::minimum();

QByteArray passOf(const QString& who) {
    return TempJournal::passphraseFor(who);
}

QString addEntry(core::Journal& journal, const QString& text, Visibility visibility) {
    EntryInput input;
    input.text = text;
    input.title = text.left(10);
    input.mood = 3;
    input.tags = QStringList{QStringLiteral("tag")};
    input.visibility = visibility;
    auto added = Entries(journal).add(input);
    REQUIRE(added.has_value());
    return added->id;
}

using Blobs = std::map<QString, QByteArray>; // "table.column#row" → sealed bytes

// Every sealed value a partner's keys open, read through a fresh connection.
Blobs sealedBlobs(const TempJournal& t, const QString& who, const QByteArray& passphrase) {
    auto journal = t.reopenAs(who, passphrase);
    Blobs blobs;
    for (const core::SealedValue& v : core::collectSealedValues(*journal)) {
        blobs[QStringLiteral("%1.%2#%3").arg(v.table, v.column).arg(v.rowId)] = v.sealed;
    }
    return blobs;
}

// The private values of `who` only.
Blobs privateBlobs(const TempJournal& t, const QString& who, const QByteArray& passphrase) {
    auto journal = t.reopenAs(who, passphrase);
    Blobs blobs;
    for (const core::SealedValue& v : core::collectSealedValues(*journal)) {
        if (v.visibility == Visibility::Private) {
            blobs[QStringLiteral("%1.%2#%3").arg(v.table, v.column).arg(v.rowId)] = v.sealed;
        }
    }
    return blobs;
}

// Every partner row's key columns, straight from the file.
std::vector<QByteArray> partnerRecords(const QString& path) {
    core::storage::Database db(path, core::storage::Database::Mode::ReadOnly);
    core::storage::Statement s(db, "SELECT box_public_key, journal_key_sealed, secrets_plain, passphrase_wrap, "
                                   "recovery_wrap FROM partner ORDER BY position");
    std::vector<QByteArray> records;
    while (s.step()) {
        for (int i = 0; i < 5; ++i) {
            records.push_back(s.blob(i));
        }
    }
    return records;
}

// Entry texts a partner sees, by id.
std::map<QString, QString> visibleTexts(core::Journal& journal) {
    auto list = Entries(journal).list({});
    REQUIRE(list.has_value());
    std::map<QString, QString> texts;
    for (const core::Entry& e : *list) {
        texts[e.id] = e.title + QLatin1Char('|') + e.text + QLatin1Char('|') + e.tags.join(QLatin1Char(','));
    }
    return texts;
}

} // namespace

TEST_CASE("changing a passphrase keeps content, retires the old passphrase and recovery code", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    const QString shared = addEntry(*t.journal, QStringLiteral("our shared day"), Visibility::Shared);
    const QString mine = addEntry(*t.journal, QStringLiteral("my own thoughts"), Visibility::Private);
    const Blobs before = sealedBlobs(t, kAlex, passOf(kAlex));

    auto change = Secrets(*t.journal, kCheap).changePassphrase("a new passphrase ✓");
    REQUIRE(change.has_value());
    CHECK_FALSE(change->keysRotated);
    CHECK(core::crypto::RecoveryCode::looksLikeCode(change->recoveryCode));
    CHECK(change->recoveryCode != t.recoveryCodes.value(kAlex));
    CHECK(change->notice.contains(QStringLiteral("Backups made before now")));
    // Nothing was re-encrypted.
    CHECK(sealedBlobs(t, kAlex, "a new passphrase ✓") == before);

    auto reopened = core::Journal::open(t.path());
    REQUIRE(reopened.has_value());
    core::Journal& j = **reopened;
    CHECK(j.unlock(kAlex, passOf(kAlex)).error().code == ErrorCode::WrongPassphrase);
    CHECK(j.unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()).error().code == ErrorCode::WrongPassphrase);
    REQUIRE(j.unlock(kAlex, change->recoveryCode.toUtf8()));
    CHECK(j.unlockedWithRecoveryCode());
    REQUIRE(j.unlock(kAlex, "a new passphrase ✓"));
    CHECK(Entries(j).get(mine)->text == QStringLiteral("my own thoughts"));
    CHECK(Entries(j).get(shared)->text == QStringLiteral("our shared day"));
    // Sam is untouched.
    auto sam = t.reopenAs(kSam, passOf(kSam));
    CHECK(Entries(*sam).get(shared)->text == QStringLiteral("our shared day"));
}

TEST_CASE("a passphrase set after opening with the recovery code replaces the forgotten one", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()));
    REQUIRE(t.journal->unlockedWithRecoveryCode());
    auto change = Secrets(*t.journal, kCheap).changePassphrase("remembered this time");
    REQUIRE(change.has_value());
    CHECK_FALSE(t.journal->unlockedWithRecoveryCode());
    t.reopenAs(kAlex, "remembered this time");
    CHECK(Secrets(*t.journal, kCheap).changePassphrase({}).error().code == ErrorCode::InvalidArgument);
}

// Everything the file holds that a use case could change, read through its
// own connection.
std::vector<QByteArray> everyRow(const QString& path) {
    core::storage::Database db(path, core::storage::Database::Mode::ReadOnly);
    std::vector<QByteArray> rows;
    for (const char* table : {"entry", "draft", "checkin", "checkin_part", "answer", "theme_choice", "prompt",
                              "favourite_set", "partner", "meta"}) {
        QStringList columns;
        core::storage::Statement names(db, "SELECT 'quote(' || name || ')' FROM pragma_table_info(?)");
        names.bind(1, table);
        while (names.step()) {
            columns << names.text(0);
        }
        REQUIRE_FALSE(columns.isEmpty());
        const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY 1")
                                   .arg(columns.join(QStringLiteral(" || '|' || ")), QLatin1String(table))
                                   .toUtf8();
        core::storage::Statement s(db, sql.constData());
        while (s.step()) {
            rows.push_back(s.blob(0));
        }
    }
    return rows;
}

TEST_CASE("the recovery code opens the journal for nothing but a new passphrase, so it works once", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    const QString mine = addEntry(*t.journal, QStringLiteral("my own thoughts"), Visibility::Private);
    const QString code = t.recoveryCodes.value(kAlex);
    REQUIRE(t.journal->unlock(kAlex, code.toUtf8()));
    core::Journal& j = *t.journal;
    const auto before = everyRow(t.path());

    // Whoever found the code on paper can neither read nor write as Alex.
    const auto refused = [](const auto& result) {
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::Locked);
        CHECK(result.error().message.contains(QStringLiteral("only to set a new passphrase")));
    };
    CHECK_FALSE(j.isUnlocked());
    refused(Entries(j).get(mine));
    refused(Entries(j).list({}));
    EntryInput input;
    input.text = QStringLiteral("written by whoever holds the code");
    refused(Entries(j).add(input));
    refused(Entries(j).remove(mine));
    core::Draft draft;
    draft.day = QDate::currentDate();
    draft.text = QStringLiteral("a draft");
    refused(core::Drafts(j).save(draft));
    refused(core::Drafts(j).list());
    refused(core::CheckIns(j).open());
    refused(core::CheckIns(j).answer({}, core::CheckInAnswer{}));
    refused(core::CheckIns(j).agree({}, QStringLiteral("we agree")));
    refused(core::Prompts(j).list());
    refused(core::Prompts(j).choose(QStringLiteral("desire"), core::ThemeChoice::Yes));
    refused(core::Prompts(j).answer(QStringLiteral("x"), QStringLiteral("y")));
    refused(core::Prompts(j).today());
    refused(core::Favourites(j).ids());
    refused(core::JsonExport(j).document());
    refused(core::Maintenance(j).verify());
    refused(core::Search(j).start());
    refused(j.cloneUnlocked());
    CHECK(everyRow(t.path()) == before);

    // The one thing it allows: a new passphrase, with a new code.
    auto change = Secrets(j, kCheap).changePassphrase("remembered this time");
    REQUIRE(change.has_value());
    CHECK(j.isUnlocked());
    CHECK(Entries(j).get(mine)->text == QStringLiteral("my own thoughts"));
    auto again = core::Journal::open(t.path());
    CHECK((*again)->unlock(kAlex, code.toUtf8()).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("at an unlocked journal, changing the passphrase needs the current one; a wrong one changes nothing",
          "[secrets]") {
    // The attack: someone at a partner's unlocked window sets a passphrase of
    // their own and so takes the journal over.
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    t.journal.reset();
    const QByteArray before = test::fileHash(t.path());
    auto alex = t.reopenAs(kAlex, passOf(kAlex));
    Secrets secrets(*alex, kCheap);
    for (const QByteArray& wrong : {QByteArray(), QByteArray("a guess"), passOf(kSam)}) {
        auto refused = secrets.changePassphrase(wrong, "the intruder's passphrase");
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().code == ErrorCode::WrongPassphrase);
    }
    alex.reset();
    CHECK(test::fileHash(t.path()) == before);
    auto again = t.reopenAs(kAlex, passOf(kAlex));
    auto changed = Secrets(*again, kCheap).changePassphrase(passOf(kAlex), "a new passphrase ✓");
    REQUIRE(changed.has_value());
    t.reopenAs(kAlex, "a new passphrase ✓");
}

TEST_CASE("right after opening with the recovery code, only a new passphrase is asked for", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()));
    auto change = Secrets(*t.journal, kCheap).changePassphrase({}, "remembered this time");
    REQUIRE(change.has_value());
    // The code is spent: a second change needs the new passphrase.
    CHECK(Secrets(*t.journal, kCheap).changePassphrase({}, "and again").error().code == ErrorCode::WrongPassphrase);
    auto reopened = core::Journal::open(t.path());
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("adding a passphrase rotates the keys; the other partner still reads shared and own private writing",
          "[secrets]") {
    TempJournal t(false);
    auto sam = t.reopenAs(kSam);
    const QString samShared = addEntry(*sam, QStringLiteral("sam's shared note"), Visibility::Shared);
    const QString samPrivate = addEntry(*sam, QStringLiteral("sam's diary"), Visibility::Private);
    REQUIRE(t.journal->unlock(kAlex));
    const QString alexShared = addEntry(*t.journal, QStringLiteral("alex's shared note"), Visibility::Shared);
    const QString alexPrivate = addEntry(*t.journal, QStringLiteral("alex's diary"), Visibility::Private);
    const core::crypto::SecretBytes oldJournalKey = internals(*t.journal).vault().journalKey().clone();
    const Blobs samPrivateBefore = privateBlobs(t, kSam, {});
    const auto recordsBefore = partnerRecords(t.path());

    auto change = Secrets(*t.journal, kCheap).changePassphrase("now protected");
    REQUIRE(change.has_value());
    CHECK(change->keysRotated);
    CHECK_FALSE(change->recoveryCode.isEmpty());
    CHECK(change->valuesResealed > 0);
    CHECK(change->notice.contains(QStringLiteral("both partners")));

    // Alex's secrets are no longer in the clear; Sam's public key is unchanged.
    const auto recordsAfter = partnerRecords(t.path());
    CHECK(recordsAfter[0] != recordsBefore[0]); // Alex's new public key
    CHECK(recordsAfter[2].isNull());            // no clear secrets
    CHECK_FALSE(recordsAfter[3].isNull());      // passphrase wrap
    CHECK(recordsAfter[5] == recordsBefore[5]); // Sam's public key
    CHECK(recordsAfter[6] != recordsBefore[6]); // Sam's new copy of the journal key
    CHECK(recordsAfter[7] == recordsBefore[7]); // Sam's secrets unchanged

    // The old journal key opens none of the shared values in the file.
    auto samAfter = t.reopenAs(kSam);
    int shared = 0;
    for (const core::SealedValue& v : core::collectSealedValues(*samAfter)) {
        if (v.visibility == Visibility::Shared) {
            ++shared;
            CHECK_FALSE(core::crypto::open(oldJournalKey, v.sealed, v.context).has_value());
        }
    }
    CHECK(shared >= 8);
    // Sam's private values were not touched and still open.
    CHECK(privateBlobs(t, kSam, {}) == samPrivateBefore);
    CHECK(samPrivateBefore.size() == 5); // title, body, mood, tags and Sam's sealed signature
    CHECK(Entries(*samAfter).get(samPrivate)->text == QStringLiteral("sam's diary"));
    CHECK(Entries(*samAfter).get(samShared)->text == QStringLiteral("sam's shared note"));
    CHECK(Entries(*samAfter).get(alexShared)->text == QStringLiteral("alex's shared note"));

    auto reopened = core::Journal::open(t.path());
    REQUIRE(reopened.has_value());
    CHECK((*reopened)->findPartner(kAlex)->isProtected);
    CHECK((*reopened)->unlock(kAlex).error().code == ErrorCode::WrongPassphrase);
    REQUIRE((*reopened)->unlock(kAlex, "now protected"));
    CHECK(Entries(**reopened).get(alexPrivate)->text == QStringLiteral("alex's diary"));
    REQUIRE((*reopened)->unlock(kAlex, change->recoveryCode.toUtf8()));
    CHECK(Entries(**reopened).get(alexPrivate)->text == QStringLiteral("alex's diary"));
    // The session that made the change goes on with the new keys.
    CHECK(Entries(*t.journal).get(alexPrivate)->text == QStringLiteral("alex's diary"));
    addEntry(*t.journal, QStringLiteral("written after the change"), Visibility::Shared);
}

TEST_CASE("rotate-keys re-encrypts every sealed value and content stays intact for both partners", "[secrets]") {
    TempJournal t(true);
    test::GeneratorOptions options;
    options.entries = 24;
    options.wordsPerEntry = 30;
    options.privateShare = 0.3;
    options.checkins = 3;
    test::generateJournal(*t.journal, options);
    auto alexBefore = visibleTexts(*t.reopenAs(kAlex, passOf(kAlex)));
    auto samBefore = visibleTexts(*t.reopenAs(kSam, passOf(kSam)));
    const Blobs blobsBefore = sealedBlobs(t, kAlex, passOf(kAlex));
    const Blobs samBlobsBefore = sealedBlobs(t, kSam, passOf(kSam));
    const auto recordsBefore = partnerRecords(t.path());
    // Every kind of sealed value takes part, not only entries.
    CHECK(std::any_of(blobsBefore.begin(), blobsBefore.end(),
                      [](const auto& item) { return item.first.startsWith(QStringLiteral("checkin")); }));

    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    auto change = Secrets(*t.journal, kCheap).rotateKeys(passOf(kAlex));
    REQUIRE(change.has_value());
    CHECK(change->keysRotated);
    CHECK(change->olderBackupsKeepOldSecret);
    CHECK(change->walTruncated);
    CHECK(change->valuesResealed == static_cast<int>(blobsBefore.size()));

    const Blobs blobsAfter = sealedBlobs(t, kAlex, passOf(kAlex));
    REQUIRE(blobsAfter.size() == blobsBefore.size());
    for (const auto& [key, blob] : blobsBefore) {
        INFO(key.toStdString());
        CHECK(blobsAfter.at(key) != blob);
    }
    // Sam's private writing is sealed with Sam's own key: untouched.
    const Blobs samBlobsAfter = sealedBlobs(t, kSam, passOf(kSam));
    for (const auto& [key, blob] : samBlobsBefore) {
        CHECK((samBlobsAfter.at(key) == blob) == (blobsBefore.count(key) == 0));
    }
    const auto recordsAfter = partnerRecords(t.path());
    for (int i : {0, 1, 3, 4, 6}) {
        CHECK(recordsAfter[i] != recordsBefore[i]);
    }
    CHECK(recordsAfter[5] == recordsBefore[5]);
    CHECK(recordsAfter[8] == recordsBefore[8]);

    CHECK(visibleTexts(*t.reopenAs(kAlex, passOf(kAlex))) == alexBefore);
    CHECK(visibleTexts(*t.reopenAs(kSam, passOf(kSam))) == samBefore);
    // The new code opens the keys (and only to set a new passphrase).
    CHECK(t.reopenAs(kAlex, change->recoveryCode.toUtf8())->unlockedWithRecoveryCode());
    CHECK(visibleTexts(*t.journal) == alexBefore);
    auto old = core::Journal::open(t.path());
    CHECK((*old)->unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("rotation with a wrong passphrase, or as a reader, is refused and changes nothing", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    addEntry(*t.journal, QStringLiteral("x"), Visibility::Shared);
    const auto records = partnerRecords(t.path());
    const Blobs blobs = sealedBlobs(t, kAlex, passOf(kAlex));
    CHECK(Secrets(*t.journal, kCheap).rotateKeys("not it").error().code == ErrorCode::WrongPassphrase);
    CHECK(Secrets(*t.journal, kCheap).rotateKeys({}).error().code == ErrorCode::InvalidArgument);
    CHECK(partnerRecords(t.path()) == records);
    CHECK(sealedBlobs(t, kAlex, passOf(kAlex)) == blobs);
    t.journal->lock();
    CHECK(Secrets(*t.journal, kCheap).rotateKeys(passOf(kAlex)).error().code == ErrorCode::Locked);

    TempJournal open(false);
    REQUIRE(open.journal->unlockReader());
    CHECK(Secrets(*open.journal, kCheap).rotateKeys({}).error().code == ErrorCode::Forbidden);
    CHECK(Secrets(*open.journal, kCheap).changePassphrase("p").error().code == ErrorCode::Forbidden);
}

TEST_CASE("after opening with the recovery code, rotation takes a new passphrase", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    const QString id = addEntry(*t.journal, QStringLiteral("kept"), Visibility::Private);
    REQUIRE(t.journal->unlock(kAlex, t.recoveryCodes.value(kAlex).toUtf8()));
    auto change = Secrets(*t.journal, kCheap).rotateKeys("brand new");
    REQUIRE(change.has_value());
    CHECK(change->keysRotated);
    auto alex = t.reopenAs(kAlex, "brand new");
    CHECK(Entries(*alex).get(id)->text == QStringLiteral("kept"));
    auto old = core::Journal::open(t.path());
    CHECK((*old)->unlock(kAlex, passOf(kAlex)).error().code == ErrorCode::WrongPassphrase);
}

TEST_CASE("a damaged value stops a rotation midway and leaves the journal unchanged", "[secrets]") {
    TempJournal t(false);
    REQUIRE(t.journal->unlock(kAlex));
    std::vector<QString> ids;
    for (int i = 0; i < 6; ++i) {
        ids.push_back(addEntry(*t.journal, QStringLiteral("entry %1").arg(i), Visibility::Shared));
    }
    {
        // Damage the body of a value in the middle of the walk, straight in the file.
        const QByteArray body = test::readBlob(t.path(), "SELECT body FROM entry WHERE uuid=?", {ids[3]});
        test::flipByteOfValue(t.path(), QStringLiteral("entry"), QStringLiteral("body"), ids[3], body.size() / 2);
    }
    const Blobs blobs = sealedBlobs(t, kSam, {});
    const auto records = partnerRecords(t.path());
    auto rotated = Secrets(*t.journal, kCheap).rotateKeys({});
    REQUIRE_FALSE(rotated.has_value());
    CHECK(rotated.error().code == ErrorCode::Tampered);
    CHECK(rotated.error().message.contains(ids[3]));
    CHECK(sealedBlobs(t, kSam, {}) == blobs);
    CHECK(partnerRecords(t.path()) == records);
    // The session keeps its old keys and still works.
    CHECK(Entries(*t.journal).get(ids[5])->text == QStringLiteral("entry 5"));
    CHECK(Entries(*t.reopenAs(kSam)).get(ids[0])->text == QStringLiteral("entry 0"));
}

TEST_CASE("after a rotation the old ciphertexts and key records are gone from the file and its log", "[secrets]") {
    TempJournal t(true);
    REQUIRE(t.journal->unlock(kAlex, passOf(kAlex)));
    for (int i = 0; i < 20; ++i) {
        addEntry(*t.journal, QStringLiteral("a long enough shared text number %1 ").arg(i).repeated(20),
                 i % 3 ? Visibility::Shared : Visibility::Private);
    }
    const Blobs before = sealedBlobs(t, kAlex, passOf(kAlex));
    const auto records = partnerRecords(t.path());
    REQUIRE(Secrets(*t.journal, kCheap).rotateKeys(passOf(kAlex)));
    QByteArray onDisk;
    for (const char* suffix : {"", "-wal"}) {
        QFile file(t.path() + QLatin1String(suffix));
        if (file.open(QIODevice::ReadOnly)) {
            onDisk += file.readAll();
        }
    }
    REQUIRE(onDisk.size() > 0);
    for (const auto& [key, blob] : before) {
        INFO(key.toStdString());
        // A 48-byte slice of the ciphertext is enough to be unique.
        CHECK_FALSE(onDisk.contains(blob.mid(30, 48)));
    }
    for (int i : {0, 1, 3, 4}) {
        CHECK_FALSE(onDisk.contains(records[i]));
    }
}

TEST_CASE("a low-order public key written into the other partner's row stops rotation; nothing is written",
          "[secrets][attack]") {
    for (const bool protect : {false, true}) {
        CAPTURE(protect);
        TempJournal t(protect);
        REQUIRE(t.journal->unlock(kAlex, protect ? passOf(kAlex) : QByteArray()));
        const QString id = addEntry(*t.journal, QStringLiteral("shared words"), Visibility::Shared);
        {
            // The attack: Sam's public key replaced by the all-zero point, for
            // which crypto_box_seal cannot make a sealed box.
            test::editFile(t.path(), "UPDATE partner SET box_public_key=? WHERE name='Sam'", {QByteArray(32, '\0')});
        }
        const auto records = partnerRecords(t.path());
        // Read through the session still unlocked: a new unlock as Alex is
        // now refused too, since Sam's keys no longer match Alex's pins.
        const auto blobsNow = [&] {
            Blobs blobs;
            for (const core::SealedValue& v : core::collectSealedValues(*t.journal)) {
                blobs[QStringLiteral("%1.%2#%3").arg(v.table, v.column).arg(v.rowId)] = v.sealed;
            }
            return blobs;
        };
        const Blobs blobs = blobsNow();
        auto rotated = Secrets(*t.journal, kCheap).rotateKeys(protect ? passOf(kAlex) : QByteArray());
        REQUIRE_FALSE(rotated.has_value());
        CHECK(rotated.error().code == ErrorCode::Corrupt);
        CHECK(rotated.error().message.contains(QStringLiteral("Sam's public key")));
        CHECK(rotated.error().message.contains(QStringLiteral("The keys were not changed.")));
        CHECK(partnerRecords(t.path()) == records);
        CHECK(blobsNow() == blobs);
        CHECK(Entries(*t.journal).get(id)->text == QStringLiteral("shared words"));
    }
}
