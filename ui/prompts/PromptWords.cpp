#include "prompts/PromptWords.h"

#include "prompts/PromptLibrary.h"

#include <QCoreApplication>

namespace twofold::ui {

QString themeName(const QString& themeId) {
    if (auto library = core::PromptLibrary::builtin()) {
        if (const core::Theme* theme = (*library)->theme(themeId)) {
            return theme->name;
        }
    }
    return themeId;
}

QString depthName(core::Depth depth) {
    switch (depth) {
    case core::Depth::Light:
        return QCoreApplication::translate("PromptWords", "Light");
    case core::Depth::Deeper:
        return QCoreApplication::translate("PromptWords", "Deeper");
    case core::Depth::Deepest:
        return QCoreApplication::translate("PromptWords", "Deepest");
    }
    return {};
}

} // namespace twofold::ui
