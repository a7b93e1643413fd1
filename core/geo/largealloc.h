// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <new>
#include <vector>

namespace posko {

// Memory for the map index's big arrays (columns, hash tables, build scratch: tens of MB at a
// million reports), where the first touch of a page costs: ~10 us a 4 KiB page on the
// development VM (the host backs guest memory on first use), most of a first build's time.
// Blocks of 64 KiB or more freed by one build are kept (up to 128 MiB in all, about what a
// rebuild at a million reports frees) and handed to the next build asking for the same size
// class, already mapped: the index is rebuilt after every filter change and sync batch, with
// arrays of much the same sizes. The process keeps that memory (largeTrim() returns it).
// Smaller blocks come from operator new as usual.
void *largeAllocate(std::size_t bytes, std::size_t align);
void largeFree(void *p, std::size_t bytes, std::size_t align) noexcept;
// Bytes of freed blocks kept for reuse, and giving them back to the system.
std::size_t largeCachedBytes();
void largeTrim() noexcept;

template <typename T> struct LargeAllocator
{
    using value_type = T;
    LargeAllocator() noexcept = default;
    template <typename U> LargeAllocator(const LargeAllocator<U> &) noexcept {}
    T *allocate(std::size_t n)
    {
        if (n > std::size_t(-1) / sizeof(T))
            throw std::bad_array_new_length();
        return static_cast<T *>(largeAllocate(n * sizeof(T), alignof(T)));
    }
    void deallocate(T *p, std::size_t n) noexcept { largeFree(p, n * sizeof(T), alignof(T)); }
    template <typename U> bool operator==(const LargeAllocator<U> &) const noexcept { return true; }
};

template <typename T> using LargeVector = std::vector<T, LargeAllocator<T>>;

} // namespace posko
