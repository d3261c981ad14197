#pragma once

#include <QColor>
#include <QIcon>
#include <QRectF>

class QPainter;

namespace twofold::ui {

// The few symbols Twofold needs, drawn with QPainter so they are crisp at
// any scale and never depend on an emoji font being installed.
void paintMoodFace(QPainter& painter, const QRectF& rect, int mood, const QColor& ink);
void paintLock(QPainter& painter, const QRectF& rect, const QColor& ink);

QIcon moodIcon(int mood, const QColor& ink);
QIcon lockIcon(const QColor& ink);
QIcon dotIcon(const QColor& colour);

} // namespace twofold::ui
