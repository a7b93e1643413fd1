// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/tilesource.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <memory>
#include <optional>

namespace posko {

// How long a downloaded tile may be used without asking the server again, from the answer's
// headers (RFC 9111, simplified for a private tile cache): `no-store` keeps nothing,
// `no-cache` keeps it but revalidates every time, `max-age` wins over `Expires` (taken relative
// to the server's `Date` so a wrong local clock does not matter), and without either the tile is
// kept for `defaultMaxAgeSecs` (tile servers that say nothing expect clients to cache).
struct CachePolicy
{
    bool store = true;
    QDateTime expires; // UTC
};
CachePolicy cachePolicyFromHeaders(const QByteArray &cacheControl, const QByteArray &expires,
                                   const QByteArray &date, const QDateTime &now,
                                   qint64 defaultMaxAgeSecs);

// A disk cache of one source's tiles: one SQLite file (WAL), a size cap in bytes over the
// stored tile data, and eviction of the least recently used tiles when the cap is passed.
// Each tile keeps its content type, its expiry and the validators (ETag, Last-Modified) for
// conditional requests once it is stale.
//
// Threads: not thread-safe. A cache belongs to the thread that opened it (its SQLite
// connection is named and bound to that thread); every call must come from that thread.
class TileCache final
{
public:
    struct Entry
    {
        QByteArray data;
        QByteArray contentType;
        QDateTime expires; // UTC; stale when not after "now"
        QByteArray etag;
        QByteArray lastModified;

        bool isFresh(const QDateTime &now) const { return expires.isValid() && expires > now; }
    };

    // Opens or creates the cache file; nullptr with `error` filled when it cannot.
    static std::unique_ptr<TileCache> open(const QString &path, qint64 maxBytes,
                                           QString *error = nullptr);
    ~TileCache();
    TileCache(const TileCache &) = delete;
    TileCache &operator=(const TileCache &) = delete;

    // The stored tile, fresh or stale; marks it as just used (LRU).
    std::optional<Entry> find(const TileKey &key);
    // The stored tile's headers without its data and without marking it used.
    std::optional<Entry> peek(const TileKey &key) const;
    // Stores (or replaces) a tile, then evicts least recently used tiles above the cap. A tile
    // larger than the whole cap is not stored (false).
    bool store(const TileKey &key, const Entry &entry);
    // After a 304: the stored tile is still valid until `expires` (new validators if given).
    bool refresh(const TileKey &key, const QDateTime &expires, const QByteArray &etag,
                 const QByteArray &lastModified);
    bool remove(const TileKey &key);

    qint64 maxBytes() const { return m_maxBytes; }
    void setMaxBytes(qint64 bytes);
    qint64 totalBytes() const { return m_totalBytes; }
    int count() const;
    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

private:
    TileCache() = default;
    void evict();
    qint64 nextAccessStamp();

    QString m_path;
    QString m_connection;
    qint64 m_maxBytes = 0;
    qint64 m_totalBytes = 0;
    qint64 m_lastStamp = 0;
    QString m_lastError;
};

} // namespace posko
