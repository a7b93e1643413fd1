// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/tiles/tilecache.h"
#include "core/tiles/tilesource.h"
#include "core/tiles/tileworker.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace posko {

// What identifies Posko to tile servers when nobody configured a contact (OpenStreetMap's tile
// usage policy asks for a User-Agent that lets the operator reach the application's people).
inline constexpr char defaultTileContact[] = "https://www.trenggalekkab.go.id";

// "Posko/<version> (+<contact>; command centre)".
QByteArray tileUserAgent(const QString &contact = QString());

struct XyzConfig
{
    QString name;
    // e.g. https://{s}.tile.example.org/{z}/{x}/{y}.png: {z}, {x} and {y} are required, {s}
    // (one of `subdomains`, chosen per tile so a tile always comes from the same host) optional.
    QString urlTemplate;
    QStringList subdomains; // empty with {s}: a, b, c
    QString attribution;    // shown on the map; the server's terms decide the text
    QString contact;        // URL or e-mail in the User-Agent; empty: defaultTileContact
    int minZoom = 0;
    int maxZoom = 19;
    int maxParallel = 2;   // requests on the wire at once, clamped to 1..6
    int maxQueued = 256;   // waiting requests; the oldest are refused beyond this
    int timeoutMs = 15000; // no byte received for this long: the request fails
    QString cachePath;     // SQLite file of the disk cache; empty: no disk cache
    qint64 cacheMaxBytes = 256LL * 1024 * 1024;
    qint64 defaultMaxAgeSecs = 7 * 24 * 3600; // answers without Cache-Control or Expires
};

// An online XYZ tile server (OpenStreetMap-style URL template) with a disk cache, following the
// OpenStreetMap tile usage policy: a User-Agent naming Posko, its version and a contact;
// Cache-Control/Expires honoured (a fresh cached tile costs no request, a stale one a
// conditional request whose 304 only renews the expiry); only the tiles asked for are fetched
// (no prefetching); at most `maxParallel` requests at once. Waiting requests are served newest
// first, since the newest ones are what the view shows now, and retainOnly() drops the queued
// ones the view no longer needs (requests on the wire finish and fill the cache).
// A 404 answers missing=true; other failures (server errors, timeouts) are reported and never
// cached. Lives on one thread with its network access manager; the disk cache's lookups and
// stores run on the source's own SQLite thread (its own connection to the cache file), so the
// owner thread never waits for the disk. cache() is a second, read-only view for the owner
// thread (the hub's content types, tests).
class XyzTileSource final : public TileSource
{
    Q_OBJECT

public:
    struct Created
    {
        std::unique_ptr<XyzTileSource> source;
        QString error;
    };
    // Refuses a bad URL template or an unusable cache file with a clear error.
    static Created create(const XyzConfig &config, QNetworkAccessManager *network,
                          QObject *parent = nullptr);
    // Empty when `urlTemplate` is usable, otherwise why not.
    static QString checkTemplate(const QString &urlTemplate);

    ~XyzTileSource() override;

    QString name() const override { return m_config.name; }
    QString attribution() const override { return m_config.attribution; }
    int minZoom() const override { return m_config.minZoom; }
    int maxZoom() const override { return m_config.maxZoom; }
    void request(const TileKey &key) override;
    void retainOnly(const QList<TileKey> &wanted) override;

    const XyzConfig &config() const { return m_config; }
    QUrl tileUrl(const TileKey &key) const;
    TileCache *cache() const { return m_cache.get(); }
    int inFlight() const { return int(m_inFlight.size()); }
    // Waiting requests: for the network, or for their cache lookup on the SQLite thread.
    int queued() const { return int(m_queue.size() + m_lookups.size()); }
    int lookingUp() const { return int(m_lookups.size()); }
    // For tests: replaces "now" for expiry decisions.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }
    // For tests: runs on the SQLite thread before each cache job (no-op without a cache).
    void setSqlProbe(std::function<void()> probe);

private:
    XyzTileSource(const XyzConfig &config, QNetworkAccessManager *network, QObject *parent);
    struct Answer
    {
        TileKey key;
        QByteArray data;
        QString reason;
        bool ok = false;
        bool missing = false;
    };
    struct Validators
    {
        QByteArray etag;
        QByteArray lastModified;
    };
    struct WorkerState;
    void answerLater(Answer a);
    void looked(const TileKey &key, const std::optional<TileCache::Entry> &entry);
    void enqueue(const TileKey &key);
    // Runs `job` on the SQLite thread with its cache; the answer it returns is answered here.
    void cacheJob(std::function<Answer(TileCache *)> job);
    void flushAnswers();
    void pump();
    void start(const TileKey &key);
    void finished(QNetworkReply *reply, const TileKey &key);
    QDateTime now() const;

    XyzConfig m_config;
    QPointer<QNetworkAccessManager> m_network;
    std::unique_ptr<TileCache> m_cache;
    QByteArray m_userAgent;
    QList<TileKey> m_queue; // oldest first; served from the back
    QHash<TileKey, QNetworkReply *> m_inFlight;
    QList<Answer> m_answers;
    bool m_flushScheduled = false;
    std::function<QDateTime()> m_now;
    QSet<TileKey> m_lookups;                 // waiting for the SQLite thread's cache lookup
    QHash<TileKey, Validators> m_validators; // of stale cached tiles, for the queued request
    std::shared_ptr<WorkerState> m_state;    // touched only on the worker thread
    std::unique_ptr<TileWorker> m_worker;    // with a disk cache only; declared last: joined first
};

} // namespace posko
