#pragma once

#include <cstddef>

namespace twofold::core::storage {

// SQLite's own memory (page cache, the in-memory search index, statement
// buffers) holds plaintext while the journal is unlocked. SQLite frees it
// without wiping, so the words of a locked journal would stay readable in
// the process's free memory until reused. The allocator installed here
// overwrites every block with zeros when SQLite frees or moves it.
//
// Installs it once per process; must run before SQLite's first use (Database
// calls it before every open). Returns whether it is in place: false only if
// something initialised SQLite earlier, in which case SQLite's default
// allocator stays (nothing else changes).
bool installWipingAllocator();

namespace testing {
// Called with every block the allocator has just wiped, instead of freeing
// it; the hook must free it with std::free. Null restores the normal path.
// For tests that look at what SQLite's freed memory still holds.
using ReleaseHook = void (*)(void* block, std::size_t size);
void setReleaseHook(ReleaseHook hook);
} // namespace testing

} // namespace twofold::core::storage
