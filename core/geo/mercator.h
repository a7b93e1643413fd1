// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace posko {

// Geographic position in degrees (WGS 84).
struct LonLat
{
    double lon = 0;
    double lat = 0;
};

// Position in normalized Web Mercator world coordinates: x grows east, y grows SOUTH (like
// XYZ tile rows and screen pixels), both in [0, 1]. One unit is the whole world at any zoom,
// so the map, the clustering index and the tile maths share one coordinate system and only
// the pixel scale (256 * 2^zoom) depends on the zoom.
struct WorldPoint
{
    double x = 0;
    double y = 0;
};

// Axis-aligned rectangle in world coordinates, half-open: [minX, maxX) x [minY, maxY).
// Half-open so that adjacent tiles/cells never both claim a point on their shared edge.
struct WorldRect
{
    double minX = 0;
    double minY = 0;
    double maxX = 0;
    double maxY = 0;

    double width() const { return maxX - minX; }
    double height() const { return maxY - minY; }
    bool isEmpty() const { return !(maxX > minX && maxY > minY); }
    bool contains(WorldPoint p) const
    {
        return p.x >= minX && p.x < maxX && p.y >= minY && p.y < maxY;
    }
    bool intersects(const WorldRect &o) const
    {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }
};

// An XYZ (slippy map, Google/OSM) tile: row 0 is the northernmost row.
struct TileKey
{
    int z = 0;
    int x = 0;
    int y = 0;

    friend bool operator==(const TileKey &, const TileKey &) = default;
};

// EPSG:3857 maths on a world of 256 * 2^zoom pixels. Zoom may be fractional (smooth zoom);
// tile functions take integer zooms. Latitude is clamped to +-maxLatitude, where the
// projection makes the world square; longitude is not wrapped (the regency is nowhere near
// the antimeridian, and wrapping would make round trips ambiguous).
class Mercator final
{
public:
    static constexpr double maxLatitude = 85.05112878;
    static constexpr double tileSize = 256.0;
    static constexpr double earthRadius = 6378137.0; // metres, the sphere EPSG:3857 uses
    static constexpr int maxTileZoom = 30;           // 2^30 tiles per axis still fit an int

    static double clampLatitude(double lat);
    static WorldPoint toWorld(LonLat ll);
    static LonLat toLonLat(WorldPoint w);

    // Size of the world in pixels at `zoom`: 256 * 2^zoom.
    static double worldSize(double zoom);
    static WorldPoint worldToPixel(WorldPoint w, double zoom);
    static WorldPoint pixelToWorld(WorldPoint px, double zoom);
    static WorldPoint lonLatToPixel(LonLat ll, double zoom)
    {
        return worldToPixel(toWorld(ll), zoom);
    }
    static LonLat pixelToLonLat(WorldPoint px, double zoom)
    {
        return toLonLat(pixelToWorld(px, zoom));
    }

    // Tile containing the point; the east/south edges (x or y == 1) belong to the last tile.
    static TileKey tileAt(WorldPoint w, int z);
    static TileKey tileAt(LonLat ll, int z) { return tileAt(toWorld(ll), z); }
    static WorldRect tileBounds(const TileKey &t);
    static LonLat tileNorthWest(const TileKey &t);
    static LonLat tileSouthEast(const TileKey &t);
    // MBTiles stores rows TMS-style (row 0 in the south); the flip is its own inverse.
    static int flipRow(int y, int z) { return (1 << z) - 1 - y; }
    static TileKey toTms(const TileKey &t) { return {t.z, t.x, flipRow(t.y, t.z)}; }
    static TileKey fromTms(const TileKey &t) { return {t.z, t.x, flipRow(t.y, t.z)}; }
    static bool isValid(const TileKey &t);

    // Ground resolution: metres covered by one pixel at `lat` and `zoom`.
    static double metresPerPixel(double lat, double zoom);
};

// What a map widget shows: a centre in world coordinates, a (fractional) zoom and a size in
// device-independent pixels. Converts between the screen and the world, and back from a world
// rectangle to the viewport that fits it ("zoom to all reports", "zoom to a kecamatan").
class Viewport final
{
public:
    Viewport() = default;
    Viewport(WorldPoint centre, double zoom, double widthPx, double heightPx)
        : m_centre(centre), m_zoom(zoom), m_width(widthPx), m_height(heightPx)
    {
    }

    // The largest zoom (capped at maxZoom) at which `r` fits into the pixel size, centred on r.
    static Viewport fitting(const WorldRect &r, double widthPx, double heightPx,
                            double maxZoom = 20.0);

    WorldPoint centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    double width() const { return m_width; }
    double height() const { return m_height; }
    void setCentre(WorldPoint c) { m_centre = c; }
    void setZoom(double z) { m_zoom = z; }
    void setSize(double w, double h)
    {
        m_width = w;
        m_height = h;
    }

    WorldRect worldBounds() const;
    // Screen pixel (0,0 = top-left) <-> world.
    WorldPoint screenToWorld(WorldPoint screen) const;
    WorldPoint worldToScreen(WorldPoint w) const;
    // worldToScreen for many points (a frame's markers): the scale, a power of two, computed
    // once. Gives exactly worldToScreen's results.
    struct Projection
    {
        WorldPoint centre;
        double scale = 1;
        double halfWidth = 0;
        double halfHeight = 0;
        WorldPoint operator()(WorldPoint w) const
        {
            return {(w.x - centre.x) * scale + halfWidth, (w.y - centre.y) * scale + halfHeight};
        }
    };
    Projection projection() const;
    // Zoom by `delta` keeping the world point under `screenAnchor` still (wheel zoom).
    void zoomAround(WorldPoint screenAnchor, double delta);

private:
    WorldPoint m_centre{0.5, 0.5};
    double m_zoom = 0;
    double m_width = 0;
    double m_height = 0;
};

} // namespace posko
