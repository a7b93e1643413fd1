// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tiles/xyztilesource.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrl>

namespace posko {

namespace {

// Content type from the bytes, for servers that send none or a generic one.
QByteArray sniffContentType(const QByteArray &data)
{
    if (data.startsWith("\x89PNG"))
        return "image/png";
    if (data.startsWith("\xFF\xD8"))
        return "image/jpeg";
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return "image/webp";
    return "application/octet-stream";
}

} // namespace

// What the SQLite thread keeps: its own connection to the cache file, opened there.
struct XyzTileSource::WorkerState
{
    QString path;
    qint64 maxBytes = 0;
    bool opened = false;
    std::unique_ptr<TileCache> cache;
    std::function<void()> probe;
};

namespace {

// On the SQLite thread, at its first job: the connection belongs to the thread that opens it.
void openWorkerCache(auto &state)
{
    if (state.opened)
        return;
    state.opened = true;
    state.cache = TileCache::open(state.path, state.maxBytes);
}

} // namespace

QByteArray tileUserAgent(const QString &contact)
{
    const QString c =
        contact.trimmed().isEmpty() ? QString::fromLatin1(defaultTileContact) : contact.trimmed();
    return QStringLiteral("Posko/%1 (+%2; command centre)")
        .arg(QStringLiteral(POSKO_VERSION), c)
        .toUtf8();
}

QString XyzTileSource::checkTemplate(const QString &urlTemplate)
{
    if (urlTemplate.trimmed().isEmpty())
        return QCoreApplication::translate("posko::XyzTileSource",
                                           "the tile URL template is empty");
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = placeholder.globalMatch(urlTemplate); it.hasNext();) {
        const QString p = it.next().captured(1);
        if (p != QLatin1String("z") && p != QLatin1String("x") && p != QLatin1String("y") &&
            p != QLatin1String("s"))
            return QCoreApplication::translate(
                       "posko::XyzTileSource",
                       "the tile URL template %1 has an unknown placeholder {%2}; use {z}, {x}, "
                       "{y} and optionally {s}")
                .arg(urlTemplate, p);
    }
    for (const char *needed : {"{z}", "{x}", "{y}"})
        if (!urlTemplate.contains(QLatin1String(needed)))
            return QCoreApplication::translate(
                       "posko::XyzTileSource",
                       "the tile URL template %1 lacks %2; it needs {z}, {x} and {y}")
                .arg(urlTemplate, QLatin1String(needed));
    QString sample = urlTemplate;
    sample.replace(QLatin1String("{z}"), QLatin1String("1"))
        .replace(QLatin1String("{x}"), QLatin1String("1"))
        .replace(QLatin1String("{y}"), QLatin1String("1"))
        .replace(QLatin1String("{s}"), QLatin1String("a"));
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
        url.host().isEmpty())
        return QCoreApplication::translate(
                   "posko::XyzTileSource",
                   "the tile URL template %1 is not an http:// or https:// URL with a host")
            .arg(urlTemplate);
    return {};
}

XyzTileSource::Created XyzTileSource::create(const XyzConfig &config,
                                             QNetworkAccessManager *network, QObject *parent)
{
    Created out;
    if (const QString bad = checkTemplate(config.urlTemplate); !bad.isEmpty()) {
        out.error = bad;
        return out;
    }
    if (!network) {
        out.error = QCoreApplication::translate("posko::XyzTileSource",
                                                "no network access for the tile source");
        return out;
    }
    if (config.minZoom < 0 || config.maxZoom > 30 || config.minZoom > config.maxZoom) {
        out.error = QCoreApplication::translate(
            "posko::XyzTileSource", "the zoom range of the tile source must lie within 0..30");
        return out;
    }
    std::unique_ptr<XyzTileSource> s(new XyzTileSource(config, network, parent));
    if (!config.cachePath.isEmpty()) {
        QString error;
        s->m_cache = TileCache::open(config.cachePath, config.cacheMaxBytes, &error);
        if (!s->m_cache) {
            out.error = error;
            return out;
        }
        s->m_state = std::make_shared<WorkerState>();
        s->m_state->path = config.cachePath;
        s->m_state->maxBytes = config.cacheMaxBytes;
        s->m_worker = std::make_unique<TileWorker>(QStringLiteral("posko-tilecache"),
                                                   [state = s->m_state] { state->cache.reset(); });
    }
    out.source = std::move(s);
    return out;
}

XyzTileSource::XyzTileSource(const XyzConfig &config, QNetworkAccessManager *network,
                             QObject *parent)
    : TileSource(parent), m_config(config), m_network(network),
      m_userAgent(tileUserAgent(config.contact))
{
    // The OpenStreetMap policy allows two connections per client; six is what browsers use
    // and the most any server should see from one command centre.
    m_config.maxParallel = qBound(1, m_config.maxParallel, 6);
    m_config.maxQueued = qMax(1, m_config.maxQueued);
    m_config.timeoutMs = qMax(1, m_config.timeoutMs);
    if (m_config.urlTemplate.contains(QLatin1String("{s}")) && m_config.subdomains.isEmpty())
        m_config.subdomains = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
}

