// Prompts: theme consent and the prompt of the day (the rest is in Prompts.cpp).
#include "Clock.h"
#include "journal/Guard.h"
#include "journal/Journal.h"
#include "journal/JournalInternals.h"
#include "journal/PromptCodec.h"
#include "journal/PromptRows.h"
#include "journal/Prompts.h"
#include "journal/RowSignatures.h"
#include "journal/SealedValues.h"
#include "journal/WriteTransaction.h"
#include "prompts/PromptLibrary.h"
#include "prompts/PromptOfTheDay.h"
#include "storage/PromptDayStore.h"
#include "storage/Statement.h"
#include "storage/ThemeChoiceStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace twofold::core {

namespace {

ThemeChoice defaultChoice(const Theme& theme) {
    // Consent is built into the mechanics: themes about sex wait for each
    // partner's own yes.
    return theme.sensitive ? ThemeChoice::NotNow : ThemeChoice::Yes;
}

// Every theme with each partner's choice. Throws SqlError.
Result<std::vector<ThemeWithChoices>> loadChoices(Journal& journal, const PromptLibrary& library) {
    QHash<QPair<qint64, QString>, storage::ThemeChoiceRow> rows;
    for (storage::ThemeChoiceRow& row : storage::ThemeChoiceStore(internals(journal).database()).all()) {
        rows.insert(qMakePair(row.partnerId, row.theme), std::move(row));
    }
    // Whose each choice is: a consent must be its partner's own (issue 16).
    std::vector<SealedValue> values;
    collectThemeChoiceSealedValues(journal, values);
    const AuthorKeys keys(journal);
    QHash<qint64, Authorship> authorship;
    for (const SignedRow& signedRow : groupSignedRows(journal, values)) {
        authorship.insert(signedRow.rowId, checkRow(journal, keys, signedRow));
    }
    std::vector<ThemeWithChoices> themes;
    for (const Theme& theme : library.themes()) {
        ThemeWithChoices t;
        t.theme = theme;
        for (const Partner& partner : journal.partners()) {
            PartnerThemeChoice c;
            c.partnerId = partner.id;
            c.partnerName = partner.name;
            c.choice = defaultChoice(theme);
            const auto row = rows.constFind(qMakePair(internals(journal).partnerRowId(partner.id), theme.id));
            if (row != rows.constEnd()) {
                auto choice = prompt_codec::openChoice(journal, *row);
                if (!choice) {
                    return choice.error();
                }
                c.choice = *choice;
                c.isDefault = false;
                c.authorship = authorship.value(row->id, Authorship::Unverified);
                if (c.authorship == Authorship::Unverified) {
                    c.choice = ThemeChoice::NotNow;
                }
            }
            t.choices.push_back(c);
        }
        themes.push_back(std::move(t));
    }
    return themes;
}

} // namespace

Result<std::vector<ThemeWithChoices>> Prompts::themes() {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    return guarded([&]() { return loadChoices(m_journal, **library); });
}

