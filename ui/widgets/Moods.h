#pragma once

#include <QString>

namespace twofold::ui {

// Moods 1..5 in words (what screen readers say; faces are drawn by Icons).
QString moodName(int mood);

} // namespace twofold::ui
