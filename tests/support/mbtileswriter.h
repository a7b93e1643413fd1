// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace posko::test {

// Writes an MBTiles file: metadata rows and tiles given in XYZ rows, stored TMS-flipped as the
// format requires (the flip is what the tests check the source undoes).
inline bool writeMbTiles(const QString &path, const QList<QPair<QString, QString>> &metadata,
                         const QList<QPair<TileKey, QByteArray>> &tiles)
{
    const QString conn = QStringLiteral("posko-test-mbtiles-writer");
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
            q.addBindValue((1 << t.first.z) - 1 - t.first.y);
            q.addBindValue(t.second);
            ok = ok && q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    return ok;
}

} // namespace posko::test
