#include "journal/PromptRows.h"

#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "prompts/PromptLibrary.h"

#include <QCoreApplication>
#include <QHash>

namespace twofold::core::prompt_rows {

namespace {

Result<Loaded> open(Journal& journal, const PromptLibrary& library, storage::PromptRow row) {
    Loaded loaded;
    if (row.builtin) {
        loaded.prompt = *library.prompt(row.key);
    } else {
        Prompt& p = loaded.prompt;
        p.id = row.key;
        p.theme = row.theme;
        p.depth = depthFromString(row.depth).value_or(Depth::Deeper);
        p.custom = true;
        if (row.authorId) {
            p.authorId = internals(journal).partnerIdForRow(*row.authorId);
            if (const auto author = journal.findPartner(p.authorId)) {
                p.authorName = author->name;
            }
        }
        if (row.importedBy) {
            if (const auto importer = journal.findPartner(internals(journal).partnerIdForRow(*row.importedBy))) {
                p.importedByName = importer->name;
            }
        }
        auto text = prompt_codec::openPromptText(journal, row);
        if (!text) {
            return text.error();
        }
        p.text = *text;
    }
    loaded.row = std::move(row);
    return loaded;
}

bool known(const PromptLibrary& library, const storage::PromptRow& row) {
    return !row.builtin || library.prompt(row.key) != nullptr;
}

} // namespace

Result<std::vector<Loaded>> loadLive(Journal& journal, const PromptLibrary& library) {
    std::vector<storage::PromptRow> rows = storage::PromptStore(internals(journal).database()).all();
    QHash<QString, size_t> builtinRow;
    for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].builtin) {
            builtinRow.insert(rows[i].key, i);
        }
    }
    std::vector<Loaded> loaded;
    const auto take = [&](storage::PromptRow& row) -> Result<void> {
        if (row.deletedAt || !known(library, row)) {
            return {};
        }
        auto one = open(journal, library, std::move(row));
        if (!one) {
            return one.error();
        }
        loaded.push_back(std::move(*one));
        return {};
    };
    for (const Prompt& p : library.prompts()) {
        const auto index = builtinRow.constFind(p.id);
        if (index != builtinRow.constEnd()) {
            if (auto taken = take(rows[*index]); !taken) {
                return taken.error();
            }
        }
    }
    for (storage::PromptRow& row : rows) {
        if (!row.builtin) {
            if (auto taken = take(row); !taken) {
                return taken.error();
            }
        }
    }
    return loaded;
}

Result<Loaded> find(Journal& journal, const PromptLibrary& library, const QString& id) {
    auto row = storage::PromptStore(internals(journal).database()).byKey(id.trimmed());
    if (!row || row->deletedAt || !known(library, *row)) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("PromptRows", "There is no prompt with id %1.").arg(id));
    }
    return open(journal, library, std::move(*row));
}

Result<Theme> findTheme(const PromptLibrary& library, const QString& idOrName) {
    const Theme* theme = library.theme(idOrName);
    if (!theme) {
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("PromptRows", "There is no theme called %1.").arg(idOrName));
    }
    return *theme;
}

} // namespace twofold::core::prompt_rows
