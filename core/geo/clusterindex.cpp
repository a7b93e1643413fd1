// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/clusterindex.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace posko {

namespace {
constexpr double fixedScale = 4294967296.0; // 2^32: world coordinate -> 32-bit fixed point
constexpr quint64 fixedEnd = quint64(1) << 32;

// Morton (Z-order) interleaving: sorting by it keeps every cell of every level contiguous,
// and a cell's parent is simply key >> 2.
quint64 spread(quint64 v)
{
    v &= 0xffffffffULL;
    v = (v | (v << 16)) & 0x0000ffff0000ffffULL;
    v = (v | (v << 8)) & 0x00ff00ff00ff00ffULL;
    v = (v | (v << 4)) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | (v << 2)) & 0x3333333333333333ULL;
    v = (v | (v << 1)) & 0x5555555555555555ULL;
    return v;
}

quint64 compact(quint64 v)
{
    v &= 0x5555555555555555ULL;
    v = (v | (v >> 1)) & 0x3333333333333333ULL;
    v = (v | (v >> 2)) & 0x0f0f0f0f0f0f0f0fULL;
    v = (v | (v >> 4)) & 0x00ff00ff00ff00ffULL;
    v = (v | (v >> 8)) & 0x0000ffff0000ffffULL;
    v = (v | (v >> 16)) & 0x00000000ffffffffULL;
    return v;
}

quint64 morton(quint64 cx, quint64 cy)
{
    return spread(cx) | (spread(cy) << 1);
}

template <typename C>
void merge(C &into, const C &c)
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
void radixSort(std::vector<quint64> &keys, std::vector<quint32> &payload, int keyBits)
{
    constexpr int digitBits = 11;
    constexpr std::size_t buckets = std::size_t(1) << digitBits;
    const std::size_t n = keys.size();
    std::vector<quint64> k2(n);
    std::vector<quint32> p2(n);
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
} // namespace

// Where the results of a visit go: items (queries), totals (summarize) or ids (pointsIn).
struct ClusterIndex::Sink
{
    enum class Mode { Items, Summary, Ids };
    Mode mode = Mode::Items;
    bool pointsOnly = false; // above maxClusterZoom: whole cells are listed point by point
    std::vector<ClusterItem> *items = nullptr;
    ClusterSummary *summary = nullptr;
    std::vector<qint64> *ids = nullptr;
};

ClusterIndex::ClusterIndex(Options options)
    : m_radius(std::clamp(options.radiusPx, 8, 512)),
      m_leaf(std::clamp(options.maxClusterZoom, 0, 20))
{
    m_levels.resize(std::size_t(m_leaf) + 1);
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
    return morton(m_x[i] / s, m_y[i] / s);
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
}

