// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/clusterindex.h"

#include "catch.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <random>
#include <set>

using namespace posko;

namespace {
constexpr double two32 = 4294967296.0;

// Kecamatan centres of Trenggalek (approximate) with a few km of Gaussian spread and a rural
// background, so the tests see dense and sparse cells like the real map.
std::vector<ClusterPoint> realisticPoints(std::size_t n, quint64 seed, qint64 firstId = 1)
{
    static const LonLat centres[] = {
        {111.71, -8.05}, {111.71, -8.26}, {111.45, -8.25}, {111.58, -8.29}, {111.54, -8.17},
        {111.56, -8.13}, {111.64, -8.20}, {111.64, -8.05}, {111.61, -8.09}, {111.61, -7.98},
        {111.72, -7.97}, {111.75, -8.11}, {111.76, -8.07}, {111.81, -8.11}};
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> g(0, 0.02);
    std::uniform_real_distribution<double> u(0, 1);
    std::uniform_int_distribution<int> squad(0, 7), sla(0, 3), centre(0, 13);
    std::vector<ClusterPoint> out;
    for (std::size_t i = 0; i < n; ++i) {
        LonLat ll;
        if (u(rng) < 0.15) {
            ll = {111.4 + 0.6 * u(rng), -8.4 + 0.5 * u(rng)};
        } else {
            const LonLat c = centres[u(rng) < 0.3 ? 0 : centre(rng)];
            ll = {std::clamp(c.lon + g(rng), 111.4, 112.0), std::clamp(c.lat + g(rng), -8.4, -7.9)};
        }
        const WorldPoint w = Mercator::toWorld(ll);
        out.push_back({firstId + qint64(i), w.x, w.y, quint8(squad(rng)), quint8(sla(rng))});
    }
    // Reports filed from the same spot (the same building) share a position exactly.
    for (std::size_t i = 10; i < n; i += 97) {
        out[i].x = out[i - 5].x;
        out[i].y = out[i - 5].y;
    }
    return out;
}

bool inside(const ClusterPoint &p, const WorldRect &r)
{
    return r.contains({ClusterIndex::quantize(p.x), ClusterIndex::quantize(p.y)});
}

ClusterSummary bruteSummary(const std::vector<ClusterPoint> &pts, const WorldRect &r)
{
    ClusterSummary s;
    for (const ClusterPoint &p : pts) {
        if (inside(p, r)) {
            ++s.count;
            ++s.squads[p.squad];
            ++s.sla[p.sla];
        }
    }
    return s;
}

// The grid cell of a point by the definition: radius-pixel cells on a 256 * 2^level world,
// anchored at the origin. Integer maths on the quantised coordinate keeps it exact.
std::pair<quint64, quint64> gridCell(const ClusterPoint &p, int level, int radius = 60)
{
    const auto fx = quint64(ClusterIndex::quantize(p.x) * two32);
    const auto fy = quint64(ClusterIndex::quantize(p.y) * two32);
    const quint64 size = quint64(radius) << (24 - level);
    return {fx / size, fy / size};
}

WorldRect viewportAt(std::mt19937_64 &rng, int zoom)
{
    std::uniform_real_distribution<double> lon(111.3, 112.1), lat(-8.5, -7.8), w(100, 2600),
        h(100, 1600);
    const WorldPoint c = Mercator::toWorld({lon(rng), lat(rng)});
    return Viewport(c, zoom, w(rng), h(rng)).worldBounds();
}

// Everything a query answers, including squad and SLA counts, in a comparable form.
std::vector<std::vector<quint64>> fullCanonical(const std::vector<ClusterItem> &items)
{
    std::vector<std::vector<quint64>> out;
    for (const ClusterItem &it : items) {
        std::vector<quint64> row{quint64(it.level),
                                 it.cell,
                                 quint64(it.id),
                                 it.count,
                                 quint64(it.x * two32 * 1024),
                                 quint64(it.y * two32 * 1024)};
        row.insert(row.end(), it.squads.begin(), it.squads.end());
        row.insert(row.end(), it.sla.begin(), it.sla.end());
        out.push_back(std::move(row));
    }
    std::sort(out.begin(), out.end());
    return out;
}

void requireSameAnswers(const ClusterIndex &a, const ClusterIndex &b, quint64 seed)
{
    REQUIRE(a.size() == b.size());
    std::mt19937_64 rng(seed);
    for (int z = 0; z <= 20; ++z) {
        std::vector<WorldRect> views{{0, 0, 1, 1}};
        for (int i = 0; i < 4; ++i)
            views.push_back(viewportAt(rng, z));
        for (const WorldRect &v : views) {
            INFO("zoom " << z);
            REQUIRE(fullCanonical(a.query(v, z)) == fullCanonical(b.query(v, z)));
            REQUIRE(fullCanonical(a.queryExact(v, z)) == fullCanonical(b.queryExact(v, z)));
        }
    }
    std::vector<qint64> ia, ib;
    a.pointsIn({0, 0, 1, 1}, ia);
    b.pointsIn({0, 0, 1, 1}, ib);
    std::sort(ia.begin(), ia.end());
    std::sort(ib.begin(), ib.end());
    REQUIRE(ia == ib);
}
} // namespace

