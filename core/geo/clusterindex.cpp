// SPDX-License-Identifier: GPL-3.0-or-later
// The write side of ClusterIndex: bulk build and incremental updates (queries in
// clusterindexquery.cpp).
#include "core/geo/clusterindex.h"
#include "core/geo/morton.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace posko {

using morton::fixedEnd;
using morton::fixedScale;

namespace {
template <typename C> void merge(C &into, const C &c)
{
    into.count += c.count;
    into.sumX += c.sumX;
    into.sumY += c.sumY;
    into.idSum += c.idSum;
    for (std::size_t s = 0; s < into.squads.size(); ++s)
        into.squads[s] += c.squads[s];
    for (std::size_t s = 0; s < into.sla.size(); ++s)
        into.sla[s] += c.sla[s];
}

quint8 validSquad(int s)
{
    return quint8(s >= 0 && s < ClusterIndex::squadCount ? s : ClusterIndex::unassignedSquad);
}

quint8 validSla(int s)
{
    return quint8(s >= 0 && s < ClusterIndex::slaCount ? s : 0);
}

// LSD radix sort of (key, payload) pairs, 11 bits a pass; passes whose digit is the same for
// every key are skipped (the regency occupies a tiny corner of the world's key space).
void radixSort(LargeVector<quint64> &keys, LargeVector<quint32> &payload, int keyBits)
{
    constexpr int digitBits = 11;
    constexpr std::size_t buckets = std::size_t(1) << digitBits;
    const std::size_t n = keys.size();
    LargeVector<quint64> k2(n);
    LargeVector<quint32> p2(n);
    std::vector<std::size_t> count(buckets);
    for (int shift = 0; shift < keyBits; shift += digitBits) {
        std::fill(count.begin(), count.end(), 0);
        for (quint64 k : keys)
            ++count[(k >> shift) & (buckets - 1)];
        if (std::find(count.begin(), count.end(), n) != count.end())
            continue;
        std::size_t sum = 0;
        for (std::size_t &c : count)
            sum += std::exchange(c, sum);
        for (std::size_t i = 0; i < n; ++i) {
            const std::size_t to = count[(keys[i] >> shift) & (buckets - 1)]++;
            k2[to] = keys[i];
            p2[to] = payload[i];
        }
        keys.swap(k2);
        payload.swap(p2);
    }
}
// How many runs of equal keys >> shift a sorted key list has: the cells of the level it makes.
qsizetype runs(const LargeVector<quint64> &keys, int shift)
{
    qsizetype n = 0;
    for (std::size_t i = 0; i < keys.size(); ++i)
        n += i == 0 || (keys[i] >> shift) != (keys[i - 1] >> shift) ? 1 : 0;
    return n;
}
} // namespace

void ClusterIndex::addPoint(Cell &c, quint32 i) const
{
    ++c.count;
    c.sumX += m_x[i];
    c.sumY += m_y[i];
    c.idSum += quint64(m_ids[i]);
    ++c.squads[m_squad[i]];
    ++c.sla[m_sla[i]];
}

ClusterIndex::ClusterIndex(Options options)
    : m_radius(std::clamp(options.radiusPx, 8, 512)),
      m_leaf(std::clamp(options.maxClusterZoom, 0, 20))
{
    m_levels.resize(std::size_t(m_leaf) + 1);
    m_occupancy.resize(std::size_t(m_leaf) + 1);
}

quint32 ClusterIndex::toFixed(double v)
{
    if (!(v > 0)) // also NaN
        return 0;
    if (v >= 1)
        return 0xffffffffu;
    return quint32(std::floor(v * fixedScale));
}

double ClusterIndex::quantize(double v)
{
    return toFixed(v) / fixedScale;
}

