#include "prompts/PromptOfTheDay.h"

#include <QCryptographicHash>

namespace twofold::core {

QString choosePromptOfTheDay(const std::vector<PromptCandidate>& candidates, const QString& journalId,
                             const QDate& day) {
    const QString dayText = day.toString(Qt::ISODate);
    const PromptCandidate* best = nullptr;
    QByteArray bestHash;
    for (const PromptCandidate& c : candidates) {
        if (best && c.timesShown > best->timesShown) {
            continue;
        }
        const QByteArray hash = QCryptographicHash::hash(
            (journalId + QLatin1Char('|') + dayText + QLatin1Char('|') + c.key).toUtf8(), QCryptographicHash::Sha256);
        if (!best || c.timesShown < best->timesShown || hash < bestHash || (hash == bestHash && c.key < best->key)) {
            best = &c;
            bestHash = hash;
        }
    }
    return best ? best->key : QString();
}

} // namespace twofold::core
