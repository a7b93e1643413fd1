// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geo/landmask.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtGlobal>

namespace posko {

namespace {

bool parseRing(const QJsonArray &coords, LandMask::Ring *ring)
{
    for (const QJsonValue &pv : coords) {
        const QJsonArray p = pv.toArray();
        if (p.size() < 2 || !p.at(0).isDouble() || !p.at(1).isDouble())
            return false;
        ring->push_back({p.at(0).toDouble(), p.at(1).toDouble()});
    }
    return ring->size() >= 4;
}

bool parsePolygon(const QJsonArray &rings, LandMask::Polygon *poly)
{
    if (rings.isEmpty())
        return false;
    for (const QJsonValue &rv : rings) {
        LandMask::Ring ring;
        if (!parseRing(rv.toArray(), &ring))
            return false;
        poly->push_back(std::move(ring));
    }
    return true;
}

// Even-odd ray casting; points exactly on an edge may go either way, which is fine for a mask.
bool ringContains(const LandMask::Ring &ring, double x, double y)
{
    bool inside = false;
    for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
        const auto &a = ring[i];
        const auto &b = ring[j];
        if ((a.lat > y) != (b.lat > y)) {
            const double xCross = (b.lon - a.lon) * (y - a.lat) / (b.lat - a.lat) + a.lon;
            if (x < xCross)
                inside = !inside;
        }
    }
    return inside;
}

bool addGeometry(const QJsonObject &g, QVector<LandMask::Polygon> *out, QString *error)
{
    const QString type = g.value(QStringLiteral("type")).toString();
    const QJsonArray coords = g.value(QStringLiteral("coordinates")).toArray();
    if (type == QStringLiteral("Polygon")) {
        LandMask::Polygon poly;
        if (!parsePolygon(coords, &poly)) {
            *error = QStringLiteral("malformed Polygon coordinates");
            return false;
        }
        out->push_back(std::move(poly));
        return true;
    }
    if (type == QStringLiteral("MultiPolygon")) {
        for (const QJsonValue &pv : coords) {
            LandMask::Polygon poly;
            if (!parsePolygon(pv.toArray(), &poly)) {
                *error = QStringLiteral("malformed MultiPolygon coordinates");
                return false;
            }
            out->push_back(std::move(poly));
        }
        return true;
    }
    *error = QStringLiteral("unsupported geometry type \"%1\"").arg(type);
    return false;
}

} // namespace

std::optional<LandMask> LandMask::fromGeoJson(const QByteArray &json, QString *error)
{
    QString err;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    LandMask mask;
    if (!doc.isObject()) {
        err = QStringLiteral("not a GeoJSON object: %1").arg(pe.errorString());
    } else {
        const QJsonObject root = doc.object();
        const QString type = root.value(QStringLiteral("type")).toString();
        QJsonArray features;
        if (type == QStringLiteral("FeatureCollection"))
            features = root.value(QStringLiteral("features")).toArray();
        else if (type == QStringLiteral("Feature"))
            features.append(root);
        else
            features.append(QJsonObject{{QStringLiteral("geometry"), root}});
        for (const QJsonValue &fv : features) {
            if (!addGeometry(fv.toObject().value(QStringLiteral("geometry")).toObject(),
                             &mask.m_polygons, &err))
                break;
        }
        if (err.isEmpty() && mask.m_polygons.isEmpty())
            err = QStringLiteral("no polygon in the outline");
    }
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return std::nullopt;
    }
    return mask;
}

LandMask LandMask::builtIn()
{
    QFile f(QStringLiteral(":/posko/data/trenggalek-land.geojson"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in land outline missing from resources");
    QString error;
    auto mask = fromGeoJson(f.readAll(), &error);
    if (!mask)
        qFatal("built-in land outline is broken: %s", qPrintable(error));
    return *mask;
}

bool LandMask::contains(double lon, double lat) const
{
    for (const Polygon &poly : m_polygons) {
        if (!ringContains(poly.front(), lon, lat))
            continue;
        bool inHole = false;
        for (qsizetype i = 1; i < poly.size() && !inHole; ++i)
            inHole = ringContains(poly[i], lon, lat);
        if (!inHole)
            return true;
    }
    return false;
}

} // namespace posko
