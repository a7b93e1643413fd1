// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/flathashmap.h"
#include "core/geo/mercator.h"

#include <QtGlobal>
#include <array>
#include <optional>
#include <span>
#include <vector>

namespace posko {

// One report as the index takes it in. Only an input record: the index keeps no object per
// point, it copies the fields into its own columns.
struct ClusterPoint
{
    qint64 id = 0;
    double x = 0; // normalized world coordinates (Mercator::toWorld)
    double y = 0;
    quint8 squad = 7; // 0..6 = the squads in enum order, 7 = unassigned
    quint8 sla = 0;   // SlaState as an integer, 0..3
};

// What a query returns: a cluster (a grid cell's aggregate) or a single point.
struct ClusterItem
{
    double x = 0; // centroid of the members; the point's own position when count == 1
    double y = 0;
    qint64 id = 0;    // the point's id when count == 1, else 0
    quint64 cell = 0; // the cell's key at `level` (for children() and expansionZoom())
    quint32 count = 0;
    qint32 level = 0; // grid level; ClusterIndex::pointLevel() for points taken from a leaf cell
    std::array<quint32, 8> squads{};
    std::array<quint32, 4> sla{};

    bool isPoint() const { return count == 1; }
};

// Exact totals of the points in a rectangle.
struct ClusterSummary
{
    quint64 count = 0;
    std::array<quint64, 8> squads{};
    std::array<quint64, 4> sla{};
};

// Spatial clustering index for up to millions of reports, rebuilt in bulk or updated one report
// at a time; after any sequence of updates every query answers exactly what a fresh build from
// the same points answers (apart from the order of items).
//
// Storage: the points live in columns (id, x, y, squad, SLA, leaf-list links), coordinates as
// 32-bit fixed point of the normalized world (about 9 mm on the ground), so cell sums are
// integers and incremental add/subtract is exact. Bulk build sorts points in Z-order so that
// the points of one cell are contiguous in memory.
//
// Clustering: one grid per level 0..maxClusterZoom, cells radiusPx pixels wide at that zoom
// (a world of 256 * 2^level pixels), anchored at the world origin so that each cell is exactly
// the union of 4 cells of the next level. Each non-empty cell keeps count, coordinate sums
// (centroid), squad and SLA counts and the sum of member ids (which IS the id when count == 1).
// Cells are keyed by the Morton code of their column/row: parent = key >> 2.
// The finest level's cells also head a doubly linked list of their points, which serves the
// zooms above maxClusterZoom (individual points) and exact counting at cell borders.
//
// Painting uses query(): whole cells that intersect the viewport, one marker per item at its
// centroid. Counting "what the map shows" uses summarize(), and queryExact() when the items
// themselves must add up to exactly the points inside.
class ClusterIndex final
{
public:
    static constexpr int squadCount = 8;
    static constexpr int unassignedSquad = 7;
    static constexpr int slaCount = 4;

    struct Options
    {
        int radiusPx = 60;       // cell width in pixels at the cell's own zoom (8..512)
        int maxClusterZoom = 16; // above this, queries return individual points (0..20)
    };

    ClusterIndex() : ClusterIndex(Options{}) {}
    explicit ClusterIndex(Options options);

    // Replaces the content. Ids must be unique; on a duplicate the index is left empty and
    // false is returned. Coordinates outside [0, 1] are clamped to the world's edge.
    bool build(std::span<const ClusterPoint> points);
    void clear();

    // Inserts, or updates every field of the point with the same id.
    void insert(const ClusterPoint &p);
    bool remove(qint64 id);
    bool move(qint64 id, double x, double y);
    bool setSquad(qint64 id, int squad);
    bool setSla(qint64 id, int sla);

    qsizetype size() const { return qsizetype(m_ids.size()); }
    bool contains(qint64 id) const;
    // The point as stored: coordinates after quantisation (see quantize()).
    std::optional<ClusterPoint> point(qint64 id) const;
    // The coordinate the index stores for `v`: what brute-force comparisons must use.
    static double quantize(double v);

    int radiusPx() const { return m_radius; }
    int maxClusterZoom() const { return m_leaf; }
    int pointLevel() const { return m_leaf + 1; }
    // Grid level used for a (fractional) map zoom: floor, clamped to [0, pointLevel()].
    int levelForZoom(double zoom) const;

