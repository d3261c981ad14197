#pragma once

// Helpers shared by the prompt use-case tests.
#include "Clock.h"
#include "ClockPin.h"
#include "TempJournal.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/Prompts.h"
#include "prompts/PromptLibrary.h"
#include "storage/Database.h"
#include "storage/Statement.h"

#include <catch2/catch.hpp>

namespace twofold::test {

inline const core::PromptLibrary& library() {
    return **core::PromptLibrary::builtin();
}

inline int countRows(core::Journal& journal, const char* sql) {
    core::storage::Statement s(internals(journal).database(), sql);
    s.step();
    return s.integer(0);
}

// Both partners answer every theme: yes for `yes`, not-now for the rest.
inline void chooseOnly(TempJournal& t, const QStringList& yes) {
    for (const QString& who : {QStringLiteral("Alex"), QStringLiteral("Sam")}) {
        auto journal = t.reopenAs(who);
        for (const core::Theme& theme : library().themes()) {
            REQUIRE(core::Prompts(*journal)
                        .choose(theme.id, yes.contains(theme.id) ? core::ThemeChoice::Yes : core::ThemeChoice::NotNow)
                        .has_value());
        }
    }
}

inline void setDay(const QDate& day) {
    core::Clock::setFixed(QDateTime(day, QTime(12, 0), Qt::UTC));
}

// Unpins the clock at the end of the scope, however the scope ends.
struct ClockReset : test::ClockPin {
    ClockReset()
        : ClockPin(QDateTime()) {}
};

inline core::Prompt todayFor(core::Journal& journal) {
    auto today = core::Prompts(journal).today();
    REQUIRE(today.has_value());
    REQUIRE(today->prompt.has_value());
    return *today->prompt;
}

} // namespace twofold::test