ClusterIndex::Range ClusterIndex::rangeOf(const WorldRect &r)
{
    // x >= minX  <=>  X >= ceil(minX * 2^32) for integer X; the same holds for x < maxX.
    // Scaling by 2^32 is exact, so this agrees bit for bit with comparing quantize(x).
    const auto bound = [](double v) -> quint64 {
        if (!(v > 0))
            return 0;
        if (v >= 1)
            return fixedEnd;
        return quint64(std::ceil(v * fixedScale));
    };
    return {bound(r.minX), bound(r.minY), bound(r.maxX), bound(r.maxY)};
}

quint64 ClusterIndex::leafKey(quint32 i) const
{
    const quint64 s = cellSize(m_leaf);
    return morton::encode(m_x[i] / s, m_y[i] / s);
}

int ClusterIndex::levelForZoom(double zoom) const
{
    if (!(zoom > 0))
        return 0;
    if (zoom >= pointLevel())
        return pointLevel();
    return int(std::floor(zoom));
}

quint32 ClusterIndex::indexOf(qint64 id) const
{
    return m_idIndex.find(quint64(id), [this](quint32 p) { return quint64(m_ids[p]); });
}

bool ClusterIndex::contains(qint64 id) const
{
    return indexOf(id) != SlotTable::none;
}

std::optional<ClusterPoint> ClusterIndex::point(qint64 id) const
{
    const quint32 i = indexOf(id);
    if (i == SlotTable::none)
        return std::nullopt;
    return ClusterPoint{id, m_x[i] / fixedScale, m_y[i] / fixedScale, m_squad[i], m_sla[i]};
}

void ClusterIndex::clear()
{
    for (auto *v : {&m_x, &m_y})
        *v = {};
    m_ids = {};
    m_squad = {};
    m_sla = {};
    m_next = {};
    m_prev = {};
    m_idIndex.clear();
    for (auto &l : m_levels)
        l.clear();
    for (auto &o : m_occupancy)
        o.clear();
}

void ClusterIndex::markCell(int level, quint64 key, bool occupied)
{
    const quint64 cx = morton::column(key), cy = morton::row(key);
    FlatHashMap<OccupancyTile> &tiles = m_occupancy[std::size_t(level)];
    const quint64 tileKey = morton::encode(cx >> 6, cy >> 6);
    const quint64 bit = quint64(1) << (cx & 63);
    if (occupied) {
        OccupancyTile &t = tiles[tileKey];
        quint64 &row = t.rows[cy & 63];
        if (!(row & bit)) {
            row |= bit;
            ++t.cells;
        }
        return;
    }
    OccupancyTile *t = tiles.find(tileKey);
    if (!t || !(t->rows[cy & 63] & bit))
        return;
    t->rows[cy & 63] &= ~bit;
    if (--t->cells == 0)
        tiles.erase(tileKey);
}

