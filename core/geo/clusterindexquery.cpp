// SPDX-License-Identifier: GPL-3.0-or-later
// The read side of ClusterIndex: painting queries, exact counts, selection and cluster clicks.
#include "core/geo/clusterindex.h"
#include "core/geo/morton.h"

#include <algorithm>
#include <bit>

namespace posko {

using morton::fixedEnd;
using morton::fixedScale;

// Where the results of a visit go: items (queries), totals (summarize) or ids (pointsIn).
struct ClusterIndex::Sink
{
    enum class Mode
    {
        Items,
        Summary,
        Ids
    };
    Mode mode = Mode::Items;
    bool pointsOnly = false; // above maxClusterZoom: whole cells are listed point by point
    std::vector<ClusterItem> *items = nullptr;
    ClusterSummary *summary = nullptr;
    std::vector<qint64> *ids = nullptr;
};

ClusterItem ClusterIndex::itemOf(int level, quint64 key, const Cell &c) const
{
    ClusterItem it;
    it.x = double(c.sumX) / c.count / fixedScale;
    it.y = double(c.sumY) / c.count / fixedScale;
    it.id = c.count == 1 ? qint64(c.idSum) : 0;
    it.cell = key;
    it.count = c.count;
    it.level = level;
    it.squads = c.squads;
    it.sla = c.sla;
    return it;
}

ClusterItem ClusterIndex::pointItem(quint32 i) const
{
    ClusterItem it;
    it.x = m_x[i] / fixedScale;
    it.y = m_y[i] / fixedScale;
    it.id = m_ids[i];
    it.count = 1;
    it.level = pointLevel();
    it.squads[m_squad[i]] = 1;
    it.sla[m_sla[i]] = 1;
    return it;
}

template <typename F> void ClusterIndex::forCellsIn(int level, const Range &r, F &&f) const
{
    const FlatHashMap<Cell> &map = m_levels[std::size_t(level)];
    const FlatHashMap<OccupancyTile> &tiles = m_occupancy[std::size_t(level)];
    if (r.x1 <= r.x0 || r.y1 <= r.y0 || map.size() == 0)
        return;
    const quint64 s = cellSize(level);
    const quint64 cx0 = r.x0 / s, cx1 = (r.x1 - 1) / s;
    const quint64 cy0 = r.y0 / s, cy1 = (r.y1 - 1) / s;
    const quint64 tx0 = cx0 >> 6, tx1 = cx1 >> 6, ty0 = cy0 >> 6, ty1 = cy1 >> 6;
    // Only occupied cells are looked up: their bits are found a 64-cell row at a time.
    const auto visitTile = [&](quint64 tx, quint64 ty, const OccupancyTile &t) {
        const quint64 lo = std::max(cx0, tx << 6) - (tx << 6);
        const quint64 hi = std::min(cx1, (tx << 6) + 63) - (tx << 6);
        const quint64 mask =
            (hi == 63 ? ~quint64(0) : (quint64(1) << (hi + 1)) - 1) & ~((quint64(1) << lo) - 1);
        const quint64 rowEnd = std::min(cy1, (ty << 6) + 63);
        for (quint64 cy = std::max(cy0, ty << 6); cy <= rowEnd; ++cy) {
            quint64 bits = t.rows[cy & 63] & mask;
            if (!bits)
                continue;
            const quint64 ky = morton::spread(cy) << 1;
            for (; bits; bits &= bits - 1) {
                const quint64 key =
                    morton::spread((tx << 6) + quint64(std::countr_zero(bits))) | ky;
                f(key, *map.find(key));
            }
        }
    };
    if ((tx1 - tx0 + 1) * (ty1 - ty0 + 1) >= quint64(tiles.size())) {
        // Fewer occupied blocks than blocks in range (low zoom, huge rectangles): scan them.
        const auto &keys = tiles.keys();
        const auto &values = tiles.values();
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const quint64 tx = morton::column(keys[i]), ty = morton::row(keys[i]);
            if (tx >= tx0 && tx <= tx1 && ty >= ty0 && ty <= ty1)
                visitTile(tx, ty, values[i]);
        }
        return;
    }
    for (quint64 ty = ty0; ty <= ty1; ++ty) {
        for (quint64 tx = tx0; tx <= tx1; ++tx) {
            if (const OccupancyTile *t = tiles.find(morton::encode(tx, ty)))
                visitTile(tx, ty, *t);
        }
    }
}

