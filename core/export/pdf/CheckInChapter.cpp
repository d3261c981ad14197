// The check-in parts of a chapter: ratings as a compact table, the written
// fields of both partners, the week's agreements, and the trend chart.
#include "export/Byline.h"
#include "export/pdf/ChapterBuilder.h"
#include "journal/IsoWeek.h"

#include <QLocale>

namespace twofold::core::pdf {

namespace {

constexpr double kNameColumn = 76;

QString ratingTitle(const QString& key) {
    return key.left(1).toUpper() + key.mid(1);
}

QString fieldTitle(const QString& key) {
    static const QMap<QString, QString> titles{{QStringLiteral("appreciations"), QStringLiteral("Appreciations")},
                                               {QStringLiteral("went_well"), QStringLiteral("What went well")},
                                               {QStringLiteral("issue"), QStringLiteral("Something to talk about")},
                                               {QStringLiteral("ask"), QStringLiteral("An ask")}};
    return titles.value(key, key);
}

QString weekTitle(const CheckIn& checkIn) {
    auto week = IsoWeek::parse(checkIn.week);
    if (!week) {
        return checkIn.week;
    }
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return QStringLiteral("Weekly check-in  ·  %1 – %2")
        .arg(english.toString(week->monday(), QStringLiteral("d MMMM")),
             english.toString(week->sunday(), QStringLiteral("d MMMM yyyy")));
}

// The mean of a part's ratings; stress is left out, since there higher is harder.
std::optional<double> meanRating(const CheckInPart& part) {
    double sum = 0;
    int count = 0;
    for (auto it = part.ratings.begin(); it != part.ratings.end(); ++it) {
        if (it.key() != QStringLiteral("stress")) {
            sum += it.value();
            ++count;
        }
    }
    return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
}

} // namespace

void ChapterBuilder::addCheckIn(Chapter& chapter, const CheckIn& checkIn) const {
    const double width = m_page.textWidth();
    FlowItem heading = text(QStringLiteral("<span weight='bold'>%1</span>").arg(escapeMarkup(weekTitle(checkIn))),
                            style::kSerif, 12.5, width);
    heading.spaceBefore = 22;
    heading.keepWithNext = true;
    chapter.items.push_back(std::move(heading));

    // Ratings: one row per partner, one column per rating, kept in one piece.
    QStringList keys;
    for (const QString& key : checkInRatingKeys()) {
        for (const CheckInPart& part : checkIn.parts) {
            if (part.ratings.contains(key) && !keys.contains(key)) {
                keys.append(key);
            }
        }
    }
    if (!keys.isEmpty()) {
        const double column = (width - kNameColumn) / keys.size();
        QString table = QStringLiteral("<span foreground='%1' size='85%'>").arg(colourMarkup(style::kSecondary));
        for (const QString& key : keys) {
            table += QLatin1Char('\t') + escapeMarkup(ratingTitle(key));
        }
        table += QStringLiteral("</span>");
        for (const CheckInPart& part : checkIn.parts) {
            table += QStringLiteral("\n<span weight='bold' foreground='%1'>%2</span>")
                         .arg(colourMarkup(colourOf(part.authorId)), escapeMarkup(part.authorName));
            for (const QString& key : keys) {
                table += QLatin1Char('\t') + (part.ratings.contains(key)
                                                  ? QStringLiteral("%1<span size='75%' foreground='%2'> /10</span>")
                                                        .arg(part.ratings.value(key))
                                                        .arg(colourMarkup(style::kSecondary))
                                                  : QStringLiteral("–"));
            }
        }
        PangoTabArray* tabs = pango_tab_array_new(static_cast<int>(keys.size()), FALSE);
        for (int i = 0; i < keys.size(); ++i) {
            pango_tab_array_set_tab(tabs, i, PANGO_TAB_LEFT,
                                    static_cast<int>((kNameColumn + i * column) * PANGO_SCALE));
        }
        FlowItem ratings = text(table, style::kSans, 8.5, width);
        pango_layout_set_tabs(ratings.layout.get(), tabs);
        pango_tab_array_free(tabs);
        measureLines(ratings);
        ratings.spaceBefore = 6;
        ratings.splittable = false;
        chapter.items.push_back(std::move(ratings));
    }

    for (const QString& key : checkInFieldKeys()) {
        bool labelled = false;
        for (const CheckInPart& part : checkIn.parts) {
            if (!part.fields.contains(key)) {
                continue;
            }
            if (!labelled) {
                FlowItem label = text(QStringLiteral("<span weight='bold'>%1</span>").arg(fieldTitle(key)),
                                      style::kSerif, style::kBodySize, width);
                label.spaceBefore = 10;
                label.keepWithNext = true;
                chapter.items.push_back(std::move(label));
                labelled = true;
            }
            FlowItem who = authorLine(part.authorId, byline(part.authorName, part.importedByName), {});
            who.spaceBefore = 6;
            chapter.items.push_back(std::move(who));
            addMarkdown(chapter, part.fields.value(key), std::nullopt);
        }
    }
    if (checkIn.agreements) {
        FlowItem label = text(QStringLiteral("<span weight='bold'>Our agreements for the coming week</span>"
                                             "<span foreground='%1'>  ·  written down by %2</span>")
                                  .arg(colourMarkup(style::kSecondary), escapeMarkup(checkIn.agreementsByName)),
                              style::kSerif, style::kBodySize, width);
        label.spaceBefore = 10;
        label.keepWithNext = true;
        chapter.items.push_back(std::move(label));
        addMarkdown(chapter, *checkIn.agreements, std::nullopt);
    }
}

void ChapterBuilder::addChart(Chapter& chapter, const std::vector<CheckIn>& checkIns, const QString& caption) const {
    auto data = std::make_unique<TrendChartData>();
    data->caption = caption;
    for (const Partner& partner : m_partners) {
        data->series.push_back({partner.name, parseColour(partner.colour), {}});
    }
    for (const CheckIn& checkIn : checkIns) {
        data->weeks.append(checkIn.week.mid(5)); // "W19"
        for (size_t i = 0; i < m_partners.size(); ++i) {
            std::optional<double> value;
            for (const CheckInPart& part : checkIn.parts) {
                if (part.authorId == m_partners[i].id) {
                    value = meanRating(part);
                }
            }
            data->series[i].values.push_back(value);
        }
    }
    FlowItem chart;
    chart.kind = FlowItem::Kind::Chart;
    chart.height = 190;
    chart.spaceBefore = 26;
    chart.splittable = false;
    chart.chart = std::move(data);
    chapter.items.push_back(std::move(chart));
}

} // namespace twofold::core::pdf
