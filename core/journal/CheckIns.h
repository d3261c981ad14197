#pragma once

#include "Result.h"
#include "domain/CheckIn.h"

#include <QString>

#include <vector>

namespace twofold::core {

class Journal;

// Weekly partner check-ins: open a week, answer it (each partner their own
// part), agree on something for the coming week, read them back.
//
// Reveal rule: a reader sees the other partner's part only once every
// partner submitted theirs; the acting partner always sees their own part.
// Without an acting partner (a reader of shared content) parts show only
// once all are submitted. Check-in writing is shared writing, sealed with the
// journal key: the rule is the app's, not secrecy (DESIGN.md).
//
// `week` is "YYYY-Www"; empty means the week of Clock::today(). Results are
// values the caller owns; failures are an Error with one sentence.
class CheckIns {
public:
    explicit CheckIns(Journal& journal)
        : m_journal(journal) {}

    // Opens the week's check-in, or returns it when it is already open.
    // Opening a new week needs an acting partner.
    Result<CheckIn> open(const QString& week = {});
    // The acting partner's part, submitted now. Answering again replaces the
    // whole part (keys left out are gone). Opens the week if needed. Ratings
    // are 0..10 for the keys of checkInRatingKeys(); fields are keys of
    // checkInFieldKeys() (blank text counts as not given); at least one of
    // either is needed.
    Result<CheckIn> answer(const QString& week, const CheckInAnswer& answer);
    // The acting partner's part kept as it is so far, without submitting it:
    // the window saves a half-done part as the person writes, so it resumes
    // where they stopped. A part that was already submitted stays submitted
    // (and shows the new text); an unsubmitted part is never shown to the
    // other partner and does not count as answered.
    Result<CheckIn> saveForLater(const QString& week, const CheckInAnswer& answer);
    // The couple's agreements for the week, by the acting partner (either
    // partner may write them; the last writer is recorded). Opens the week
    // if needed. They come back as previousAgreements of later weeks.
    Result<CheckIn> agree(const QString& week, const QString& text);
    // NotFound for a week that was never opened.
    Result<CheckIn> get(const QString& week = {});
    // Every check-in, newest week first.
    Result<std::vector<CheckIn>> list();

    // The checks answer() applies (keys, ranges, sizes; blank fields dropped;
    // at least one rating or field), for other ways in (JSON import).
    static Result<CheckInAnswer> validateAnswer(const CheckInAnswer& answer);

    // Whether to remind the acting partner of this week's check-in — a
    // gentle nudge, not a nag: from Friday on, or as soon as the other
    // partner has done their part; never once the acting partner has.
    enum class Reminder { None, TimeForIt, PartnerWaiting };
    Result<Reminder> reminder();

    static constexpr int kMaxTextBytes = 64 * 1024;

private:
    enum class Submission { Now, Later };
    Result<CheckIn> writePart(const QString& week, const CheckInAnswer& answer, Submission submission);

    Journal& m_journal;
};

} // namespace twofold::core