XyzTileSource::~XyzTileSource()
{
    // Pending cache jobs finish (stores are kept), the connection closes on its thread, and the
    // thread is joined; their answers to this source are dropped with it.
    m_worker.reset();
    // Nobody waits for these answers any more: no signal may reach a half-destroyed source.
    // Replies are the network access manager's children: gone with it when it went first.
    if (!m_network)
        return;
    for (QNetworkReply *reply : std::as_const(m_inFlight)) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QDateTime XyzTileSource::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

QUrl XyzTileSource::tileUrl(const TileKey &key) const
{
    QString s = m_config.urlTemplate;
    s.replace(QLatin1String("{z}"), QString::number(key.z))
        .replace(QLatin1String("{x}"), QString::number(key.x))
        .replace(QLatin1String("{y}"), QString::number(key.y));
    if (!m_config.subdomains.isEmpty()) {
        // The same tile always from the same host, so HTTP caches on the way stay useful.
        const qsizetype i = qsizetype(quint32(key.x + key.y)) % m_config.subdomains.size();
        s.replace(QLatin1String("{s}"), m_config.subdomains.at(i));
    }
    return QUrl(s);
}

void XyzTileSource::request(const TileKey &key)
{
    const qint64 side = key.z >= 0 && key.z <= 30 ? (qint64(1) << key.z) : 0;
    if (key.z < m_config.minZoom || key.z > m_config.maxZoom || key.x < 0 || key.y < 0 ||
        key.x >= side || key.y >= side) {
        answerLater({key,
                     {},
                     QCoreApplication::translate("posko::XyzTileSource",
                                                 "the tile is outside the source's zoom range"),
                     false,
                     true});
        return;
    }
    if (m_inFlight.contains(key) || m_lookups.contains(key))
        return; // its answer is on the way
    if (m_worker) {
        m_lookups.insert(key);
        m_worker->post([this, state = m_state, key] {
            if (state->probe)
                state->probe();
            std::optional<TileCache::Entry> e;
            openWorkerCache(*state);
            if (state->cache)
                e = state->cache->find(key);
            QMetaObject::invokeMethod(
                this, [this, key, e] { looked(key, e); }, Qt::QueuedConnection);
        });
        return;
    }
    enqueue(key);
}

void XyzTileSource::setSqlProbe(std::function<void()> probe)
{
    if (m_worker)
        m_worker->post([state = m_state, probe = std::move(probe)] { state->probe = probe; });
}

void XyzTileSource::cacheJob(std::function<Answer(TileCache *)> job)
{
    m_worker->post([this, state = m_state, job = std::move(job)] {
        if (state->probe)
            state->probe();
        openWorkerCache(*state);
        Answer a = job(state->cache.get());
        QMetaObject::invokeMethod(
            this, [this, a] { answerLater(a); }, Qt::QueuedConnection);
    });
}

void XyzTileSource::looked(const TileKey &key, const std::optional<TileCache::Entry> &entry)
{
    const bool wanted = m_lookups.remove(key);
    if (entry && entry->isFresh(now())) {
        answerLater({key, entry->data, {}, true, false});
        return;
    }
    if (!wanted || m_inFlight.contains(key))
        return; // dropped by retainOnly() meanwhile, or already on the wire
    if (entry)
        m_validators.insert(key, {entry->etag, entry->lastModified});
    else
        m_validators.remove(key);
    enqueue(key);
}

void XyzTileSource::enqueue(const TileKey &key)
{
    m_queue.removeOne(key); // asked again: it becomes the newest
    m_queue.push_back(key);
    while (m_queue.size() > m_config.maxQueued) {
        const TileKey dropped = m_queue.takeFirst();
        answerLater({dropped,
                     {},
                     QCoreApplication::translate("posko::XyzTileSource",
                                                 "too many tile requests are waiting"),
                     false,
                     false});
    }
    pump();
}

void XyzTileSource::retainOnly(const QList<TileKey> &wanted)
{
    const QSet<TileKey> keep(wanted.begin(), wanted.end());
    m_queue.removeIf([&](const TileKey &k) { return !keep.contains(k); });
    m_lookups.removeIf([&](const TileKey &k) { return !keep.contains(k); });
    for (auto it = m_validators.begin(); it != m_validators.end();)
        it = keep.contains(it.key()) ? std::next(it) : m_validators.erase(it);
}

void XyzTileSource::pump()
{
    while (!m_queue.isEmpty() && m_inFlight.size() < m_config.maxParallel && m_network)
        start(m_queue.takeLast());
}

void XyzTileSource::start(const TileKey &key)
{
    QNetworkRequest req(tileUrl(key));
    req.setHeader(QNetworkRequest::UserAgentHeader, m_userAgent);
    req.setTransferTimeout(m_config.timeoutMs);
    // The disk cache decides about freshness; a network cache must not answer in its place.
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (const auto stale = m_validators.find(key); stale != m_validators.end()) {
        if (!stale->etag.isEmpty())
            req.setRawHeader("If-None-Match", stale->etag);
        if (!stale->lastModified.isEmpty())
            req.setRawHeader("If-Modified-Since", stale->lastModified);
        m_validators.erase(stale);
    }
    QNetworkReply *reply = m_network->get(req);
    m_inFlight.insert(key, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, key] { finished(reply, key); });
}

