// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/basemaplayer.h"

#include "core/geo/landmask.h"
#include "ui/map/mapstyle.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

namespace posko::ui {

QTransform worldTransform(const Viewport &view)
{
    const double s = Mercator::worldSize(view.zoom());
    return QTransform(s, 0, 0, s, view.width() / 2.0 - view.centre().x * s,
                      view.height() / 2.0 - view.centre().y * s);
}

namespace {
// Sutherland-Hodgman against an axis-aligned rectangle: one ring in, one ring out (edges along
// the rectangle where the ring leaves it), which keeps odd-even filling of rings with holes right.
QPolygonF clipToRect(const QPolygonF &in, const QRectF &r)
{
    QPolygonF poly = in;
    for (int edge = 0; edge < 4 && !poly.isEmpty(); ++edge) {
        const auto inside = [&](const QPointF &p) {
            switch (edge) {
            case 0:
                return p.x() >= r.left();
            case 1:
                return p.x() <= r.right();
            case 2:
                return p.y() >= r.top();
            default:
                return p.y() <= r.bottom();
            }
        };
        const auto cross = [&](const QPointF &a, const QPointF &b) {
            const double v = edge == 0   ? r.left()
                             : edge == 1 ? r.right()
                             : edge == 2 ? r.top()
                                         : r.bottom();
            if (edge < 2) {
                const double f = (v - a.x()) / (b.x() - a.x());
                return QPointF(v, a.y() + f * (b.y() - a.y()));
            }
            const double f = (v - a.y()) / (b.y() - a.y());
            return QPointF(a.x() + f * (b.x() - a.x()), v);
        };
        QPolygonF out;
        out.reserve(poly.size() + 4);
        for (qsizetype i = 0; i < poly.size(); ++i) {
            const QPointF &cur = poly.at(i);
            const QPointF &prev = poly.at((i + poly.size() - 1) % poly.size());
            if (inside(cur)) {
                if (!inside(prev))
                    out << cross(prev, cur);
                out << cur;
            } else if (inside(prev)) {
                out << cross(prev, cur);
            }
        }
        poly = std::move(out);
    }
    return poly;
}
} // namespace

BaseMapLayer::BaseMapLayer() : BaseMapLayer(LandMask::builtIn()) {}

BaseMapLayer::BaseMapLayer(const LandMask &land)
{
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
            QPolygonF world;
            for (const auto &pt : ring)
                world << toPoint(pt);
            m_rings.push_back(world);
            QPolygonF coast;
            for (qsizetype i = 1; i < ring.size(); ++i) {
                if (onEdge(ring.at(i - 1), ring.at(i))) {
                    if (coast.size() > 1)
                        m_coast.push_back(coast);
                    coast.clear();
                    continue;
                }
                if (coast.isEmpty())
                    coast << world.at(i - 1);
                coast << world.at(i);
            }
            if (coast.size() > 1)
                m_coast.push_back(coast);
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
    const QRectF clip = screen.adjusted(-4, -4, 4, 4);
    QPainterPath land;
    land.setFillRule(Qt::OddEvenFill);
    for (const QPolygonF &ring : m_rings) {
        const QPolygonF clipped = clipToRect(t.map(ring), clip);
        if (clipped.size() >= 3)
            land.addPolygon(clipped);
    }
    p.setPen(Qt::NoPen);
    p.setBrush(mapstyle::land());
    p.drawPath(land);
    p.setPen(QPen(mapstyle::coast(), 1.2));
    QVector<QLineF> lines;
    for (const QPolygonF &line : m_coast) {
        const QPolygonF s = t.map(line);
        for (qsizetype i = 1; i < s.size(); ++i) {
            const QLineF l(s.at(i - 1), s.at(i));
            if (QRectF(l.p1(), l.p2()).normalized().intersects(clip))
                lines << l;
        }
    }
    p.drawLines(lines);
    p.restore();
}

} // namespace posko::ui