TEST_CASE("an empty index answers nothing at every zoom")
{
    ClusterIndex idx;
    CHECK(idx.size() == 0);
    for (int z = 0; z <= 20; ++z) {
        CHECK(idx.query({0, 0, 1, 1}, z).empty());
        CHECK(idx.queryExact({0, 0, 1, 1}, z).empty());
    }
    CHECK(idx.summarize({0, 0, 1, 1}).count == 0);
    std::vector<qint64> ids;
    idx.pointsIn({0, 0, 1, 1}, ids);
    CHECK(ids.empty());
    CHECK_FALSE(idx.remove(1));
    CHECK_FALSE(idx.move(1, 0.5, 0.5));
    CHECK_FALSE(idx.setSquad(1, 2));
    CHECK_FALSE(idx.contains(1));
    CHECK(idx.build({}));
    CHECK(idx.query({0, 0, 1, 1}, 3).empty());
    // Emptied by removal, it is empty again, with no cells left behind.
    idx.insert({5, 0.81, 0.52, 1, 2});
    CHECK(idx.query({0, 0, 1, 1}, 0).size() == 1);
    CHECK(idx.remove(5));
    for (int z = 0; z <= 20; ++z)
        CHECK(idx.query({0, 0, 1, 1}, z).empty());
}

TEST_CASE("exact counts in a viewport equal a brute-force count at every zoom")
{
    for (quint64 seed : {1u, 2u, 3u}) {
        const auto pts = realisticPoints(seed == 1 ? 20000 : 3000, seed);
        ClusterIndex idx;
        REQUIRE(idx.build(pts));
        std::mt19937_64 rng(seed * 101);
        for (int z = 0; z <= 20; ++z) {
            for (int v = 0; v < 12; ++v) {
                const WorldRect r = viewportAt(rng, z);
                const ClusterSummary brute = bruteSummary(pts, r);
                INFO("seed " << seed << " zoom " << z << " view " << v << " brute " << brute.count);
                ClusterSummary fromItems;
                for (const ClusterItem &it : idx.queryExact(r, z)) {
                    fromItems.count += it.count;
                    for (int s = 0; s < 8; ++s)
                        fromItems.squads[s] += it.squads[s];
                    for (int s = 0; s < 4; ++s)
                        fromItems.sla[s] += it.sla[s];
                    // Every item lies inside the viewport (its cell is wholly inside).
                    CHECK(r.contains({it.x, it.y}));
                }
                CHECK(fromItems.count == brute.count);
                CHECK(fromItems.squads == brute.squads);
                CHECK(fromItems.sla == brute.sla);
                const ClusterSummary sum = idx.summarize(r);
                CHECK(sum.count == brute.count);
                CHECK(sum.squads == brute.squads);
                CHECK(sum.sla == brute.sla);

                std::vector<qint64> ids, bruteIds;
                idx.pointsIn(r, ids);
                for (const ClusterPoint &p : pts)
                    if (inside(p, r))
                        bruteIds.push_back(p.id);
                std::sort(ids.begin(), ids.end());
                CHECK(ids == bruteIds);
            }
        }
    }
}