bool ClusterIndex::build(std::span<const ClusterPoint> points)
{
    clear();
    if (points.size() >= std::size_t(std::numeric_limits<qint32>::max()))
        return false;
    const auto n = quint32(points.size());
    const quint64 leafSize = cellSize(m_leaf);
    LargeVector<quint64> keys(n);
    LargeVector<quint32> order(n);
    for (quint32 i = 0; i < n; ++i) {
        keys[i] = morton::encode(toFixed(points[i].x) / leafSize, toFixed(points[i].y) / leafSize);
        order[i] = i;
    }
    int axisBits = 1;
    while ((quint64(1) << axisBits) < (fixedEnd + leafSize - 1) / leafSize)
        ++axisBits;
    radixSort(keys, order, 2 * axisBits);

    // Columns in Z-order: the points of a cell (at any level) are one contiguous run.
    m_ids.resize(n);
    m_x.resize(n);
    m_y.resize(n);
    m_squad.resize(n);
    m_sla.resize(n);
    m_next.resize(n);
    m_prev.resize(n);
    constexpr quint32 ahead = 16;
    for (quint32 p = 0; p < n; ++p) {
        // The gather from the input in Z-order misses the cache on nearly every point; asking
        // for the line a few points ahead overlaps those misses (build twice as fast at 1M).
#if defined(__GNUC__)
        if (p + ahead < n)
            __builtin_prefetch(&points[order[p + ahead]]);
#endif
        const ClusterPoint &src = points[order[p]];
        m_ids[p] = src.id;
        m_x[p] = toFixed(src.x);
        m_y[p] = toFixed(src.y);
        m_squad[p] = validSquad(src.squad);
        m_sla[p] = validSla(src.sla);
    }
    if (!m_idIndex.bulkInsert(n, [this](quint32 p) { return quint64(m_ids[p]); })) {
        clear();
        return false;
    }

    // Finest level from the runs of equal keys, then each coarser level from the one below:
    // Z-order keeps the children of a parent adjacent, and a level's dense arrays are in the
    // order its cells were inserted, so each level is one linear pass over the one below, with
    // no scratch list of cells (at 100k points that list was ~9 MB, touched fresh each build).
    {
        FlatHashMap<Cell> &leafMap = m_levels[std::size_t(m_leaf)];
        leafMap.reserve(runs(keys, 0));
        for (quint32 b = 0; b < n;) {
            quint32 e = b;
            Cell c;
            c.head = qint32(b);
            for (; e < n && keys[e] == keys[b]; ++e) {
                addPoint(c, e);
                m_prev[e] = e == b ? -1 : qint32(e - 1);
                m_next[e] = qint32(e + 1);
            }
            m_next[e - 1] = -1;
            leafMap.insertNew(keys[b], c);
            markCell(m_leaf, keys[b], true);
            b = e;
        }
    }
    for (int l = m_leaf - 1; l >= 0; --l) {
        const FlatHashMap<Cell> &below = m_levels[std::size_t(l + 1)];
        const auto &childKeys = below.keys();
        const auto &childCells = below.values();
        const std::size_t children = childKeys.size();
        FlatHashMap<Cell> &map = m_levels[std::size_t(l)];
        map.reserve(runs(childKeys, 2));
        for (std::size_t b = 0; b < children;) {
            const quint64 key = childKeys[b] >> 2;
            Cell c;
            c.head = -1;
            std::size_t e = b;
            for (; e < children && (childKeys[e] >> 2) == key; ++e)
                merge(c, childCells[e]);
            map.insertNew(key, c);
            markCell(l, key, true);
            b = e;
        }
    }
    return true;
}

void ClusterIndex::attach(quint32 i)
{
    const quint64 leaf = leafKey(i);
    for (int l = m_leaf; l >= 0; --l) {
        const quint64 key = leaf >> (2 * (m_leaf - l));
        Cell &c = m_levels[std::size_t(l)][key];
        if (c.count == 0)
            markCell(l, key, true);
        addPoint(c, i);
        if (l == m_leaf) {
            m_prev[i] = -1;
            m_next[i] = c.head;
            if (c.head >= 0)
                m_prev[std::size_t(c.head)] = qint32(i);
            c.head = qint32(i);
        }
    }
}

void ClusterIndex::detach(quint32 i)
{
    const quint64 leaf = leafKey(i);
    for (int l = m_leaf; l >= 0; --l) {
        FlatHashMap<Cell> &map = m_levels[std::size_t(l)];
        const quint64 key = leaf >> (2 * (m_leaf - l));
        Cell *c = map.find(key);
        Q_ASSERT(c);
        if (l == m_leaf) {
            const qint32 prev = m_prev[i], next = m_next[i];
            if (prev >= 0)
                m_next[std::size_t(prev)] = next;
            else
                c->head = next;
            if (next >= 0)
                m_prev[std::size_t(next)] = prev;
        }
        // Empty cells are erased, so an updated index holds exactly the cells a build makes.
        if (--c->count == 0) {
            map.erase(key);
            markCell(l, key, false);
            continue;
        }
        c->sumX -= m_x[i];
        c->sumY -= m_y[i];
        c->idSum -= quint64(m_ids[i]);
        --c->squads[m_squad[i]];
        --c->sla[m_sla[i]];
    }
}