int ClusterIndex::classify(int level, quint64 key, const Range &r) const
{
    const quint64 s = cellSize(level);
    const quint64 x0 = morton::column(key) * s, y0 = morton::row(key) * s;
    const quint64 x1 = std::min(x0 + s, fixedEnd), y1 = std::min(y0 + s, fixedEnd);
    if (x1 <= r.x0 || x0 >= r.x1 || y1 <= r.y0 || y0 >= r.y1)
        return -1;
    return (x0 >= r.x0 && x1 <= r.x1 && y0 >= r.y0 && y1 <= r.y1) ? 1 : 0;
}

template <typename F> void ClusterIndex::forPointsOfLeaf(const Cell &leaf, F &&f) const
{
    for (qint32 i = leaf.head; i >= 0; i = m_next[std::size_t(i)])
        f(quint32(i));
}

void ClusterIndex::emitPoint(quint32 i, Sink &sink) const
{
    switch (sink.mode) {
    case Sink::Mode::Items:
        sink.items->push_back(pointItem(i));
        break;
    case Sink::Mode::Summary:
        ++sink.summary->count;
        ++sink.summary->squads[m_squad[i]];
        ++sink.summary->sla[m_sla[i]];
        break;
    case Sink::Mode::Ids:
        sink.ids->push_back(m_ids[i]);
        break;
    }
}

void ClusterIndex::emitWhole(int level, quint64 key, const Cell &c, Sink &sink) const
{
    if (sink.mode == Sink::Mode::Summary) {
        sink.summary->count += c.count;
        for (int s = 0; s < squadCount; ++s)
            sink.summary->squads[std::size_t(s)] += c.squads[std::size_t(s)];
        for (int s = 0; s < slaCount; ++s)
            sink.summary->sla[std::size_t(s)] += c.sla[std::size_t(s)];
        return;
    }
    if (sink.mode == Sink::Mode::Items && !sink.pointsOnly) {
        sink.items->push_back(itemOf(level, key, c));
        return;
    }
    // Every point below: walk down to the finest level's lists.
    if (level == m_leaf) {
        forPointsOfLeaf(c, [&](quint32 i) { emitPoint(i, sink); });
        return;
    }
    const FlatHashMap<Cell> &below = m_levels[std::size_t(level) + 1];
    for (quint64 q = 0; q < 4; ++q) {
        if (const Cell *child = below.find((key << 2) | q))
            emitWhole(level + 1, (key << 2) | q, *child, sink);
    }
}

void ClusterIndex::descend(int level, quint64 key, const Cell &c, const Range &r, Sink &sink) const
{
    const int where = classify(level, key, r);
    if (where < 0)
        return;
    if (where > 0) {
        emitWhole(level, key, c, sink);
        return;
    }
    if (level == m_leaf) {
        forPointsOfLeaf(c, [&](quint32 i) {
            if (m_x[i] >= r.x0 && m_x[i] < r.x1 && m_y[i] >= r.y0 && m_y[i] < r.y1)
                emitPoint(i, sink);
        });
        return;
    }
    const FlatHashMap<Cell> &below = m_levels[std::size_t(level) + 1];
    for (quint64 q = 0; q < 4; ++q) {
        if (const Cell *child = below.find((key << 2) | q))
            descend(level + 1, (key << 2) | q, *child, r, sink);
    }
}

void ClusterIndex::visitExact(const Range &r, int level, Sink &sink) const
{
    if (level > m_leaf) {
        sink.pointsOnly = true;
        level = m_leaf;
    }
    forCellsIn(level, r, [&](quint64 key, const Cell &c) { descend(level, key, c, r, sink); });
}

void ClusterIndex::query(const WorldRect &r, double zoom, std::vector<ClusterItem> &out) const
{
    const int level = levelForZoom(zoom);
    const Range range = rangeOf(r);
    if (level > m_leaf) {
        // Individual points: the finest level's cells in range, each point written in place
        // (a whole cell without a bounds test per point).
        forCellsIn(m_leaf, range, [&](quint64 key, const Cell &c) {
            const int where = classify(m_leaf, key, range);
            if (where < 0)
                return;
            for (qint32 j = c.head; j >= 0; j = m_next[std::size_t(j)]) {
                const auto i = std::size_t(j);
                if (where == 0 && !(m_x[i] >= range.x0 && m_x[i] < range.x1 && m_y[i] >= range.y0 &&
                                    m_y[i] < range.y1))
                    continue;
                ClusterItem &it = out.emplace_back();
                it.x = m_x[i] / fixedScale;
                it.y = m_y[i] / fixedScale;
                it.id = m_ids[i];
                it.count = 1;
                it.level = m_leaf + 1;
                it.squads[m_squad[i]] = 1;
                it.sla[m_sla[i]] = 1;
            }
        });
        return;
    }
    forCellsIn(level, range,
               [&](quint64 key, const Cell &c) { out.push_back(itemOf(level, key, c)); });
}

