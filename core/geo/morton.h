// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace posko::morton {

// Morton (Z-order) interleaving of a cell's column (even bits) and row (odd bits). Sorting by
// it keeps every cell of every level contiguous, and a cell's parent is simply key >> 2.
inline quint64 spread(quint64 v)
{
    v &= 0xffffffffULL;
    v = (v | (v << 16)) & 0x0000ffff0000ffffULL;
    v = (v | (v << 8)) & 0x00ff00ff00ff00ffULL;
    v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | (v << 2)) & 0x3333333333333333ULL;
    v = (v | (v << 1)) & 0x5555555555555555ULL;
    return v;
}

inline quint64 compact(quint64 v)
{
    v &= 0x5555555555555555ULL;
    v = (v | (v >> 1)) & 0x3333333333333333ULL;
    v = (v | (v >> 2)) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | (v >> 4)) & 0x00ff00ff00ff00ffULL;
    v = (v | (v >> 8)) & 0x0000ffff0000ffffULL;
    v = (v | (v >> 16)) & 0x00000000ffffffffULL;
    return v;
}

inline quint64 encode(quint64 column, quint64 row)
{
    return spread(column) | (spread(row) << 1);
}
inline quint64 column(quint64 key)
{
    return compact(key);
}
inline quint64 row(quint64 key)
{
    return compact(key >> 1);
}

// 2^32: normalized world coordinate -> the index's 32-bit fixed point.
constexpr double fixedScale = 4294967296.0;
constexpr quint64 fixedEnd = quint64(1) << 32;

} // namespace posko::morton