TEST_CASE("painting query returns each grid cell touching the viewport, whole")
{
    const auto pts = realisticPoints(8000, 9);
    ClusterIndex idx;
    REQUIRE(idx.build(pts));
    std::mt19937_64 rng(99);
    for (int z = 0; z <= 20; ++z) {
        for (int v = 0; v < 6; ++v) {
            const WorldRect r = viewportAt(rng, z);
            INFO("zoom " << z << " view " << v);
            const auto items = idx.query(r, z);
            if (z > idx.maxClusterZoom()) {
                // Individual points, exactly those inside.
                std::vector<qint64> got, want;
                for (const ClusterItem &it : items) {
                    CHECK(it.count == 1);
                    got.push_back(it.id);
                    // Every field of the point as stored: position, squad, SLA state, level.
                    const auto p = idx.point(it.id);
                    REQUIRE(p);
                    CHECK(it.x == p->x);
                    CHECK(it.y == p->y);
                    CHECK(it.level == idx.pointLevel());
                    CHECK(it.squads[p->squad] == 1);
                    CHECK(it.sla[p->sla] == 1);
                    CHECK(std::accumulate(it.squads.begin(), it.squads.end(), 0u) == 1);
                    CHECK(std::accumulate(it.sla.begin(), it.sla.end(), 0u) == 1);
                }
                for (const ClusterPoint &p : pts)
                    if (inside(p, r))
                        want.push_back(p.id);
                std::sort(got.begin(), got.end());
                CHECK(got == want);
                continue;
            }
            // Brute force: group every point by its cell, keep cells that touch the viewport.
            struct Agg
            {
                quint32 count = 0;
                double sx = 0, sy = 0;
                qint64 id = 0;
                std::array<quint32, 8> squads{};
                std::array<quint32, 4> sla{};
            };
            std::map<std::pair<quint64, quint64>, Agg> cells;
            const double cellWorld = 60.0 / (256.0 * std::ldexp(1.0, z));
            for (const ClusterPoint &p : pts) {
                const auto c = gridCell(p, z);
                const WorldRect cb{c.first * cellWorld, c.second * cellWorld,
                                   (c.first + 1) * cellWorld, (c.second + 1) * cellWorld};
                if (!cb.intersects(r))
                    continue;
                Agg &a = cells[c];
                ++a.count;
                a.sx += ClusterIndex::quantize(p.x);
                a.sy += ClusterIndex::quantize(p.y);
                a.id = p.id;
                ++a.squads[p.squad];
                ++a.sla[p.sla];
            }
            REQUIRE(items.size() == cells.size());
            for (const ClusterItem &it : items) {
                CHECK(it.level == z);
                const WorldRect cb = idx.cellBounds(it.level, it.cell);
                const auto c = gridCell({0, (cb.minX + cb.maxX) / 2, (cb.minY + cb.maxY) / 2}, z);
                REQUIRE(cells.count(c) == 1);
                const Agg &a = cells[c];
                CHECK(it.count == a.count);
                CHECK(it.x == Approx(a.sx / a.count).epsilon(1e-12));
                CHECK(it.y == Approx(a.sy / a.count).epsilon(1e-12));
                CHECK(cb.contains({it.x, it.y}));
                CHECK(it.squads == a.squads);
                CHECK(it.sla == a.sla);
                if (it.count == 1)
                    CHECK(it.id == a.id);
            }
        }
    }
}

