#pragma once

#include <QString>

namespace twofold::core {

struct Partner {
    QString id; // UUID
    QString name;
    QString colour;           // "#rrggbb"
    int position = 0;         // 0 or 1: the order partners were named at creation
    bool isProtected = false; // has a passphrase
};

} // namespace twofold::core
