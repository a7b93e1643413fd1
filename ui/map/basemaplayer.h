// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QPainterPath>
#include <QRectF>

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
    QPainterPath m_land;  // outer rings and holes, odd-even fill
    QPainterPath m_coast; // the outline without the straight edges of the data extent
    QRectF m_dataBounds;
};

// World (normalized Mercator) -> screen transform for a viewport.
QTransform worldTransform(const Viewport &view);

} // namespace posko::ui
