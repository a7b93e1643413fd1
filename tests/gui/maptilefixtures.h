// SPDX-License-Identifier: GPL-3.0-or-later
// Solid-colour PNG tiles and MBTiles files for the map's tile tests.
#pragma once

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

// An MBTiles file with the tiles given in XYZ rows (stored TMS-flipped, as the format wants).
inline bool writeMbTiles(const QString &path, const QList<QPair<QString, QString>> &metadata,
                         const QList<QPair<TileKey, QByteArray>> &tiles)
{
    const QString conn = QStringLiteral("test-maptiles-writer");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        ok = ok && q.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        ok = ok && q.exec(QStringLiteral("CREATE TABLE tiles (zoom_level INTEGER, tile_column "
                                         "INTEGER, tile_row INTEGER, tile_data BLOB)"));
        for (const auto &m : metadata) {
            q.prepare(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"));
            q.addBindValue(m.first);
            q.addBindValue(m.second);
            ok = ok && q.exec();
        }
        for (const auto &t : tiles) {
            q.prepare(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"));
            q.addBindValue(t.first.z);
            q.addBindValue(t.first.x);
            q.addBindValue(Mercator::flipRow(t.first.y, t.first.z));
            q.addBindValue(t.second);
            ok = ok && q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return ok;
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
