// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/largealloc.h"

#include "catch.h"

#include <QtGlobal>
#include <cstdint>
#include <numeric>

using namespace posko;

TEST_CASE("large blocks: a freed block is handed to the next request of its size class")
{
    largeTrim();
    CHECK(largeCachedBytes() == 0);
    const void *first = nullptr;
    {
        LargeVector<quint64> v(300000); // 2.4 MB
        std::iota(v.begin(), v.end(), quint64(7));
        first = v.data();
        CHECK(reinterpret_cast<std::uintptr_t>(v.data()) % 64 == 0); // a cache line
        CHECK(v[299999] == 300006);
    }
    CHECK(largeCachedBytes() >= 300000 * sizeof(quint64));
    CHECK(largeCachedBytes() <= 300000 * sizeof(quint64) * 5 / 4); // at most a quarter more
    {
        // A little smaller: the same size class, the same block, and the contents start afresh.
        LargeVector<quint64> v(290000);
        CHECK(static_cast<const void *>(v.data()) == first);
        CHECK(v[0] == 0);
        CHECK(v[289999] == 0);
        CHECK(largeCachedBytes() == 0);
    }
    // Another size class gets a block of its own.
    LargeVector<quint32> other(1000000);
    CHECK(static_cast<const void *>(other.data()) != first);
    largeTrim();
    CHECK(largeCachedBytes() == 0);
}

TEST_CASE("large blocks: small ones are not kept and the kept ones are capped")
{
    largeTrim();
    {
        LargeVector<char> small(1000);
        small[999] = 'x';
        CHECK(small[999] == 'x');
    }
    CHECK(largeCachedBytes() == 0);
    {
        // 20 blocks of 8 MiB freed at once: only up to the cap (128 MiB) is kept.
        std::vector<LargeVector<char>> blocks;
        for (int i = 0; i < 20; ++i)
            blocks.emplace_back(std::size_t(8) << 20, char(i));
        CHECK(blocks[19][(std::size_t(8) << 20) - 1] == char(19));
    }
    CHECK(largeCachedBytes() > 0);
    CHECK(largeCachedBytes() <= std::size_t(128) << 20);
    largeTrim();
    CHECK(largeCachedBytes() == 0);
}
