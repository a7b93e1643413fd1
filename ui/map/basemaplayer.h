// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QPolygonF>
#include <QRectF>
#include <QVector>

class QPainter;

namespace posko {
class LandMask;
}

namespace posko::ui {

// The built-in offline base map: water, land with its inland water holes, and a muted "no data"
// area outside the outline's extent. The outline is converted once to world-coordinate paths;
// each frame only sets a QTransform (world -> screen) and fills them, so a frame costs a fill
// of a ~200-point polygon whatever the zoom.
class BaseMapLayer final
{
public:
    BaseMapLayer();
    explicit BaseMapLayer(const LandMask &land);

    void paint(QPainter &p, const Viewport &view) const;
    // Extent of the outline's data in world coordinates (open to the south: the sea goes on).
    const QRectF &dataBounds() const { return m_dataBounds; }

private:
    // Rings (outer and holes, filled odd-even) and coast polylines (the outline without the
    // straight edges of the data extent), in world coordinates. Each frame transforms them and
    // clips the rings to the screen: at street zooms the regency is millions of pixels wide and
    // an unclipped fill costs many milliseconds.
    QVector<QPolygonF> m_rings;
    QVector<QPolygonF> m_coast;
    QRectF m_dataBounds;
};

// World (normalized Mercator) -> screen transform for a viewport.
QTransform worldTransform(const Viewport &view);

} // namespace posko::ui
