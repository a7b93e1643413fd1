// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/areas.h"

#include <QString>
#include <QVector>

namespace posko {

// Finds the kecamatan of a point. There is no boundary data for Trenggalek's kecamatan in
// the project (only codes and names), so this uses APPROXIMATE centroids of the 14 kecamatan
// (best knowledge, accurate to a few kilometres) and picks the nearest one within a radius.
// Good enough to file a citizen report under the right office; not a cadastral answer.
// Desa cannot be derived at all without boundaries, so intake leaves it empty.
class PlaceFinder final
{
public:
    struct Centroid
    {
        QString kecamatanCode;
        QString name;
        double lat = 0;
        double lon = 0;
    };

    explicit PlaceFinder(const AreaCatalog &areas);

    // Code of the nearest kecamatan centroid, or empty when the point is farther than
    // `maxKm` from all of them (outside the regency).
    QString kecamatanAt(double lat, double lon, double maxKm = 20.0) const;
    const QVector<Centroid> &centroids() const { return m_centroids; }

    static double distanceKm(double lat1, double lon1, double lat2, double lon2);

private:
    QVector<Centroid> m_centroids;
};

} // namespace posko
