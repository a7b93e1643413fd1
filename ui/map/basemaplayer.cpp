// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/basemaplayer.h"

#include "core/geo/landmask.h"
#include "ui/map/mapstyle.h"

#include <QPainter>
#include <cmath>

namespace posko::ui {

QTransform worldTransform(const Viewport &view)
{
    const double s = Mercator::worldSize(view.zoom());
    return QTransform(s, 0, 0, s, view.width() / 2.0 - view.centre().x * s,
                      view.height() / 2.0 - view.centre().y * s);
}

BaseMapLayer::BaseMapLayer() : BaseMapLayer(LandMask::builtIn()) {}

BaseMapLayer::BaseMapLayer(const LandMask &land)
{
    m_land.setFillRule(Qt::OddEvenFill);
    double minLon = 180, maxLon = -180, maxLat = -90;
    for (const auto &polygon : land.polygons())
        for (const auto &pt : polygon.value(0)) {
            minLon = std::min(minLon, pt.lon);
            maxLon = std::max(maxLon, pt.lon);
            maxLat = std::max(maxLat, pt.lat);
        }
    const auto onEdge = [&](const LandMask::Point &a, const LandMask::Point &b) {
        constexpr double eps = 1e-9;
        return (std::abs(a.lon - b.lon) < eps &&
                (std::abs(a.lon - minLon) < eps || std::abs(a.lon - maxLon) < eps)) ||
               (std::abs(a.lat - b.lat) < eps && std::abs(a.lat - maxLat) < eps);
    };
    const auto toPoint = [](const LandMask::Point &p) {
        const WorldPoint w = Mercator::toWorld({p.lon, p.lat});
        return QPointF(w.x, w.y);
    };
    for (const auto &polygon : land.polygons()) {
        for (const auto &ring : polygon) {
            if (ring.size() < 2)
                continue;
            m_land.moveTo(toPoint(ring.first()));
            bool drawing = false;
            for (qsizetype i = 1; i < ring.size(); ++i) {
                m_land.lineTo(toPoint(ring.at(i)));
                if (onEdge(ring.at(i - 1), ring.at(i))) {
                    drawing = false;
                    continue;
                }
                if (!drawing)
                    m_coast.moveTo(toPoint(ring.at(i - 1)));
                m_coast.lineTo(toPoint(ring.at(i)));
                drawing = true;
            }
            m_land.closeSubpath();
        }
    }
    if (minLon <= maxLon) {
        const WorldPoint nw = Mercator::toWorld({minLon, maxLat});
        const WorldPoint e = Mercator::toWorld({maxLon, maxLat});
        m_dataBounds = QRectF(QPointF(nw.x, nw.y), QPointF(e.x, 1.0));
    }
}

void BaseMapLayer::paint(QPainter &p, const Viewport &view) const
{
    const QRectF screen(0, 0, view.width(), view.height());
    p.save();
    p.fillRect(screen, mapstyle::water());
    const QTransform t = worldTransform(view);
    if (!m_dataBounds.isEmpty()) {
        // Outside the data: four bands around the extent, drawn in screen space.
        const QRectF data = t.mapRect(m_dataBounds).intersected(screen.adjusted(-1, -1, 1, 1));
        if (data.isEmpty()) {
            p.fillRect(screen, mapstyle::noData());
        } else {
            p.fillRect(QRectF(0, 0, screen.width(), data.top()), mapstyle::noData());
            p.fillRect(QRectF(0, data.top(), data.left(), data.height()), mapstyle::noData());
            p.fillRect(
                QRectF(data.right(), data.top(), screen.width() - data.right(), data.height()),
                mapstyle::noData());
        }
    }
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setTransform(t);
    p.setPen(Qt::NoPen);
    p.setBrush(mapstyle::land());
    p.drawPath(m_land);
    QPen coast(mapstyle::coast(), 1.2);
    coast.setCosmetic(true);
    p.setPen(coast);
    p.setBrush(Qt::NoBrush);
    p.drawPath(m_coast);
    p.restore();
}

} // namespace posko::ui