void ClusterIndex::insert(const ClusterPoint &p)
{
    quint32 i = indexOf(p.id);
    if (i == SlotTable::none) {
        if (m_ids.size() >= std::size_t(std::numeric_limits<qint32>::max() - 1))
            return;
        i = quint32(m_ids.size());
        m_ids.push_back(p.id);
        m_x.push_back(0);
        m_y.push_back(0);
        m_squad.push_back(0);
        m_sla.push_back(0);
        m_next.push_back(-1);
        m_prev.push_back(-1);
        m_idIndex.insert(quint64(p.id), i);
    } else {
        detach(i);
    }
    m_x[i] = toFixed(p.x);
    m_y[i] = toFixed(p.y);
    m_squad[i] = validSquad(p.squad);
    m_sla[i] = validSla(p.sla);
    attach(i);
}

void ClusterIndex::removeAt(quint32 i)
{
    detach(i);
    m_idIndex.erase(quint64(m_ids[i]), i);
    const auto last = quint32(m_ids.size() - 1);
    if (i != last) {
        // Swap-remove keeps the columns dense; the moved point's list neighbours, its leaf
        // cell's head and its id slot must follow it.
        m_ids[i] = m_ids[last];
        m_x[i] = m_x[last];
        m_y[i] = m_y[last];
        m_squad[i] = m_squad[last];
        m_sla[i] = m_sla[last];
        m_next[i] = m_next[last];
        m_prev[i] = m_prev[last];
        if (m_prev[i] >= 0)
            m_next[std::size_t(m_prev[i])] = qint32(i);
        else
            m_levels[std::size_t(m_leaf)].find(leafKey(i))->head = qint32(i);
        if (m_next[i] >= 0)
            m_prev[std::size_t(m_next[i])] = qint32(i);
        m_idIndex.relocate(quint64(m_ids[i]), last, i);
    }
    m_ids.pop_back();
    m_x.pop_back();
    m_y.pop_back();
    m_squad.pop_back();
    m_sla.pop_back();
    m_next.pop_back();
    m_prev.pop_back();
}

bool ClusterIndex::remove(qint64 id)
{
    const quint32 i = indexOf(id);
    if (i == SlotTable::none)
        return false;
    removeAt(i);
    return true;
}

bool ClusterIndex::move(qint64 id, double x, double y)
{
    const quint32 i = indexOf(id);
    if (i == SlotTable::none)
        return false;
    const quint32 fx = toFixed(x), fy = toFixed(y);
    if (fx == m_x[i] && fy == m_y[i])
        return true;
    detach(i);
    m_x[i] = fx;
    m_y[i] = fy;
    attach(i);
    return true;
}

bool ClusterIndex::setSquad(qint64 id, int squad)
{
    const quint32 i = indexOf(id);
    if (i == SlotTable::none || squad < 0 || squad >= squadCount)
        return false;
    const quint8 old = m_squad[i];
    if (old == squad)
        return true;
    // Counts only: the cells and their sums stay where they are.
    const quint64 leaf = leafKey(i);
    for (int l = m_leaf; l >= 0; --l) {
        Cell *c = m_levels[std::size_t(l)].find(leaf >> (2 * (m_leaf - l)));
        --c->squads[old];
        ++c->squads[std::size_t(squad)];
    }
    m_squad[i] = quint8(squad);
    return true;
}

bool ClusterIndex::setSla(qint64 id, int sla)
{
    const quint32 i = indexOf(id);
    if (i == SlotTable::none || sla < 0 || sla >= slaCount)
        return false;
    const quint8 old = m_sla[i];
    if (old == sla)
        return true;
    const quint64 leaf = leafKey(i);
    for (int l = m_leaf; l >= 0; --l) {
        Cell *c = m_levels[std::size_t(l)].find(leaf >> (2 * (m_leaf - l)));
        --c->sla[old];
        ++c->sla[std::size_t(sla)];
    }
    m_sla[i] = quint8(sla);
    return true;
}

} // namespace posko
