// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/mercator.h"

#include "catch.h"

#include <cmath>
#include <numbers>
#include <random>

using namespace posko;

namespace {
// The textbook form (Wikipedia "Slippy map tilenames"), independent of the asinh form the
// code uses, so a slip in either shows up.
WorldPoint reference(double lon, double lat)
{
    const double phi = lat * std::numbers::pi / 180.0;
    return {(lon + 180.0) / 360.0,
            (1.0 - std::log(std::tan(std::numbers::pi / 4 + phi / 2)) / std::numbers::pi) / 2.0};
}
} // namespace

TEST_CASE("known Web Mercator values")
{
    const WorldPoint centre = Mercator::toWorld({0, 0});
    CHECK(centre.x == Approx(0.5).margin(1e-15));
    CHECK(centre.y == Approx(0.5).margin(1e-15));
    CHECK(Mercator::toWorld({-180, 0}).x == 0.0);
    CHECK(Mercator::toWorld({180, 0}).x == 1.0);
    // The projection's latitude limit is where the world becomes square.
    CHECK(Mercator::toWorld({0, Mercator::maxLatitude}).y == Approx(0.0).margin(1e-9));
    CHECK(Mercator::toWorld({0, -Mercator::maxLatitude}).y == Approx(1.0).margin(1e-9));
    // Beyond it, latitude clamps instead of running off to infinity.
    CHECK(Mercator::toWorld({0, 89.9}).y == Mercator::toWorld({0, Mercator::maxLatitude}).y);
    CHECK(Mercator::toWorld({0, -90}).y == Mercator::toWorld({0, -Mercator::maxLatitude}).y);

    // Trenggalek town, computed by hand with the reference formula: x = 291.71 / 360,
    // y = (1 - ln(tan(pi/4 + phi/2)) / pi) / 2 = 0.52243504...
    const WorldPoint town = Mercator::toWorld({111.71, -8.05});
    CHECK(town.x == Approx(0.8103055555555555).epsilon(1e-14));
    CHECK(town.y == Approx(0.5224350442082244).epsilon(1e-12));
    const WorldPoint ref = reference(111.71, -8.05);
    CHECK(town.y == Approx(ref.y).epsilon(1e-12));

    // In tile units at z=12 (x * 2^12) the town sits at 3319.01, 2139.89; pixels are 256 a tile.
    const WorldPoint px = Mercator::lonLatToPixel({111.71, -8.05}, 12);
    CHECK(px.x == Approx(3319.0115555555553 * 256).epsilon(1e-12));
    CHECK(px.y == Approx(2139.893941076887 * 256).epsilon(1e-12));
    CHECK(Mercator::worldSize(0) == 256.0);
    CHECK(Mercator::worldSize(12.5) == Approx(256.0 * std::pow(2.0, 12.5)));
}

TEST_CASE("tile keys of Trenggalek town and the TMS flip")
{
    const TileKey t = Mercator::tileAt(LonLat{111.71, -8.05}, 12);
    // Independent of the library: floor of the reference formula times 2^12.
    const WorldPoint ref = reference(111.71, -8.05);
    CHECK(t.x == int(std::floor(ref.x * 4096)));
    CHECK(t.y == int(std::floor(ref.y * 4096)));
    CHECK(t == TileKey{12, 3319, 2139}); // checked by hand, see above
    CHECK(Mercator::toTms(t) == TileKey{12, 3319, 4095 - 2139});
    CHECK(Mercator::fromTms(Mercator::toTms(t)) == t);
    CHECK(Mercator::flipRow(0, 0) == 0);
    CHECK(Mercator::flipRow(0, 1) == 1);
    CHECK(Mercator::flipRow(1, 1) == 0);
    CHECK(Mercator::flipRow(5, 3) == 2);
    for (int z = 0; z <= 20; ++z) {
        for (int y : {0, (1 << z) / 3, (1 << z) - 1}) {
            CHECK(Mercator::flipRow(Mercator::flipRow(y, z), z) == y);
            CHECK(Mercator::flipRow(y, z) == (1 << z) - 1 - y);
        }
    }
    // The whole world is one tile at z=0; the last row/column keeps the world's edges.
    CHECK(Mercator::tileAt(WorldPoint{0.999, 0.2}, 0) == TileKey{0, 0, 0});
    CHECK(Mercator::tileAt(WorldPoint{1.0, 1.0}, 3) == TileKey{3, 7, 7});
    CHECK(Mercator::tileAt(WorldPoint{-0.5, 7.0}, 3) == TileKey{3, 0, 7});
    CHECK(Mercator::isValid({3, 7, 7}));
    CHECK_FALSE(Mercator::isValid({3, 8, 0}));
    CHECK_FALSE(Mercator::isValid({3, 0, -1}));

    const LonLat nw = Mercator::tileNorthWest({1, 0, 0});
    CHECK(nw.lon == Approx(-180.0));
    CHECK(nw.lat == Approx(Mercator::maxLatitude).epsilon(1e-9));
    const LonLat se = Mercator::tileSouthEast({1, 0, 0});
    CHECK(se.lon == Approx(0.0).margin(1e-12));
    CHECK(se.lat == Approx(0.0).margin(1e-12));
}

