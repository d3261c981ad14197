#include "storage/WipingAllocator.h"

#include <sqlite3.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace twofold::core::storage {

namespace {

// Each block carries its size in front, so free knows how much to wipe; 16
// bytes keep the block as aligned as malloc's own (SQLite needs 8).
constexpr std::size_t kHeader = 16;

std::atomic<testing::ReleaseHook> g_releaseHook{nullptr};

unsigned char* headerOf(void* block) {
    return static_cast<unsigned char*>(block) - kHeader;
}

std::size_t sizeOf(void* block) {
    std::size_t size = 0;
    std::memcpy(&size, headerOf(block), sizeof size);
    return size;
}

void* wipingMalloc(int bytes) {
    if (bytes <= 0) {
        return nullptr;
    }
    const auto size = static_cast<std::size_t>(bytes);
    auto* raw = static_cast<unsigned char*>(std::malloc(size + kHeader));
    if (!raw) {
        return nullptr;
    }
    std::memcpy(raw, &size, sizeof size);
    return raw + kHeader;
}

void wipingFree(void* block) {
    if (!block) {
        return;
    }
    const std::size_t size = sizeOf(block);
    unsigned char* raw = headerOf(block);
    // explicit_bzero: a wipe the compiler may not drop as a dead store.
    explicit_bzero(raw, size + kHeader);
    if (const auto hook = g_releaseHook.load(std::memory_order_relaxed)) {
        hook(raw, size + kHeader);
        return;
    }
    std::free(raw);
}

// Never std::realloc: it may move the block and free the old one unwiped.
void* wipingRealloc(void* block, int bytes) {
    if (!block) {
        return wipingMalloc(bytes);
    }
    if (bytes <= 0) {
        wipingFree(block);
        return nullptr;
    }
    const std::size_t old = sizeOf(block);
    if (static_cast<std::size_t>(bytes) <= old) {
        return block;
    }
    void* moved = wipingMalloc(bytes);
    if (!moved) {
        return nullptr; // SQLite keeps the old block, as with realloc
    }
    std::memcpy(moved, block, old);
    wipingFree(block);
    return moved;
}

int wipingSize(void* block) {
    return block ? static_cast<int>(sizeOf(block)) : 0;
}

int wipingRoundup(int bytes) {
    return (bytes + 7) & ~7;
}

int wipingInit(void*) {
    return SQLITE_OK;
}

void wipingShutdown(void*) {}

const sqlite3_mem_methods kMethods = {wipingMalloc,  wipingFree, wipingRealloc,  wipingSize,
                                      wipingRoundup, wipingInit, wipingShutdown, nullptr};

} // namespace

bool installWipingAllocator() {
    static const bool installed = sqlite3_config(SQLITE_CONFIG_MALLOC, &kMethods) == SQLITE_OK;
    return installed;
}

namespace testing {
void setReleaseHook(ReleaseHook hook) {
    g_releaseHook.store(hook, std::memory_order_relaxed);
}
} // namespace testing

} // namespace twofold::core::storage