void XyzTileSource::finished(QNetworkReply *reply, const TileKey &key)
{
    reply->deleteLater();
    m_inFlight.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QDateTime t = now();
    const CachePolicy policy = cachePolicyFromHeaders(
        reply->rawHeader("Cache-Control"),
        reply->hasRawHeader("Expires") ? reply->rawHeader("Expires") : QByteArray(),
        reply->rawHeader("Date"), t, m_config.defaultMaxAgeSecs);

    // A stale copy beats a blank square when the server cannot answer (RFC 5861
    // stale-if-error); it stays stale, so the next request asks the server again.
    auto failOrStale = [&](const QString &reason) {
        if (!m_worker) {
            answerLater({key, {}, reason, false, false});
            return;
        }
        cacheJob([key, reason](TileCache *cache) -> Answer {
            if (cache)
                if (auto e = cache->find(key))
                    return {key, e->data, {}, true, false};
            return {key, {}, reason, false, false};
        });
    };

    if (status == 304 && m_worker) {
        const QString vanished = QCoreApplication::translate(
            "posko::XyzTileSource", "the cached tile vanished during revalidation");
        const QByteArray etag = reply->rawHeader("ETag");
        const QByteArray lastModified = reply->rawHeader("Last-Modified");
        cacheJob([key, vanished, policy, etag, lastModified](TileCache *cache) -> Answer {
            auto e = cache ? cache->find(key) : std::nullopt;
            if (!e)
                return {key, {}, vanished, false, false};
            if (policy.store)
                cache->refresh(key, policy.expires, etag, lastModified);
            else
                cache->remove(key);
            return {key, e->data, {}, true, false};
        });
    } else if (status == 200 && reply->error() == QNetworkReply::NoError) {
        const QByteArray data = reply->readAll();
        if (m_worker) {
            // Answered once stored, so whoever looks at the cache after the answer finds it.
            TileCache::Entry e;
            if (policy.store) {
                e.data = data;
                e.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
                if (e.contentType.isEmpty() || !e.contentType.startsWith("image/"))
                    e.contentType = sniffContentType(data);
                e.expires = policy.expires;
                e.etag = reply->rawHeader("ETag");
                e.lastModified = reply->rawHeader("Last-Modified");
            }
            cacheJob([key, store = policy.store, e, data](TileCache *cache) -> Answer {
                if (cache) {
                    if (store)
                        cache->store(key, e);
                    else
                        cache->remove(key);
                }
                return {key, data, {}, true, false};
            });
        } else {
            answerLater({key, data, {}, true, false});
        }
    } else if (status == 404 || status == 410) {
        const QString gone =
            QCoreApplication::translate("posko::XyzTileSource", "the server has no such tile");
        if (m_worker)
            cacheJob([key, gone](TileCache *cache) -> Answer {
                if (cache)
                    cache->remove(key);
                return {key, {}, gone, false, true};
            });
        else
            answerLater({key, {}, gone, false, true});
    } else if (reply->error() == QNetworkReply::OperationCanceledError) {
        // Only the transfer timeout cancels a request this source still waits for.
        failOrStale(QCoreApplication::translate("posko::XyzTileSource",
                                                "the tile server did not answer within %1 s")
                        .arg(double(m_config.timeoutMs) / 1000.0));
    } else if (status > 0) {
        failOrStale(
            QCoreApplication::translate("posko::XyzTileSource", "the tile server answered HTTP %1")
                .arg(status));
    } else {
        failOrStale(QCoreApplication::translate("posko::XyzTileSource",
                                                "the tile server cannot be reached: %1")
                        .arg(reply->errorString()));
    }
    pump();
}

void XyzTileSource::answerLater(Answer a)
{
    m_answers.push_back(std::move(a));
    if (!m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &XyzTileSource::flushAnswers, Qt::QueuedConnection);
    }
}

void XyzTileSource::flushAnswers()
{
    m_flushScheduled = false;
    const QList<Answer> answers = std::exchange(m_answers, {});
    for (const Answer &a : answers) {
        if (a.ok)
            emit tileReady(a.key, a.data);
        else
            emit tileFailed(a.key, a.reason, a.missing);
    }
}

} // namespace posko