    // For painting. At levels <= maxClusterZoom: every non-empty cell of the level that
    // intersects `r` (a cell partly outside is returned whole). Above: every point inside `r`.
    // Probes only the cells in the range (or scans the level when that is smaller). Appends.
    void query(const WorldRect &r, double zoom, std::vector<ClusterItem> &out) const;
    std::vector<ClusterItem> query(const WorldRect &r, double zoom) const;
    // Like query(), but cells partly inside `r` are replaced by their finer cells down to the
    // single points, so the counts add up to exactly the points inside `r`.
    void queryExact(const WorldRect &r, double zoom, std::vector<ClusterItem> &out) const;
    std::vector<ClusterItem> queryExact(const WorldRect &r, double zoom) const;
    // Exact totals inside `r` without listing items: whole cells count wholesale.
    ClusterSummary summarize(const WorldRect &r) const;
    // Ids of the points inside `r` (rectangle select, "only what the map shows"). Appends.
    void pointsIn(const WorldRect &r, std::vector<qint64> &ids) const;

    // The cells (or points, at maxClusterZoom) one level below a cluster.
    std::vector<ClusterItem> children(const ClusterItem &cluster) const;
    // The lowest level at which the cluster no longer shows as one item: a click zooms there.
    // pointLevel() when its members only separate into individual points.
    int expansionZoom(const ClusterItem &cluster) const;
    // The cell's area in world coordinates (clamped to the world).
    WorldRect cellBounds(int level, quint64 cell) const;

    // Bytes held by the index's own containers (capacity, not size).
    qsizetype memoryBytes() const;

private:
    struct Cell
    {
        quint32 count = 0;
        qint32 head = -1; // first point of the list (finest level only)
        quint64 sumX = 0;
        quint64 sumY = 0;
        quint64 idSum = 0; // wraps; equals the id when count == 1
        std::array<quint32, squadCount> squads{};
        std::array<quint32, slaCount> sla{};
    };
    // Which cells of a 64x64 block of one level exist: queries walk set bits instead of
    // probing the hash map for every cell of the viewport, most of which are empty.
    struct OccupancyTile
    {
        std::array<quint64, 64> rows{}; // bit c of rows[r]: cell (64 * tx + c, 64 * ty + r)
        quint32 cells = 0;
    };
    // Integer query bounds: a point is inside when x0 <= x < x1 and y0 <= y < y1.
    struct Range
    {
        quint64 x0, y0, x1, y1;
    };
    struct Sink;

    static quint32 toFixed(double v);
    static Range rangeOf(const WorldRect &r);
    quint64 cellSize(int level) const { return quint64(m_radius) << (24 - level); }
    quint64 leafKey(quint32 i) const;
    ClusterItem itemOf(int level, quint64 key, const Cell &c) const;
    ClusterItem pointItem(quint32 i) const;
    quint32 indexOf(qint64 id) const;

    void markCell(int level, quint64 key, bool occupied);
    void attach(quint32 i);
    void detach(quint32 i);
    // Counts point i (at its position in the columns) into c's totals.
    void addPoint(Cell &c, quint32 i) const;
    void removeAt(quint32 i);

    template <typename F> void forCellsIn(int level, const Range &r, F &&f) const;
    int classify(int level, quint64 key, const Range &r) const; // -1 out, 0 partial, 1 inside
    template <typename F> void forPointsOfLeaf(const Cell &leaf, F &&f) const;
    void descend(int level, quint64 key, const Cell &c, const Range &r, Sink &sink) const;
    void emitWhole(int level, quint64 key, const Cell &c, Sink &sink) const;
    void emitPoint(quint32 i, Sink &sink) const;
    void visitExact(const Range &r, int level, Sink &sink) const;

    int m_radius = 60;
    int m_leaf = 16;
    // Point columns, one entry per point, same order.
    LargeVector<qint64> m_ids;
    LargeVector<quint32> m_x;
    LargeVector<quint32> m_y;
    LargeVector<quint8> m_squad;
    LargeVector<quint8> m_sla;
    LargeVector<qint32> m_next; // leaf cell list links, -1 at the ends
    LargeVector<qint32> m_prev;
    SlotTable m_idIndex;                                 // id -> position in the columns
    std::vector<FlatHashMap<Cell>> m_levels;             // [0..m_leaf]
    std::vector<FlatHashMap<OccupancyTile>> m_occupancy; // [0..m_leaf], keyed by block Morton
};

} // namespace posko
