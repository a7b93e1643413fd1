// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/largealloc.h"

#include <cstdlib>
#include <map>
#include <mutex>

#if defined(__linux__)
#include <sys/mman.h>
#endif

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

void *freshBlock(std::size_t size)
{
    void *p = nullptr;
    const std::size_t align = size >= largeBlockThreshold ? largeBlockThreshold : 4096;
    if (posix_memalign(&p, align, size) != 0 || !p)
        throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    // Only advice: without huge pages (disabled, or none free) the block works as usual. The
    // kernel gives huge pages to the block's whole 2 MiB stretches, ordinary ones to its tail.
    if (size >= largeBlockThreshold)
        madvise(p, size, MADV_HUGEPAGE);
#endif
    return p;
}

} // namespace

void *largeAllocate(std::size_t bytes, std::size_t align)
{
    if (bytes < cachedFrom)
        return ::operator new(bytes, std::align_val_t(align));
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
    std::free(p);
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
        std::free(p);
    c.blocks.clear();
    c.bytes = 0;
}

} // namespace posko
