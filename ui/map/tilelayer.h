// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/geo/mercator.h"
#include "core/tiles/tilesource.h"

#include <QElapsedTimer>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>
#include <list>
#include <memory>

class QPainter;

namespace posko::ui {

// Raster tiles from a TileSource drawn under the markers, above the built-in vector base map.
// Each frame asks the source for the tiles covering the viewport at the integer zoom nearest
// the camera's (clamped to the source's range) and retainOnly()s them; tile bytes are decoded
// on a worker pool, never on the GUI thread, and the QImages come back queued into an LRU
// bounded by bytes. A tile not loaded (yet, or missing in the source) is drawn from its nearest
// loaded ancestor's sub-rectangle scaled up; when the source has no such tile the layer asks
// for the parent so the scaled-up fallback appears; after zooming out, loaded children cover
// their quarters. Where nothing is loaded the base map shows through, and more than a level
// below the source's minimum zoom no tiles are drawn at all. Painting never waits: it draws
// what is decoded now.
class TileLayer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TileLayer)

public:
    explicit TileLayer(QObject *parent = nullptr);
    ~TileLayer() override;

    // Takes the source (nullptr: no tiles, the built-in base map alone). Drops decoded tiles.
    void setSource(std::unique_ptr<TileSource> source);
    TileSource *source() const { return m_source.get(); }
    bool isActive() const { return m_source != nullptr; }

    // The integer tile zoom used for a camera zoom: nearest, clamped to the source's range.
    int tileZoomFor(double cameraZoom) const;
    // Requests what the view needs and draws what is loaded. `view` has the frame's size.
    void paint(QPainter &p, const Viewport &view);

    void setMemoryLimit(qint64 bytes);
    qint64 memoryUsed() const { return m_bytes; }
    int decodedCount() const { return int(m_lru.size()); }
    bool hasDecoded(const TileKey &key) const { return m_images.contains(key); }

signals:
    // A tile was decoded and is ready to draw (the view repaints).
    void changed();
    // For tests and tracing: the thread that decoded a tile (never the GUI thread).
    void tileDecoded(const posko::TileKey &key, quint64 decodingThreadId);

private:
    struct Decoded
    {
        TileKey key;
        QImage image;
        quint64 thread = 0;
        quint64 generation = 0;
    };
    struct Entry
    {
        QImage image;
        std::list<TileKey>::iterator lru;
    };
    void onReady(const TileKey &key, const QByteArray &data);
    void onFailed(const TileKey &key, const QString &reason, bool missing);
    void onDecoded(const Decoded &d);
    void want(const TileKey &key, QList<TileKey> &wanted);
    const QImage *image(const TileKey &key);
    void evict();
    void clear();

    std::unique_ptr<TileSource> m_source;
    quint64 m_generation = 0;
    QThreadPool m_pool;
    QHash<TileKey, Entry> m_images;
    std::list<TileKey> m_lru; // most recently drawn first
    qint64 m_bytes = 0;
    qint64 m_limit = 128LL * 1024 * 1024;
    QHash<TileKey, qint64> m_pending;    // asked (or decoding) since, ms
    QHash<TileKey, qint64> m_retryAfter; // missing or failed: not asked again before, ms
    QSet<TileKey> m_missing;             // the source has no such tile
    QList<TileKey> m_lastWanted;
    QElapsedTimer m_clock;
};

} // namespace posko::ui
