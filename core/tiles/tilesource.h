// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

namespace posko {

// Tile addresses are posko::TileKey from core/geo/mercator.h: standard XYZ rows (y = 0 at the
// north). Sources that store TMS rows (MBTiles) flip internally; nothing outside a source sees TMS.

inline size_t qHash(const TileKey &k, size_t seed = 0)
{
    return ::qHash((quint64(quint32(k.z)) << 48) ^ (quint64(quint32(k.x)) << 24) ^
                       quint64(quint32(k.y)),
                   seed);
}

// One source of raster tiles (XYZ server with disk cache, MBTiles file, the hub's tile
// service). It hands out encoded image bytes (PNG/JPEG/WebP); decoding is the map view's job,
// off the GUI thread. Requests never block: answers arrive as signals, always queued (never
// emitted from inside request()). Core layer: no QtGui.
class TileSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~TileSource() override = default;

    virtual QString name() const = 0;
    // Plain text shown in the map's corner, e.g. "© OpenStreetMap contributors".
    virtual QString attribution() const = 0;
    virtual int minZoom() const { return 0; }
    virtual int maxZoom() const { return 19; }

    // Asks for a tile. A source may drop requests it cannot serve soon; the view asks again
    // for what it still needs. Requests for tiles out of the zoom range fail at once (queued).
    virtual void request(const TileKey &key) = 0;
    // The view's current needs: pending requests for other tiles may be cancelled.
    virtual void retainOnly(const QList<TileKey> &wanted) { Q_UNUSED(wanted); }

signals:
    void tileReady(const posko::TileKey &key, const QByteArray &data);
    // `missing`: the source has no such tile (404 / not in the file): the view falls back to the
    // parent tile scaled up and does not ask again soon.
    void tileFailed(const posko::TileKey &key, const QString &reason, bool missing);
};

} // namespace posko

Q_DECLARE_METATYPE(posko::TileKey)