bool ClusterIndex::build(std::span<const ClusterPoint> points)
{
    clear();
    if (points.size() >= std::size_t(std::numeric_limits<qint32>::max()))
        return false;
    const auto n = quint32(points.size());
    const quint64 leafSize = cellSize(m_leaf);
    std::vector<quint64> keys(n);
    std::vector<quint32> order(n);
    for (quint32 i = 0; i < n; ++i) {
        keys[i] = morton(toFixed(points[i].x) / leafSize, toFixed(points[i].y) / leafSize);
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
    m_idIndex.reserve(n);
    for (quint32 p = 0; p < n; ++p) {
        const ClusterPoint &src = points[order[p]];
        if (indexOf(src.id) != SlotTable::none) {
            clear();
            return false;
        }
        m_ids[p] = src.id;
        m_x[p] = toFixed(src.x);
        m_y[p] = toFixed(src.y);
        m_squad[p] = validSquad(src.squad);
        m_sla[p] = validSla(src.sla);
        m_idIndex.insert(quint64(src.id), p);
    }

    // Finest level from the runs of equal keys, then each coarser level from the one below:
    // Z-order keeps the children of a parent adjacent, so each level is one linear pass.
    std::vector<std::pair<quint64, Cell>> level;
    for (quint32 b = 0; b < n;) {
        quint32 e = b;
        Cell c;
        c.head = qint32(b);
        for (; e < n && keys[e] == keys[b]; ++e) {
            ++c.count;
            c.sumX += m_x[e];
            c.sumY += m_y[e];
            c.idSum += quint64(m_ids[e]);
            ++c.squads[m_squad[e]];
            ++c.sla[m_sla[e]];
            m_prev[e] = e == b ? -1 : qint32(e - 1);
            m_next[e] = qint32(e + 1);
        }
        m_next[e - 1] = -1;
        level.emplace_back(keys[b], c);
        b = e;
    }
    for (int l = m_leaf; l >= 0; --l) {
        FlatHashMap<Cell> &map = m_levels[std::size_t(l)];
        map.reserve(qsizetype(level.size()));
        for (const auto &[key, cell] : level)
            map.insertNew(key, cell);
        if (l == 0)
            break;
        std::vector<std::pair<quint64, Cell>> parent;
        parent.reserve(level.size() / 2 + 1);
        for (const auto &[key, cell] : level) {
            if (parent.empty() || parent.back().first != key >> 2) {
                parent.emplace_back(key >> 2, Cell{});
                parent.back().second.head = -1;
            }
            merge(parent.back().second, cell);
        }
        level = std::move(parent);
    }
    return true;
}

void ClusterIndex::attach(quint32 i)
{
    const quint64 leaf = leafKey(i);
    for (int l = m_leaf; l >= 0; --l) {
        Cell &c = m_levels[std::size_t(l)][leaf >> (2 * (m_leaf - l))];
        ++c.count;
        c.sumX += m_x[i];
        c.sumY += m_y[i];
        c.idSum += quint64(m_ids[i]);
        ++c.squads[m_squad[i]];
        ++c.sla[m_sla[i]];
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

template <typename F>
void ClusterIndex::forCellsIn(int level, const Range &r, F &&f) const
{
    const FlatHashMap<Cell> &map = m_levels[std::size_t(level)];
    if (r.x1 <= r.x0 || r.y1 <= r.y0 || map.size() == 0)
        return;
    const quint64 s = cellSize(level);
    const quint64 cx0 = r.x0 / s, cx1 = (r.x1 - 1) / s;
    const quint64 cy0 = r.y0 / s, cy1 = (r.y1 - 1) / s;
    const quint64 area = (cx1 - cx0 + 1) * (cy1 - cy0 + 1);
    if (area >= quint64(map.size())) {
        // Fewer occupied cells than cells in range (low zoom, or a sparse index): scan them.
        const auto &keys = map.keys();
        const auto &values = map.values();
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const quint64 cx = compact(keys[i]), cy = compact(keys[i] >> 1);
            if (cx >= cx0 && cx <= cx1 && cy >= cy0 && cy <= cy1)
                f(keys[i], values[i]);
        }
        return;
    }
    for (quint64 cy = cy0; cy <= cy1; ++cy) {
        const quint64 ky = spread(cy) << 1;
        for (quint64 cx = cx0; cx <= cx1; ++cx) {
            const quint64 key = spread(cx) | ky;
            if (const Cell *c = map.find(key))
                f(key, *c);
        }
    }
}

int ClusterIndex::classify(int level, quint64 key, const Range &r) const
{
    const quint64 s = cellSize(level);
    const quint64 x0 = compact(key) * s, y0 = compact(key >> 1) * s;
    const quint64 x1 = std::min(x0 + s, fixedEnd), y1 = std::min(y0 + s, fixedEnd);
    if (x1 <= r.x0 || x0 >= r.x1 || y1 <= r.y0 || y0 >= r.y1)
        return -1;
    return (x0 >= r.x0 && x1 <= r.x1 && y0 >= r.y0 && y1 <= r.y1) ? 1 : 0;
}

template <typename F>
void ClusterIndex::forPointsOfLeaf(const Cell &leaf, F &&f) const
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

void ClusterIndex::descend(int level, quint64 key, const Cell &c, const Range &r,
                           Sink &sink) const
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
        Sink sink{Sink::Mode::Items, true, &out, nullptr, nullptr};
        visitExact(range, level, sink);
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

void ClusterIndex::queryExact(const WorldRect &r, double zoom,
                              std::vector<ClusterItem> &out) const
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
    const quint64 x0 = compact(cell) * s, y0 = compact(cell >> 1) * s;
    return {x0 / fixedScale, y0 / fixedScale, std::min(x0 + s, fixedEnd) / fixedScale,
            std::min(y0 + s, fixedEnd) / fixedScale};
}

qsizetype ClusterIndex::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_ids.capacity() * sizeof(qint64) +
                                (m_x.capacity() + m_y.capacity()) * sizeof(quint32) +
                                m_squad.capacity() + m_sla.capacity() +
                                (m_next.capacity() + m_prev.capacity()) * sizeof(qint32));
    bytes += m_idIndex.memoryBytes();
    for (const auto &l : m_levels)
        bytes += l.memoryBytes();
    return bytes;
}

} // namespace posko
