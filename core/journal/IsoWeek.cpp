#include "journal/IsoWeek.h"

#include "Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace twofold::core {

namespace {

const QRegularExpression& weekShape() {
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-W(\\d{2})$"));
    return shape;
}

} // namespace

bool IsoWeek::hasWeekShape(const QString& text) {
    return weekShape().match(text).hasMatch();
}

Result<IsoWeek> IsoWeek::parse(const QString& text) {
    const auto match = weekShape().match(text);
    if (!match.hasMatch()) {
        return makeError(
            ErrorCode::InvalidArgument,
            QCoreApplication::translate("IsoWeek", "A week is written YYYY-Www (for example 2026-W48), not '%1'.")
                .arg(text));
    }
    const int year = match.captured(1).toInt();
    const int week = match.captured(2).toInt();
    if (year < 1900 || year > 2999) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("IsoWeek", "The week must be between 1900 and 2999."));
    }
    if (week < 1 || week > weeksInYear(year)) {
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("IsoWeek", "The week %1 does not exist; %2 has %3 weeks.")
                             .arg(text)
                             .arg(year)
                             .arg(weeksInYear(year)));
    }
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::containing(const QDate& day) {
    int year = 0;
    const int week = day.weekNumber(&year);
    return IsoWeek(year, week);
}

IsoWeek IsoWeek::current() {
    return containing(Clock::today());
}

int IsoWeek::weeksInYear(int year) {
    // 28 December always lies in the year's last ISO week.
    return QDate(year, 12, 28).weekNumber();
}

QDate IsoWeek::monday() const {
    // 4 January always lies in week 1.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(-(jan4.dayOfWeek() - 1) + 7LL * (m_week - 1));
}

QString IsoWeek::toString() const {
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

} // namespace twofold::core
