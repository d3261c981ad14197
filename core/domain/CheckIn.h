#pragma once

#include "domain/Authorship.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace twofold::core {

// The rating keys of a weekly check-in (each 0..10), in the order people see
// them. The order is part of the CLI contract's documentation, not of storage.
inline const QStringList& checkInRatingKeys() {
    static const QStringList keys{QStringLiteral("happiness"), QStringLiteral("connection"), QStringLiteral("heard"),
                                  QStringLiteral("affection"), QStringLiteral("intimacy"),   QStringLiteral("stress"),
                                  QStringLiteral("fairness")};
    return keys;
}

// The free-text fields of a check-in part.
inline const QStringList& checkInFieldKeys() {
    static const QStringList keys{QStringLiteral("appreciations"), QStringLiteral("went_well"), QStringLiteral("issue"),
                                  QStringLiteral("ask")};
    return keys;
}

inline constexpr int kMinRating = 0;
inline constexpr int kMaxRating = 10;

// One partner's answers for one week, as the reader may see them.
struct CheckInPart {
    QString id; // UUID of the checkin_part row
    QString authorId;
    QString authorName;
    QMap<QString, int> ratings;         // key → 0..10; keys not rated are absent
    QMap<QString, QString> fields;      // key → text; empty fields are absent
    std::optional<QDateTime> submitted; // UTC; none while only saved
    QDateTime updated;                  // UTC
    // Set when one partner imported this part in the other's name and its
    // author has not made it theirs (CLI.md imported_by).
    QString importedById;
    QString importedByName;
    // Set where one week is shown (CheckIns::get, open, answer): Unverified
    // when the row does not carry its author's signature.
    Authorship authorship = Authorship::Verified;
};

// A weekly check-in as the reader may see it. Reveal rule (core/journal):
// `parts` holds the other partner's part only once every partner submitted.
struct CheckIn {
    QString id;                     // UUID
    QString week;                   // ISO 8601 week, "YYYY-Www"
    std::vector<CheckInPart> parts; // visible parts, in partner order
    // Ids of the partners whose part is submitted — who has answered is not
    // secret, what they answered is until both have.
    QStringList submittedBy;
    bool revealed = false; // every partner submitted
    std::optional<QString> agreements;
    QString agreementsById; // who wrote the agreements (empty when none)
    QString agreementsByName;
    // Set where one week is shown, like a part's.
    Authorship agreementsAuthorship = Authorship::Verified;
    // The agreements of the most recent earlier check-in that has any.
    std::optional<QString> previousAgreements;
    QString previousAgreementsWeek;
    QDateTime created; // UTC
    QDateTime updated; // UTC
};

// What one partner answers; answering again replaces the whole part.
struct CheckInAnswer {
    QMap<QString, int> ratings;
    QMap<QString, QString> fields;
};

} // namespace twofold::core
