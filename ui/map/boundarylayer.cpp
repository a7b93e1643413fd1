// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/boundarylayer.h"

#include "ui/map/basemaplayer.h"
#include "ui/map/mapstyle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <cmath>

namespace posko::ui {

namespace {
// Appends one polygon (outer ring + holes); false when the coordinates are not lon/lat pairs.
bool addPolygon(const QJsonArray &rings, QPainterPath &path)
{
    for (const QJsonValue &ringValue : rings) {
        const QJsonArray ring = ringValue.toArray();
        if (ring.size() < 4)
            return false;
        for (qsizetype i = 0; i < ring.size(); ++i) {
            const QJsonArray pt = ring.at(i).toArray();
            if (pt.size() < 2 || !pt.at(0).isDouble() || !pt.at(1).isDouble())
                return false;
            const double lon = pt.at(0).toDouble(), lat = pt.at(1).toDouble();
            if (std::abs(lon) > 180 || std::abs(lat) > 90)
                return false;
            const WorldPoint w = Mercator::toWorld({lon, lat});
            if (i == 0)
                path.moveTo(w.x, w.y);
            else
                path.lineTo(w.x, w.y);
        }
        path.closeSubpath();
    }
    return true;
}
} // namespace

std::optional<BoundaryLayer> BoundaryLayer::fromGeoJson(const QByteArray &json, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return fail(tr("The file is not GeoJSON: %1").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    QJsonArray features;
    const QString type = root.value(QLatin1String("type")).toString();
    if (type == QLatin1String("FeatureCollection"))
        features = root.value(QLatin1String("features")).toArray();
    else if (type == QLatin1String("Feature"))
        features.append(root);
    else
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("geometry"), root}});

    BoundaryLayer layer;
    int index = 0;
    for (const QJsonValue &fv : std::as_const(features)) {
        ++index;
        const QJsonObject feature = fv.toObject();
        const QJsonObject geometry = feature.value(QLatin1String("geometry")).toObject();
        const QString gtype = geometry.value(QLatin1String("type")).toString();
        const QJsonArray coords = geometry.value(QLatin1String("coordinates")).toArray();
        Area area;
        area.name = feature.value(QLatin1String("properties"))
                        .toObject()
                        .value(QLatin1String("name"))
                        .toString();
        bool ok = true;
        if (gtype == QLatin1String("Polygon"))
            ok = addPolygon(coords, area.path);
        else if (gtype == QLatin1String("MultiPolygon"))
            for (const QJsonValue &poly : coords)
                ok = ok && addPolygon(poly.toArray(), area.path);
        else
            continue; // points and lines are not boundaries
        if (!ok || area.path.isEmpty())
            return fail(tr("Feature %1 has invalid polygon coordinates.").arg(index));
        area.bounds = area.path.boundingRect();
        layer.m_areas.push_back(std::move(area));
    }
    if (layer.m_areas.isEmpty())
        return fail(tr("The file has no Polygon or MultiPolygon features."));
    return layer;
}

void BoundaryLayer::paint(QPainter &p, const Viewport &view) const
{
    const QTransform t = worldTransform(view);
    const QRectF screen(0, 0, view.width(), view.height());
    const WorldRect wb = view.worldBounds();
    const QRectF visible(QPointF(wb.minX, wb.minY), QPointF(wb.maxX, wb.maxY));
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(mapstyle::boundary(), 1.6, Qt::DashLine);
    pen.setCosmetic(true);
    for (const Area &a : m_areas) {
        if (!a.bounds.intersects(visible))
            continue;
        p.setTransform(t);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawPath(a.path);
    }
    p.resetTransform();
    QFont f = p.font();
    f.setPixelSize(12);
    f.setBold(true);
    p.setFont(f);
    const QFontMetricsF fm(f);
    for (const Area &a : m_areas) {
        if (a.name.isEmpty() || !a.bounds.intersects(visible))
            continue;
        const QRectF s = t.mapRect(a.bounds);
        const double textWidth = fm.horizontalAdvance(a.name);
        if (s.width() < textWidth * 1.5 || s.height() < fm.height() * 3)
            continue; // too small at this zoom to name
        const QPointF c = s.intersected(screen).center();
        const QRectF box(c.x() - textWidth / 2 - 3, c.y() - fm.height() / 2, textWidth + 6,
                         fm.height());
        QPainterPath halo;
        halo.addText(box.left() + 3, box.top() + fm.ascent(), f, a.name);
        p.setPen(QPen(QColor(255, 255, 255, 220), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(halo);
        p.setPen(mapstyle::boundary().darker(130));
        p.drawText(box, Qt::AlignCenter, a.name);
    }
    p.restore();
}

} // namespace posko::ui