TEST_CASE("incremental updates answer exactly like a rebuild")
{
    auto base = realisticPoints(4000, 21);
    std::map<qint64, ClusterPoint> truth;
    for (const ClusterPoint &p : base)
        truth[p.id] = p;
    ClusterIndex idx;
    REQUIRE(idx.build(base));

    const auto fresh = realisticPoints(3000, 22, 100000);
    std::mt19937_64 rng(23);
    std::uniform_int_distribution<int> op(0, 5), squad(0, 7), sla(0, 3);
    std::size_t nextFresh = 0;
    const auto anyId = [&]() {
        auto it = truth.begin();
        std::advance(it, std::uniform_int_distribution<std::size_t>(0, truth.size() - 1)(rng));
        return it->first;
    };
    for (int step = 1; step <= 3000; ++step) {
        switch (op(rng)) {
        case 0: { // a new report from sync
            const ClusterPoint p = fresh[nextFresh++ % fresh.size()];
            idx.insert(p);
            truth[p.id] = p;
            break;
        }
        case 1: { // withdrawn or filtered out
            const qint64 id = anyId();
            REQUIRE(idx.remove(id));
            truth.erase(id);
            break;
        }
        case 2: { // position corrected, sometimes onto another report's spot
            const qint64 id = anyId();
            const ClusterPoint &other = truth[anyId()];
            const ClusterPoint far = fresh[std::size_t(step) % fresh.size()];
            const bool same = step % 3 == 0;
            const double x = same ? other.x : far.x, y = same ? other.y : far.y;
            REQUIRE(idx.move(id, x, y));
            truth[id].x = x;
            truth[id].y = y;
            break;
        }
        case 3: {
            const qint64 id = anyId();
            const int s = squad(rng);
            REQUIRE(idx.setSquad(id, s));
            truth[id].squad = quint8(s);
            break;
        }
        case 4: {
            const qint64 id = anyId();
            const int s = sla(rng);
            REQUIRE(idx.setSla(id, s));
            truth[id].sla = quint8(s);
            break;
        }
        default: { // upsert of an existing report with every field changed
            ClusterPoint p = fresh[std::size_t(step * 7) % fresh.size()];
            p.id = anyId();
            idx.insert(p);
            truth[p.id] = p;
            break;
        }
        }
        if (step % 500 == 0) {
            std::vector<ClusterPoint> all;
            for (const auto &[id, p] : truth)
                all.push_back(p);
            ClusterIndex rebuilt;
            REQUIRE(rebuilt.build(all));
            INFO("after step " << step);
            requireSameAnswers(idx, rebuilt, quint64(step));
        }
    }
    // Removing everything leaves nothing behind at any level.
    for (const auto &[id, p] : truth)
        REQUIRE(idx.remove(id));
    for (int z = 0; z <= 20; ++z)
        CHECK(idx.query({0, 0, 1, 1}, z).empty());
}

TEST_CASE("inserting one by one equals a bulk build")
{
    const auto pts = realisticPoints(5000, 31);
    ClusterIndex bulk, oneByOne;
    REQUIRE(bulk.build(pts));
    for (const ClusterPoint &p : pts)
        oneByOne.insert(p);
    requireSameAnswers(bulk, oneByOne, 32);
}

TEST_CASE("points on cell borders and viewport edges")
{
    ClusterIndex idx;
    const int z = 10;
    const quint64 cell = quint64(60) << (24 - z); // one cell at level 10, fixed-point units
    // Points exactly on the west/north border of cells 1000..1003, and one a unit before.
    std::vector<ClusterPoint> pts;
    qint64 id = 1;
    for (quint64 c = 1000; c < 1004; ++c) {
        pts.push_back({id++, double(c * cell) / two32, double(700 * cell) / two32, 0, 0});
        pts.push_back({id++, double(c * cell - 1) / two32, double(700 * cell) / two32, 1, 1});
    }
    REQUIRE(idx.build(pts));
    // A border point belongs to the cell to its east, the point one unit west to the cell before.
    for (const ClusterItem &it : idx.query({0, 0, 1, 1}, z)) {
        const WorldRect b = idx.cellBounds(it.level, it.cell);
        CHECK(b.contains({it.x, it.y}));
    }
    CHECK(idx.query({0, 0, 1, 1}, z).size() == 5);
    // A viewport whose west edge is exactly on a point includes it; its east edge excludes.
    const double x0 = pts[0].x, x1 = pts[4].x;
    const WorldRect r{x0, 0.0, x1, 1.0};
    // In: ids 1 (on x0), 3 and 4 (either side of a cell border), 6 (one unit before x1).
    // Out: id 2 (one unit before x0) and id 5 (exactly on x1).
    CHECK(idx.summarize(r).count == 4);
    for (int zz = 0; zz <= 20; ++zz) {
        quint64 n = 0;
        for (const ClusterItem &it : idx.queryExact(r, zz))
            n += it.count;
        CHECK(n == 4);
    }
    std::vector<qint64> ids;
    idx.pointsIn(r, ids);
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<qint64>{1, 3, 4, 6});
    // The world's edges: x = 1 clamps into the last cell instead of falling off the grid.
    idx.insert({100, 1.0, 1.0, 2, 3});
    idx.insert({101, 0.0, 0.0, 2, 3});
    CHECK(idx.summarize({0, 0, 1, 1}).count == pts.size() + 2);
    CHECK(idx.query({0.99, 0.99, 1, 1}, 5).size() == 1);
}

