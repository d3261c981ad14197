#pragma once

#include <QString>

namespace twofold::ui {

// Moods 1..5 as a face and as words (the words are what screen readers say).
QString moodFace(int mood);
QString moodName(int mood);

} // namespace twofold::ui