std::vector<ClusterItem> ClusterIndex::query(const WorldRect &r, double zoom) const
{
    std::vector<ClusterItem> out;
    query(r, zoom, out);
    return out;
}

void ClusterIndex::queryExact(const WorldRect &r, double zoom, std::vector<ClusterItem> &out) const
{
    Sink sink{Sink::Mode::Items, false, &out, nullptr, nullptr};
    visitExact(rangeOf(r), levelForZoom(zoom), sink);
}

std::vector<ClusterItem> ClusterIndex::queryExact(const WorldRect &r, double zoom) const
{
    std::vector<ClusterItem> out;
    queryExact(r, zoom, out);
    return out;
}

ClusterSummary ClusterIndex::summarize(const WorldRect &r) const
{
    ClusterSummary s;
    Sink sink{Sink::Mode::Summary, false, nullptr, &s, nullptr};
    visitExact(rangeOf(r), 0, sink);
    return s;
}

void ClusterIndex::pointsIn(const WorldRect &r, std::vector<qint64> &ids) const
{
    Sink sink{Sink::Mode::Ids, true, nullptr, nullptr, &ids};
    visitExact(rangeOf(r), 0, sink);
}

std::vector<ClusterItem> ClusterIndex::children(const ClusterItem &cluster) const
{
    std::vector<ClusterItem> out;
    if (cluster.level < 0 || cluster.level > m_leaf)
        return out;
    const FlatHashMap<Cell> &map = m_levels[std::size_t(cluster.level)];
    const Cell *c = map.find(cluster.cell);
    if (!c)
        return out;
    if (cluster.level == m_leaf) {
        forPointsOfLeaf(*c, [&](quint32 i) { out.push_back(pointItem(i)); });
        return out;
    }
    const FlatHashMap<Cell> &below = m_levels[std::size_t(cluster.level) + 1];
    for (quint64 q = 0; q < 4; ++q) {
        const quint64 key = (cluster.cell << 2) | q;
        if (const Cell *child = below.find(key))
            out.push_back(itemOf(cluster.level + 1, key, *child));
    }
    return out;
}

int ClusterIndex::expansionZoom(const ClusterItem &cluster) const
{
    if (cluster.count <= 1 || cluster.level < 0 || cluster.level > m_leaf)
        return cluster.level;
    quint64 key = cluster.cell;
    for (int level = cluster.level; level < m_leaf; ++level) {
        const FlatHashMap<Cell> &below = m_levels[std::size_t(level) + 1];
        int found = 0;
        quint64 only = 0;
        for (quint64 q = 0; q < 4; ++q) {
            if (below.find((key << 2) | q)) {
                ++found;
                only = (key << 2) | q;
            }
        }
        if (found != 1)
            return level + 1;
        key = only;
    }
    return pointLevel();
}

WorldRect ClusterIndex::cellBounds(int level, quint64 cell) const
{
    level = std::clamp(level, 0, m_leaf);
    const quint64 s = cellSize(level);
    const quint64 x0 = morton::column(cell) * s, y0 = morton::row(cell) * s;
    return {x0 / fixedScale, y0 / fixedScale, std::min(x0 + s, fixedEnd) / fixedScale,
            std::min(y0 + s, fixedEnd) / fixedScale};
}

qsizetype ClusterIndex::memoryBytes() const
{
    qsizetype bytes =
        qsizetype(m_ids.capacity() * sizeof(qint64) +
                  (m_x.capacity() + m_y.capacity()) * sizeof(quint32) + m_squad.capacity() +
                  m_sla.capacity() + (m_next.capacity() + m_prev.capacity()) * sizeof(qint32));
    bytes += m_idIndex.memoryBytes();
    for (const auto &l : m_levels)
        bytes += l.memoryBytes();
    for (const auto &o : m_occupancy)
        bytes += o.memoryBytes();
    return bytes;
}

} // namespace posko
