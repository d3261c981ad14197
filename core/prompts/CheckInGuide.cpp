#include "prompts/CheckInGuide.h"

#include "prompts/ContentJson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace twofold::core {

using content_json::bad;

namespace {

// The guide is written in English; its sentences reach the catalogues
// through CheckInGuideText.cpp (generated from the guide for lupdate).
QString translated(const QString& english) {
    return QCoreApplication::translate("CheckInGuide", english.toUtf8().constData());
}

} // namespace

const std::vector<QString>& CheckInGuide::ratingKeys() {
    static const std::vector<QString> keys{QStringLiteral("happiness"), QStringLiteral("connection"),
                                           QStringLiteral("heard"),     QStringLiteral("affection"),
                                           QStringLiteral("intimacy"),  QStringLiteral("stress"),
                                           QStringLiteral("fairness")};
    return keys;
}

const std::vector<QString>& CheckInGuide::stepIds() {
    static const std::vector<QString> ids{QStringLiteral("ratings"),   QStringLiteral("appreciations"),
                                          QStringLiteral("went_well"), QStringLiteral("differences"),
                                          QStringLiteral("issue"),     QStringLiteral("ask"),
                                          QStringLiteral("agreements")};
    return ids;
}

Result<CheckInGuide> CheckInGuide::load(const QString& path) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        return bad(name, QStringLiteral("it cannot be read"));
    }
    return parse(file.readAll(), name);
}

Result<CheckInGuide> CheckInGuide::parse(const QByteArray& json, const QString& fileName) {
    auto doc = content_json::readDocument(json, fileName, QStringLiteral("twofold-checkin-guide"), kFormatVersion);
    if (!doc) {
        return doc.error();
    }
    CheckInGuide guide;
    const QJsonArray ratings = doc->value(QStringLiteral("ratings")).toArray();
    if (ratings.size() != static_cast<qsizetype>(ratingKeys().size())) {
        return bad(fileName, QStringLiteral("it needs exactly %1 ratings").arg(ratingKeys().size()));
    }
    for (qsizetype i = 0; i < ratings.size(); ++i) {
        const QJsonObject o = ratings[i].toObject();
        CheckInRatingGuide r;
        const QString expected = ratingKeys()[static_cast<size_t>(i)];
        if (o.value(QStringLiteral("key")).toString() != expected) {
            return bad(fileName, QStringLiteral("rating %1 must have the key %2").arg(i + 1).arg(expected));
        }
        r.key = expected;
        using content_json::text;
        if (!text(o, QStringLiteral("label"), r.label) || !text(o, QStringLiteral("question"), r.question) ||
            !text(o, QStringLiteral("low"), r.low) || !text(o, QStringLiteral("mid"), r.mid) ||
            !text(o, QStringLiteral("high"), r.high)) {
            return bad(fileName,
                       QStringLiteral("the rating %1 needs a label, question, low, mid and high").arg(expected));
        }
        for (QString* sentence : {&r.label, &r.question, &r.low, &r.mid, &r.high}) {
            *sentence = translated(*sentence);
        }
        guide.m_ratings.push_back(r);
    }
    const QJsonArray steps = doc->value(QStringLiteral("steps")).toArray();
    if (steps.size() != static_cast<qsizetype>(stepIds().size())) {
        return bad(fileName, QStringLiteral("it needs exactly %1 steps").arg(stepIds().size()));
    }
    static const QStringList fields{QStringLiteral("appreciations"), QStringLiteral("went_well"),
                                    QStringLiteral("issue"), QStringLiteral("ask"), QStringLiteral("agreements")};
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QJsonObject o = steps[i].toObject();
        CheckInStepGuide s;
        const QString expected = stepIds()[static_cast<size_t>(i)];
        if (o.value(QStringLiteral("id")).toString() != expected) {
            return bad(fileName, QStringLiteral("step %1 must have the id %2").arg(i + 1).arg(expected));
        }
        s.id = expected;
        if (!content_json::text(o, QStringLiteral("title"), s.title) ||
            !content_json::text(o, QStringLiteral("helper"), s.helper)) {
            return bad(fileName, QStringLiteral("the step %1 needs a title and a helper").arg(expected));
        }
        if (o.contains(QStringLiteral("field"))) {
            const QString field = o.value(QStringLiteral("field")).toString();
            if (!fields.contains(field)) {
                return bad(fileName, QStringLiteral("the step %1 names an unknown field '%2'").arg(expected, field));
            }
            s.field = field;
        }
        s.title = translated(s.title);
        s.helper = translated(s.helper);
        guide.m_steps.push_back(s);
    }
    return guide;
}

} // namespace twofold::core
