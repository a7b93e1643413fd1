// SPDX-License-Identifier: GPL-3.0-or-later
// Solid-colour PNG tiles and MBTiles files for the map's tile tests.
#pragma once

#include "mbtileswriter.h"

#include "core/geo/mercator.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cstdlib>

namespace posko::test {

inline QByteArray solidPng(const QColor &color)
{
    QImage img(256, 256, QImage::Format_RGB32);
    img.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return bytes;
}

inline bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

inline WorldPoint tileCentre(const TileKey &k)
{
    const WorldRect r = Mercator::tileBounds(k);
    return {(r.minX + r.maxX) / 2, (r.minY + r.maxY) / 2};
}

} // namespace posko::test