Result<ThemeWithChoices> Prompts::choose(const QString& themeIdOrName, ThemeChoice choice) {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    const auto acting = m_journal.actingPartner();
    if (!acting) {
        return noActingPartnerError();
    }
    auto theme = prompt_rows::findTheme(**library, themeIdOrName);
    if (!theme) {
        return theme.error();
    }
    return guarded([&]() -> Result<ThemeWithChoices> {
        storage::ThemeChoiceStore store(internals(m_journal).database());
        const qint64 me = internals(m_journal).partnerRowId(acting->id);
        WriteTransaction transaction(m_journal);
        auto current = loadChoices(m_journal, **library);
        if (!current) {
            return current.error();
        }
        // Every one of the partner's theme rows is written afresh, with one
        // time, so the file does not tell which theme (say, desire) a partner
        // changed their mind about — only that they changed a choice.
        const qint64 now = Clock::nowMs();
        for (const ThemeWithChoices& t : *current) {
            ThemeChoice value = t.theme.id == theme->id ? choice : ThemeChoice::Yes;
            for (const PartnerThemeChoice& c : t.choices) {
                if (t.theme.id != theme->id && c.partnerId == acting->id) {
                    value = c.choice;
                }
            }
            auto row = store.find(me, t.theme.id);
            const bool exists = row.has_value();
            if (!exists) {
                row.emplace();
                row->uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
                row->partnerId = me;
                row->theme = t.theme.id;
            }
            row->updated = now;
            row->device = internals(m_journal).deviceId();
            row->choice = prompt_codec::sealChoice(m_journal, *row, value);
            if (exists) {
                store.update(*row);
            } else {
                store.insert(*row);
            }
            transaction.sign(QStringLiteral("theme_choice"), row->id);
        }
        transaction.record(Change{ChangeKind::ThemeChoice, ChangeAction::Updated, theme->id, acting->id});
        transaction.commit();
        auto all = loadChoices(m_journal, **library);
        if (!all) {
            return all.error();
        }
        for (ThemeWithChoices& t : *all) {
            if (t.theme.id == theme->id) {
                return std::move(t);
            }
        }
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("PromptChoices", "The theme %1 vanished.").arg(theme->id));
    });
}

Result<TodaysPrompt> Prompts::today() {
    auto library = ready();
    if (!library) {
        return library.error();
    }
    return guarded([&]() -> Result<TodaysPrompt> {
        auto choices = loadChoices(m_journal, **library);
        if (!choices) {
            return choices.error();
        }
        QSet<QString> open;
        for (const ThemeWithChoices& t : *choices) {
            if (t.chosenByAll()) {
                open.insert(t.theme.id);
            }
        }
        TodaysPrompt today;
        if (open.isEmpty()) {
            today.reason = QCoreApplication::translate(
                "PromptChoices", "There is no prompt for today: no theme has a yes from both partners yet.");
            return today;
        }
        auto loaded = prompt_rows::loadLive(m_journal, **library);
        if (!loaded) {
            return loaded.error();
        }
        const bool explicitOpen = open.contains(desireTheme());
        QHash<qint64, const prompt_rows::Loaded*> eligible;
        QHash<QString, const prompt_rows::Loaded*> byKey;
        for (const prompt_rows::Loaded& one : *loaded) {
            // A retired prompt stays for its answers but is never offered.
            if (open.contains(one.prompt.theme) && (!one.prompt.isExplicit || explicitOpen) && !one.prompt.retired) {
                eligible.insert(one.row.id, &one);
                byKey.insert(one.row.key, &one);
            }
        }
        if (eligible.isEmpty()) {
            today.reason = QCoreApplication::translate(
                "PromptChoices", "There is no prompt for today: the themes both partners said yes to have no "
                                 "prompts.");
            return today;
        }
        storage::PromptDayStore days(internals(m_journal).database());
        const QDate date = Clock::today();
        const QString day = date.toString(Qt::ISODate);
        // Stable for the day, as long as it is still eligible (a theme choice
        // may have changed since it was chosen).
        if (const auto stored = days.promptFor(day); stored && eligible.contains(*stored)) {
            today.prompt = eligible.value(*stored)->prompt;
            return today;
        }
        QHash<qint64, int> shown;
        for (const auto& [promptId, times] : days.timesShown(day)) {
            shown.insert(promptId, times);
        }
        std::vector<PromptCandidate> candidates;
        for (const prompt_rows::Loaded& one : *loaded) {
            if (eligible.contains(one.row.id)) {
                candidates.push_back(PromptCandidate{one.row.key, shown.value(one.row.id)});
            }
        }
        const QString chosen = choosePromptOfTheDay(candidates, m_journal.journalId(), date);
        const prompt_rows::Loaded* pick = byKey.value(chosen);
        storage::Transaction transaction(internals(m_journal).database());
        days.set(day, pick->row.id);
        transaction.commit();
        today.prompt = pick->prompt;
        return today;
    });
}

} // namespace twofold::core
