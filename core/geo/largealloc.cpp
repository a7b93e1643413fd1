// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/largealloc.h"

#include <map>
#include <mutex>

namespace posko {

namespace {

// Blocks from this size on are kept for reuse when freed, up to cacheCap bytes in all.
constexpr std::size_t cachedFrom = std::size_t(64) << 10;
constexpr std::size_t cacheCap = std::size_t(128) << 20;

// Size classes: four steps per power of two (at most a quarter more than asked for), so a
// block freed by one build fits the same array of the next build of a similar size.
std::size_t sizeClass(std::size_t bytes)
{
    std::size_t power = cachedFrom;
    while (power * 2 < bytes)
        power *= 2;
    const std::size_t step = power / 4;
    return (bytes + step - 1) / step * step;
}

struct Cache
{
    std::mutex mutex;
    std::multimap<std::size_t, void *> blocks; // size class -> block
    std::size_t bytes = 0;
};

Cache &cache()
{
    static Cache *c = new Cache; // never destroyed: blocks may be freed during static teardown
    return *c;
}

// Every kept block has this alignment, whatever type asked for it (none needs more).
constexpr std::align_val_t blockAlign{64};

void *freshBlock(std::size_t size)
{
    // No MADV_HUGEPAGE: huge pages made the first touch of a block cheap, but with them every
    // full benchmark run had a frame of 9-16 ms (CPU time, no page fault), and with huge
    // pages switched off none had a frame over 6 ms (docs/benchmarks.md, 2026-11-29).
    return ::operator new(size, blockAlign);
}

} // namespace

void *largeAllocate(std::size_t bytes, std::size_t align)
{
    if (bytes < cachedFrom)
        return ::operator new(bytes, std::align_val_t(align));
    if (align > std::size_t(blockAlign))
        throw std::bad_alloc(); // no type of the index asks for more
    const std::size_t size = sizeClass(bytes);
    {
        Cache &c = cache();
        const std::lock_guard lock(c.mutex);
        const auto it = c.blocks.find(size);
        if (it != c.blocks.end()) {
            void *p = it->second;
            c.blocks.erase(it);
            c.bytes -= size;
            return p;
        }
    }
    return freshBlock(size);
}

void largeFree(void *p, std::size_t bytes, std::size_t align) noexcept
{
    if (!p)
        return;
    if (bytes < cachedFrom) {
        ::operator delete(p, std::align_val_t(align));
        return;
    }
    const std::size_t size = sizeClass(bytes);
    {
        Cache &c = cache();
        const std::lock_guard lock(c.mutex);
        if (c.bytes + size <= cacheCap) {
            try {
                c.blocks.emplace(size, p);
                c.bytes += size;
                return;
            } catch (...) { // no memory for the map's node: free the block instead
            }
        }
    }
    ::operator delete(p, blockAlign);
}

std::size_t largeCachedBytes()
{
    Cache &c = cache();
    const std::lock_guard lock(c.mutex);
    return c.bytes;
}

void largeTrim() noexcept
{
    Cache &c = cache();
    const std::lock_guard lock(c.mutex);
    for (const auto &[size, p] : c.blocks)
        ::operator delete(p, blockAlign);
    c.blocks.clear();
    c.bytes = 0;
}

} // namespace posko
