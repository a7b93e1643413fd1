// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <QString>
#include <QVector>
#include <optional>

class QPainter;

namespace posko::ui {

// Kecamatan/desa outlines from a GeoJSON file the administrator provides: every Polygon or
// MultiPolygon feature drawn as an outline, labelled with its `name` property when its outline
// is large enough on screen. Paths are in world coordinates, transformed per frame.
class BoundaryLayer final
{
    Q_DECLARE_TR_FUNCTIONS(posko::ui::BoundaryLayer)

public:
    struct Area
    {
        QString name;
        QPainterPath path; // world coordinates
        QRectF bounds;     // world coordinates
    };

    // nullopt and a translated reason when the file is not usable GeoJSON with polygons.
    static std::optional<BoundaryLayer> fromGeoJson(const QByteArray &json, QString *error);

    const QVector<Area> &areas() const { return m_areas; }
    void paint(QPainter &p, const Viewport &view) const;

private:
    QVector<Area> m_areas;
};

} // namespace posko::ui
