// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>
#include <optional>

namespace posko {

// Land/sea test for points, from a GeoJSON outline (resources/data/trenggalek-land.geojson).
// Used by the demo seeder to keep generated reports on land. Coordinates are lon/lat degrees;
// the area is small enough that planar ray casting on degrees is exact enough.
// Invariant after a successful load: at least one polygon, every ring has >= 4 points.
class LandMask final
{
public:
    struct Point
    {
        double lon = 0;
        double lat = 0;
    };
    using Ring = QVector<Point>;
    // First ring is the outer boundary, the others are holes (lakes, enclaves).
    using Polygon = QVector<Ring>;

    // Accepts a FeatureCollection, a Feature, or a bare (Multi)Polygon geometry.
    static std::optional<LandMask> fromGeoJson(const QByteArray &json, QString *error);
    // The outline shipped in the Qt resource :/posko/data/trenggalek-land.geojson.
    static LandMask builtIn();

    bool contains(double lon, double lat) const;
    const QVector<Polygon> &polygons() const { return m_polygons; }

private:
    QVector<Polygon> m_polygons;
};

} // namespace posko
