// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/tilelayer.h"

#include <QFutureWatcher>
#include <QPainter>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <cmath>
#include <tuple>

namespace posko::ui {

namespace {
constexpr qint64 pendingTimeoutMs = 30000; // asked and never answered: ask again
constexpr qint64 failedRetryMs = 15000;    // a server error or timeout: ask again after this
constexpr qsizetype maxRemembered = 20000; // missing/failed keys remembered at most

QRectF screenRect(const TileKey &key, const Viewport &view)
{
    const WorldRect r = Mercator::tileBounds(key);
    const WorldPoint a = view.worldToScreen({r.minX, r.minY});
    const WorldPoint b = view.worldToScreen({r.maxX, r.maxY});
    // Whole pixels, so neighbouring tiles meet without hairline seams.
    return QRectF(QPointF(std::round(a.x), std::round(a.y)),
                  QPointF(std::round(b.x), std::round(b.y)));
}
} // namespace

TileLayer::TileLayer(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(2);
    m_clock.start();
}

TileLayer::~TileLayer()
{
    m_source.reset();
    m_pool.clear();
    m_pool.waitForDone();
}

void TileLayer::setSource(std::unique_ptr<TileSource> source)
{
    m_source = std::move(source);
    ++m_generation;
    clear();
    if (!m_source)
        return;
    connect(m_source.get(), &TileSource::tileReady, this, &TileLayer::onReady);
    connect(m_source.get(), &TileSource::tileFailed, this, &TileLayer::onFailed);
}

void TileLayer::clear()
{
    m_images.clear();
    m_lru.clear();
    m_bytes = 0;
    m_pending.clear();
    m_retryAfter.clear();
    m_missing.clear();
    m_lastWanted.clear();
}

void TileLayer::setMemoryLimit(qint64 bytes)
{
    m_limit = std::max<qint64>(bytes, 1);
    evict();
}

int TileLayer::tileZoomFor(double cameraZoom) const
{
    const int lo = m_source ? m_source->minZoom() : 0;
    const int hi = m_source ? std::max(lo, m_source->maxZoom()) : Mercator::maxTileZoom;
    return std::clamp(int(std::lround(cameraZoom)), std::max(0, lo),
                      std::min(hi, Mercator::maxTileZoom));
}

const QImage *TileLayer::image(const TileKey &key)
{
    auto it = m_images.find(key);
    if (it == m_images.end())
        return nullptr;
    m_lru.splice(m_lru.begin(), m_lru, it->lru);
    return &it->image;
}

void TileLayer::want(const TileKey &key, QList<TileKey> &wanted)
{
    const qint64 now = m_clock.elapsed();
    TileKey k = key;
    for (;;) {
        if (m_images.contains(k))
            return;
        if (!m_missing.contains(k)) {
            wanted.append(k);
            const auto pending = m_pending.constFind(k);
            const bool waiting = pending != m_pending.cend() && now - *pending < pendingTimeoutMs;
            if (!waiting && now >= m_retryAfter.value(k, 0)) {
                m_pending.insert(k, now);
                m_source->request(k);
            }
            return;
        }
        // The source has no such tile: fetch the parent so its scaled-up part fills in.
        if (k.z <= std::max(0, m_source->minZoom()))
            return;
        k = {k.z - 1, k.x / 2, k.y / 2};
    }
}

void TileLayer::paint(QPainter &p, const Viewport &view)
{
    // Below the source's range by more than a level the tiles would be tiny and many: the
    // built-in base map alone.
    if (!m_source || view.zoom() + 1.0 < m_source->minZoom())
        return;
    const int z = tileZoomFor(view.zoom());
    const WorldRect b = view.worldBounds();
    auto clamp01 = [](double v) { return std::clamp(v, 0.0, 1.0); };
    const TileKey first = Mercator::tileAt(WorldPoint{clamp01(b.minX), clamp01(b.minY)}, z);
    const TileKey last = Mercator::tileAt(WorldPoint{clamp01(b.maxX), clamp01(b.maxY)}, z);

    QList<TileKey> wanted;
    p.save();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int y = first.y; y <= last.y; ++y)
        for (int x = first.x; x <= last.x; ++x) {
            const TileKey key{z, x, y};
            const QRectF target = screenRect(key, view);
            if (const QImage *img = image(key)) {
                p.drawImage(target, *img);
                continue;
            }
            want(key, wanted);
            // Not loaded: the nearest loaded ancestor's part of it, scaled up.
            for (int az = z - 1; az >= 0; --az) {
                const int d = z - az;
                const TileKey anc{az, x >> d, y >> d};
                const QImage *img = image(anc);
                if (!img)
                    continue;
                const double sw = img->width() / std::ldexp(1.0, d);
                const double sh = img->height() / std::ldexp(1.0, d);
                const QRectF source((x - (anc.x << d)) * sw, (y - (anc.y << d)) * sh, sw, sh);
                p.drawImage(target, *img, source);
                break;
            }
            // Zooming out: the loaded children of the previous zoom cover their quarters.
            if (z < Mercator::maxTileZoom)
                for (int c = 0; c < 4; ++c) {
                    const TileKey child{z + 1, 2 * x + (c & 1), 2 * y + (c >> 1)};
                    if (const QImage *img = image(child))
                        p.drawImage(screenRect(child, view), *img);
                }
        }
    p.restore();

