// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QImage>

class QPainter;

namespace posko {
class ClusterIndex;
}

namespace posko::ui {

// Report density: the cluster counts of a finer grid level (about 15-30 screen pixels a cell)
// splatted into a quarter-resolution image, blurred, log-scaled and colour-mapped, then drawn
// scaled up. Costs a query of a few thousand cells; the image is kept until the camera or the
// reports change (invalidate()).
class HeatLayer final
{
public:
    void invalidate() { m_valid = false; }
    void paint(QPainter &p, const Viewport &view, const ClusterIndex &index);

private:
    void render(const Viewport &view, const ClusterIndex &index);

    QImage m_image;
    bool m_valid = false;
    double m_zoom = -1;
    WorldPoint m_centre;
    double m_width = 0;
    double m_height = 0;
};

} // namespace posko::ui
