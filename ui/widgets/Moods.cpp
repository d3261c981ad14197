#include "widgets/Moods.h"

#include <QCoreApplication>

namespace twofold::ui {

QString moodName(int mood) {
    switch (mood) {
    case 1:
        return QCoreApplication::translate("Moods", "Very low");
    case 2:
        return QCoreApplication::translate("Moods", "Low");
    case 3:
        return QCoreApplication::translate("Moods", "Okay");
    case 4:
        return QCoreApplication::translate("Moods", "Good");
    case 5:
        return QCoreApplication::translate("Moods", "Very good");
    default:
        return QCoreApplication::translate("Moods", "No mood");
    }
}

} // namespace twofold::ui