TEST_CASE("ids survive build, clustering and updates")
{
    std::vector<ClusterPoint> pts;
    // Extreme ids too: negative ones, -1, and one past 2^53.
    const std::vector<qint64> ids{-1,
                                  0,
                                  7,
                                  -123456789012345,
                                  (qint64(1) << 53) + 1,
                                  std::numeric_limits<qint64>::max(),
                                  std::numeric_limits<qint64>::min()};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const WorldPoint w =
            Mercator::toWorld({111.45 + 0.08 * double(i), -8.0 - 0.05 * double(i)});
        pts.push_back({ids[i], w.x, w.y, quint8(i % 8), quint8(i % 4)});
    }
    ClusterIndex idx;
    REQUIRE(idx.build(pts));
    for (const ClusterPoint &p : pts) {
        REQUIRE(idx.contains(p.id));
        const auto stored = idx.point(p.id);
        REQUIRE(stored);
        CHECK(stored->squad == p.squad);
        CHECK(stored->x == ClusterIndex::quantize(p.x));
    }
    // Well apart, each point is its own single-member cell from some zoom on, carrying its id.
    for (int z : {12, 16, 17, 20}) {
        std::vector<qint64> got;
        for (const ClusterItem &it : idx.query({0, 0, 1, 1}, z)) {
            REQUIRE(it.count == 1);
            got.push_back(it.id);
            const auto p = idx.point(it.id);
            REQUIRE(p);
            CHECK(it.x == p->x);
            CHECK(it.squads[p->squad] == 1);
        }
        std::sort(got.begin(), got.end());
        auto want = ids;
        std::sort(want.begin(), want.end());
        CHECK(got == want);
    }
    REQUIRE(idx.remove(7));
    REQUIRE(idx.remove(std::numeric_limits<qint64>::min()));
    CHECK_FALSE(idx.contains(7));
    for (qint64 id : {qint64(-1), qint64(0), std::numeric_limits<qint64>::max()})
        CHECK(idx.point(id).has_value());

    // A duplicate id refuses the build and leaves the index empty.
    pts.push_back(pts.front());
    CHECK_FALSE(idx.build(pts));
    CHECK(idx.size() == 0);
    CHECK(idx.query({0, 0, 1, 1}, 0).empty());
}

TEST_CASE("a cluster's children and the zoom a click leads to")
{
    const auto pts = realisticPoints(6000, 41);
    ClusterIndex idx;
    REQUIRE(idx.build(pts));
    std::size_t checked = 0;
    for (int z : {6, 9, 12, 15, 16}) {
        for (const ClusterItem &c : idx.query({0, 0, 1, 1}, z)) {
            const auto kids = idx.children(c);
            quint64 sum = 0;
            for (const ClusterItem &k : kids) {
                sum += k.count;
                CHECK(idx.cellBounds(c.level, c.cell).contains({k.x, k.y}));
            }
            CHECK(sum == c.count);
            if (c.count < 2)
                continue;
            // Brute force: the members' cells at e-1 are one, at e more than one.
            const int e = idx.expansionZoom(c);
            REQUIRE(e > c.level);
            REQUIRE(e <= idx.pointLevel());
            std::vector<qint64> members;
            idx.pointsIn(idx.cellBounds(c.level, c.cell), members);
            REQUIRE(members.size() == c.count);
            std::set<qint64> memberSet(members.begin(), members.end());
            std::set<std::pair<quint64, quint64>> before, after;
            for (const ClusterPoint &p : pts) {
                if (!memberSet.count(p.id))
                    continue;
                before.insert(gridCell(p, e - 1));
                if (e <= idx.maxClusterZoom())
                    after.insert(gridCell(p, e));
            }
            CHECK(before.size() == 1);
            if (e <= idx.maxClusterZoom())
                CHECK(after.size() > 1);
            ++checked;
        }
    }
    CHECK(checked > 100);
}
