#include "TempJournal.h"

#include <catch2/catch.hpp>

namespace twofold::test {

TempJournal::TempJournal(bool protect, const QString& a, const QString& b) {
    REQUIRE(dir.isValid());
    core::JournalSetup setup;
    setup.kdf = core::crypto::KdfLimits::minimum();
    for (const QString& name : {a, b}) {
        core::PartnerSetup partner;
        partner.name = name;
        if (protect) {
            partner.passphrase = passphraseFor(name);
        }
        setup.partners.push_back(partner);
    }
    auto created = core::Journal::create(path(), setup);
    REQUIRE(created.has_value());
    journal = std::move(created->journal);
    recoveryCodes = created->recoveryCodes;
}

std::unique_ptr<core::Journal> TempJournal::reopenAs(const QString& who, const QByteArray& passphrase) const {
    auto opened = core::Journal::open(path());
    REQUIRE(opened.has_value());
    auto unlocked = (*opened)->unlock(who, passphrase);
    REQUIRE(unlocked.has_value());
    return std::move(*opened);
}

} // namespace twofold::test