    std::sort(wanted.begin(), wanted.end(), [](const TileKey &a, const TileKey &c) {
        return std::tie(a.z, a.x, a.y) < std::tie(c.z, c.x, c.y);
    });
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    if (wanted != m_lastWanted) {
        m_lastWanted = wanted;
        m_source->retainOnly(wanted);
        const QSet<TileKey> keep(wanted.cbegin(), wanted.cend());
        for (auto it = m_pending.begin(); it != m_pending.end();)
            it = keep.contains(it.key()) ? std::next(it) : m_pending.erase(it);
    }
}

void TileLayer::onReady(const TileKey &key, const QByteArray &data)
{
    const quint64 generation = m_generation;
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        onDecoded(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [key, data, generation] {
        Decoded d;
        d.key = key;
        d.generation = generation;
        d.thread = quint64(quintptr(QThread::currentThreadId()));
        QImage image;
        if (image.loadFromData(data))
            d.image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
        return d;
    }));
}

void TileLayer::onFailed(const TileKey &key, const QString &reason, bool missing)
{
    Q_UNUSED(reason);
    m_pending.remove(key);
    if (m_retryAfter.size() > maxRemembered || m_missing.size() > maxRemembered) {
        m_retryAfter.clear();
        m_missing.clear();
    }
    if (missing)
        m_missing.insert(key);
    else
        m_retryAfter.insert(key, m_clock.elapsed() + failedRetryMs);
    // A missing tile makes the view ask for its parent; repaint to do so.
    emit changed();
}

void TileLayer::onDecoded(const Decoded &d)
{
    if (d.generation != m_generation)
        return;
    emit tileDecoded(d.key, d.thread);
    if (d.image.isNull()) {
        // Undecodable bytes: treat like a missing tile, so the ancestor shows.
        onFailed(d.key, QString(), true);
        return;
    }
    m_pending.remove(d.key);
    auto it = m_images.find(d.key);
    if (it != m_images.end()) {
        m_bytes -= it->image.sizeInBytes();
        m_lru.erase(it->lru);
        m_images.erase(it);
    }
    m_lru.push_front(d.key);
    m_images.insert(d.key, Entry{d.image, m_lru.begin()});
    m_bytes += d.image.sizeInBytes();
    evict();
    emit changed();
}

void TileLayer::evict()
{
    while (m_bytes > m_limit && m_lru.size() > 1) {
        const TileKey key = m_lru.back();
        m_lru.pop_back();
        auto it = m_images.find(key);
        if (it != m_images.end()) {
            m_bytes -= it->image.sizeInBytes();
            m_images.erase(it);
        }
    }
}

} // namespace posko::ui
