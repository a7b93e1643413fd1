// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/mercator.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace posko {

namespace {
constexpr double pi = std::numbers::pi;
constexpr double degToRad = pi / 180.0;
constexpr double radToDeg = 180.0 / pi;
} // namespace

double Mercator::clampLatitude(double lat)
{
    return std::clamp(lat, -maxLatitude, maxLatitude);
}

WorldPoint Mercator::toWorld(LonLat ll)
{
    const double phi = clampLatitude(ll.lat) * degToRad;
    // asinh(tan(phi)) == ln(tan(phi) + sec(phi)) but stays accurate near the equator.
    return {(ll.lon + 180.0) / 360.0, 0.5 - std::asinh(std::tan(phi)) / (2.0 * pi)};
}

LonLat Mercator::toLonLat(WorldPoint w)
{
    const double lat = std::atan(std::sinh(pi * (1.0 - 2.0 * w.y))) * radToDeg;
    return {w.x * 360.0 - 180.0, lat};
}

double Mercator::worldSize(double zoom)
{
    return tileSize * std::exp2(zoom);
}

WorldPoint Mercator::worldToPixel(WorldPoint w, double zoom)
{
    const double s = worldSize(zoom);
    return {w.x * s, w.y * s};
}

WorldPoint Mercator::pixelToWorld(WorldPoint px, double zoom)
{
    const double s = worldSize(zoom);
    return {px.x / s, px.y / s};
}

TileKey Mercator::tileAt(WorldPoint w, int z)
{
    z = std::clamp(z, 0, maxTileZoom);
    const double n = std::ldexp(1.0, z);
    const int last = (1 << z) - 1;
    // Clamp in double first: a point far outside the world must not overflow the int.
    const auto cell = [&](double v) {
        return static_cast<int>(std::clamp(std::floor(v * n), 0.0, static_cast<double>(last)));
    };
    return {z, cell(w.x), cell(w.y)};
}

WorldRect Mercator::tileBounds(const TileKey &t)
{
    const double n = std::ldexp(1.0, t.z);
    return {t.x / n, t.y / n, (t.x + 1) / n, (t.y + 1) / n};
}

LonLat Mercator::tileNorthWest(const TileKey &t)
{
    const WorldRect r = tileBounds(t);
    return toLonLat({r.minX, r.minY});
}

LonLat Mercator::tileSouthEast(const TileKey &t)
{
    const WorldRect r = tileBounds(t);
    return toLonLat({r.maxX, r.maxY});
}

bool Mercator::isValid(const TileKey &t)
{
    if (t.z < 0 || t.z > maxTileZoom)
        return false;
    const int n = 1 << t.z;
    return t.x >= 0 && t.x < n && t.y >= 0 && t.y < n;
}

double Mercator::metresPerPixel(double lat, double zoom)
{
    return 2.0 * pi * earthRadius * std::cos(clampLatitude(lat) * degToRad) / worldSize(zoom);
}

Viewport Viewport::fitting(const WorldRect &r, double widthPx, double heightPx, double maxZoom)
{
    const WorldPoint centre{(r.minX + r.maxX) / 2.0, (r.minY + r.maxY) / 2.0};
    double zoom = maxZoom;
    // A point or a degenerate rectangle has no zoom that "fits" it: use the cap.
    if (r.width() > 0 || r.height() > 0) {
        const double zx =
            r.width() > 0 ? std::log2(widthPx / (r.width() * Mercator::tileSize)) : maxZoom;
        const double zy =
            r.height() > 0 ? std::log2(heightPx / (r.height() * Mercator::tileSize)) : maxZoom;
        zoom = std::min({zx, zy, maxZoom});
    }
    return Viewport(centre, zoom, widthPx, heightPx);
}

WorldRect Viewport::worldBounds() const
{
    const double s = Mercator::worldSize(m_zoom);
    const double hw = m_width / (2.0 * s);
    const double hh = m_height / (2.0 * s);
    return {m_centre.x - hw, m_centre.y - hh, m_centre.x + hw, m_centre.y + hh};
}

WorldPoint Viewport::screenToWorld(WorldPoint screen) const
{
    const double s = Mercator::worldSize(m_zoom);
    return {m_centre.x + (screen.x - m_width / 2.0) / s,
            m_centre.y + (screen.y - m_height / 2.0) / s};
}

WorldPoint Viewport::worldToScreen(WorldPoint w) const
{
    return projection()(w);
}

Viewport::Projection Viewport::projection() const
{
    return {m_centre, Mercator::worldSize(m_zoom), m_width / 2.0, m_height / 2.0};
}

void Viewport::zoomAround(WorldPoint screenAnchor, double delta)
{
    const WorldPoint anchor = screenToWorld(screenAnchor);
    m_zoom += delta;
    // Move the centre so that `anchor` lands back under the same screen pixel.
    const double s = Mercator::worldSize(m_zoom);
    m_centre = {anchor.x - (screenAnchor.x - m_width / 2.0) / s,
                anchor.y - (screenAnchor.y - m_height / 2.0) / s};
}

} // namespace posko
