// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/placefinder.h"

#include <cmath>
#include <limits>

namespace posko {

namespace {
struct Approx
{
    const char *name;
    double lat, lon;
};
// Approximate centres (see the class comment): town centres of each kecamatan.
constexpr Approx approxCentroids[] = {
    {"Trenggalek", -8.05, 111.71}, {"Watulimo", -8.26, 111.71},  {"Panggul", -8.25, 111.45},
    {"Munjungan", -8.29, 111.58},  {"Dongko", -8.17, 111.54},    {"Pule", -8.13, 111.56},
    {"Kampak", -8.20, 111.64},     {"Karangan", -8.05, 111.64},  {"Suruh", -8.09, 111.61},
    {"Tugu", -7.98, 111.61},       {"Bendungan", -7.97, 111.72}, {"Gandusari", -8.11, 111.75},
    {"Pogalan", -8.07, 111.76},    {"Durenan", -8.11, 111.81},
};
} // namespace

PlaceFinder::PlaceFinder(const AreaCatalog &areas)
{
    for (const Approx &a : approxCentroids)
        for (const Kecamatan &k : areas.kecamatan())
            if (k.name == QLatin1String(a.name))
                m_centroids.push_back({k.code, k.name, a.lat, a.lon});
}

double PlaceFinder::distanceKm(double lat1, double lon1, double lat2, double lon2)
{
    // Equirectangular approximation: errors are far below the centroids' own inaccuracy.
    constexpr double degToRad = 3.14159265358979323846 / 180.0;
    const double x = (lon2 - lon1) * degToRad * std::cos((lat1 + lat2) / 2 * degToRad);
    const double y = (lat2 - lat1) * degToRad;
    return std::sqrt(x * x + y * y) * 6371.0;
}

QString PlaceFinder::kecamatanAt(double lat, double lon, double maxKm) const
{
    double best = std::numeric_limits<double>::max();
    QString code;
    for (const Centroid &c : m_centroids) {
        const double d = distanceKm(lat, lon, c.lat, c.lon);
        if (d < best) {
            best = d;
            code = c.kecamatanCode;
        }
    }
    return best <= maxKm ? code : QString();
}

} // namespace posko
