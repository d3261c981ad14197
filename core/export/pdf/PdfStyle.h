#pragma once

#include "export/pdf/PdfBookOptions.h"

#include <QString>

namespace twofold::core::pdf {

// The page in PDF points (1/72 in), with book margins.
struct PageGeometry {
    double width = 595.28;
    double height = 841.89;
    double left = 72;
    double right = 72;
    double top = 78;    // the body starts here; the running header sits above
    double bottom = 74; // the body ends here; the page number sits below
    double textWidth() const { return width - left - right; }
    double bodyBottom() const { return height - bottom; }
};

inline PageGeometry pageGeometry(PdfPageSize size) {
    PageGeometry page;
    if (size == PdfPageSize::Letter) {
        page.width = 612;
        page.height = 792;
    }
    return page;
}

struct Rgb {
    double r = 0;
    double g = 0;
    double b = 0;
};

// "#rrggbb"; anything else is the ink colour.
Rgb parseColour(const QString& colour);

// The faces of the book. The first family of each list is the face people
// see; Pango falls back along the list (and then through fontconfig, which
// finds Noto Color Emoji) for other scripts, so Arabic, Hebrew, Chinese,
// Japanese and emoji all have a real glyph. Hebrew and Arabic come from
// DejaVu rather than Noto: with Noto's Naskh and Hebrew faces, poppler's
// text extraction breaks words apart at the faces' glyph positioning.
// The colour emoji face is never named in a list: Pango then takes it for
// digits and "#" too.
namespace style {
inline constexpr const char* kSerif = "Noto Serif, DejaVu Serif, DejaVu Sans, Noto Serif CJK SC, Noto Serif CJK JP";
inline constexpr const char* kSans = "Noto Sans, DejaVu Sans, Noto Sans CJK SC, Noto Sans CJK JP";
// Colour emoji are drawn as images, which carry no text; the same emoji are
// laid over them in this outline face, all but transparent, so that the
// PDF's text (search, copy, pdftotext) still holds them.
inline constexpr const char* kEmojiTextFace = "Symbola";
inline constexpr const char* kColourEmojiFamily = "Noto Color Emoji";

inline constexpr double kBodySize = 10.5;
inline constexpr double kLineSpacing = 1.22;
inline constexpr Rgb kInk{0.169, 0.165, 0.157};         // #2b2a28, the app's ink
inline constexpr Rgb kSecondary{0.42, 0.40, 0.38};      // captions, running heads
inline constexpr Rgb kHairline{0.80, 0.78, 0.75};       // rules, chart grid
inline constexpr Rgb kPrivate{0.420, 0.298, 0.541};     // #6b4c8a, "Only you"
inline constexpr Rgb kPrivateTint{0.949, 0.925, 0.969}; // #f2ecf7
} // namespace style

} // namespace twofold::core::pdf