TEST_CASE("tile bounds contain the points they were computed from")
{
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> lon(-180, 180), lat(-85, 85);
    for (int i = 0; i < 2000; ++i) {
        const LonLat ll{lon(rng), lat(rng)};
        const int z = i % 21;
        const TileKey t = Mercator::tileAt(ll, z);
        REQUIRE(Mercator::isValid(t));
        const WorldRect b = Mercator::tileBounds(t);
        const WorldPoint w = Mercator::toWorld(ll);
        INFO("z=" << z << " lon=" << ll.lon << " lat=" << ll.lat);
        CHECK(b.contains(w));
        const LonLat nw = Mercator::tileNorthWest(t), se = Mercator::tileSouthEast(t);
        CHECK(ll.lon >= nw.lon - 1e-9);
        CHECK(ll.lon <= se.lon + 1e-9);
        CHECK(ll.lat <= nw.lat + 1e-9);
        CHECK(ll.lat >= se.lat - 1e-9);
    }
}

TEST_CASE("lon/lat -> pixel -> lon/lat round trips at many points and zooms")
{
    std::mt19937_64 rng(11);
    std::uniform_real_distribution<double> lon(-179.999, 179.999), lat(-85, 85), zoom(0, 22);
    std::uniform_real_distribution<double> tLon(111.4, 112.0), tLat(-8.4, -7.9);
    for (int i = 0; i < 5000; ++i) {
        const bool local = i % 2 == 0;
        const LonLat ll = local ? LonLat{tLon(rng), tLat(rng)} : LonLat{lon(rng), lat(rng)};
        const double z = i % 5 == 0 ? std::floor(zoom(rng)) : zoom(rng);
        const WorldPoint px = Mercator::lonLatToPixel(ll, z);
        const LonLat back = Mercator::pixelToLonLat(px, z);
        CHECK(back.lon == Approx(ll.lon).margin(1e-9));
        CHECK(back.lat == Approx(ll.lat).margin(1e-9));
        const WorldPoint ref = reference(ll.lon, ll.lat);
        CHECK(px.x / Mercator::worldSize(z) == Approx(ref.x).margin(1e-12));
        CHECK(px.y / Mercator::worldSize(z) == Approx(ref.y).margin(1e-12));
    }
}

TEST_CASE("metres per pixel")
{
    // 2 * pi * 6378137 / 256: the well-known 156543.03 m/px at the equator, zoom 0.
    CHECK(Mercator::metresPerPixel(0, 0) == Approx(156543.03392804097));
    CHECK(Mercator::metresPerPixel(0, 1) == Approx(156543.03392804097 / 2));
    CHECK(Mercator::metresPerPixel(60, 0) == Approx(156543.03392804097 / 2));
    CHECK(Mercator::metresPerPixel(-8.05, 12) == Approx(37.8419180861785));
}

TEST_CASE("viewport bounds, screen conversion and fitting a rectangle")
{
    const WorldPoint town = Mercator::toWorld({111.71, -8.05});
    Viewport v(town, 12, 1920, 1080);
    const WorldRect b = v.worldBounds();
    CHECK(b.width() == Approx(1920.0 / (256 * 4096)));
    CHECK(b.height() == Approx(1080.0 / (256 * 4096)));
    CHECK((b.minX + b.maxX) / 2 == Approx(town.x));
    CHECK(v.screenToWorld({0, 0}).x == Approx(b.minX));
    CHECK(v.screenToWorld({0, 0}).y == Approx(b.minY));
    CHECK(v.screenToWorld({1920, 1080}).x == Approx(b.maxX));
    const WorldPoint s = v.worldToScreen(town);
    CHECK(s.x == Approx(960));
    CHECK(s.y == Approx(540));
    const WorldPoint w = v.screenToWorld({123.5, 987.25});
    CHECK(v.worldToScreen(w).x == Approx(123.5));
    CHECK(v.worldToScreen(w).y == Approx(987.25));

    // Wheel zoom keeps the world point under the cursor in place.
    const WorldPoint anchor = v.screenToWorld({300, 200});
    v.zoomAround({300, 200}, 1.5);
    CHECK(v.zoom() == 13.5);
    CHECK(v.worldToScreen(anchor).x == Approx(300));
    CHECK(v.worldToScreen(anchor).y == Approx(200));

    // The regency's extent fits, and half a zoom step more would not.
    const WorldPoint nw = Mercator::toWorld({111.4, -7.9}), se = Mercator::toWorld({112.0, -8.4});
    const WorldRect extent{nw.x, nw.y, se.x, se.y};
    const Viewport fit = Viewport::fitting(extent, 1920, 1080);
    const WorldRect fb = fit.worldBounds();
    CHECK(fb.minX <= extent.minX + 1e-12);
    CHECK(fb.maxX >= extent.maxX - 1e-12);
    CHECK(fb.minY <= extent.minY + 1e-12);
    CHECK(fb.maxY >= extent.maxY - 1e-12);
    Viewport closer = fit;
    closer.setZoom(fit.zoom() + 0.5);
    CHECK_FALSE((closer.worldBounds().width() >= extent.width() &&
                 closer.worldBounds().height() >= extent.height()));
    // A single point has no fitting zoom: the cap applies.
    CHECK(Viewport::fitting({town.x, town.y, town.x, town.y}, 800, 600, 17).zoom() == 17);
}
