#pragma once

namespace twofold::ui {

// The places of the sidebar (UX.md). Pages that are not places — the
// editor, the reader, search results — belong to the place they were
// opened from.
enum class Place { Today, Journal, CheckIn, Prompts, Trends, Trash };

} // namespace twofold::ui
