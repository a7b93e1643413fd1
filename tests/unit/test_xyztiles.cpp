// SPDX-License-Identifier: GPL-3.0-or-later
// The XYZ tile source and its disk cache against a loopback tile server started by the test:
// the OpenStreetMap tile policy (User-Agent, cache headers, parallelism, no prefetching) and
// failures (server error, slow server, missing tile).
#include "core/tiles/tilecache.h"
#include "core/tiles/xyztilesource.h"
#include "tilefixtures.h"
#include "tileserver.h"

#include "catch.h"
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace posko;
using namespace posko::test;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    TileServer server;
    QNetworkAccessManager nam;

    Fixture() { REQUIRE(server.listen()); }

    XyzConfig config(int maxParallel = 2)
    {
        XyzConfig c;
        c.name = QStringLiteral("test");
        c.urlTemplate = server.url().toString() + QStringLiteral("/{z}/{x}/{y}.png");
        c.attribution = QStringLiteral("© Test contributors");
        c.contact = QStringLiteral("https://example.org/posko-test");
        c.maxParallel = maxParallel;
        c.cachePath = dir.filePath(QStringLiteral("cache.sqlite"));
        return c;
    }

    std::unique_ptr<XyzTileSource> make(const XyzConfig &c)
    {
        auto created = XyzTileSource::create(c, &nam);
        INFO(created.error.toStdString());
        REQUIRE(created.source);
        return std::move(created.source);
    }
};

QByteArray path(const TileKey &k)
{
    return QStringLiteral("/%1/%2/%3.png").arg(k.z).arg(k.x).arg(k.y).toLatin1();
}

} // namespace

TEST_CASE("cache policy from Cache-Control and Expires and Date")
{
    const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
    const qint64 week = 7 * 24 * 3600;
    CHECK(cachePolicyFromHeaders("public, max-age=600", {}, {}, now, week).expires ==
          now.addSecs(600));
    CHECK_FALSE(cachePolicyFromHeaders("no-store", {}, {}, now, week).store);
    const CachePolicy noCache = cachePolicyFromHeaders("no-cache", {}, {}, now, week);
    CHECK(noCache.store);
    CHECK(noCache.expires == now);
    CHECK(cachePolicyFromHeaders({}, {}, {}, now, week).expires == now.addSecs(week));
    // Expires is read relative to the server's Date: a skewed local clock changes nothing.
    CHECK(cachePolicyFromHeaders({}, "Wed, 01 May 2024 01:00:00 GMT",
                                 "Wed, 01 May 2024 00:00:00 GMT", now, week)
              .expires == now.addSecs(3600));
    CHECK(cachePolicyFromHeaders({}, "0", {}, now, week).expires == now);
    // max-age wins over Expires.
    CHECK(cachePolicyFromHeaders("max-age=60", "Wed, 01 May 2024 18:00:00 GMT", {}, now, week)
              .expires == now.addSecs(60));
}

TEST_CASE("tile cache: WAL file and LRU eviction under the size cap that survive reopening")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("c.sqlite"));
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(3600);
    auto entry = [&](char fill) {
        return TileCache::Entry{QByteArray(1000, fill), "image/png", later, "\"e\"", {}};
    };
    {
        QString error;
        auto cache = TileCache::open(file, 3000, &error);
        REQUIRE(cache);
        const TileKey a{1, 0, 0}, b{1, 1, 0}, c{1, 0, 1}, d{1, 1, 1};
        REQUIRE(cache->store(a, entry('a')));
        REQUIRE(cache->store(b, entry('b')));
        REQUIRE(cache->store(c, entry('c')));
        CHECK(cache->totalBytes() == 3000);
        REQUIRE(cache->find(a)); // a is now more recent than b and c
        REQUIRE(cache->store(d, entry('d')));
        CHECK(cache->totalBytes() == 3000);
        CHECK(cache->find(a));
        CHECK_FALSE(cache->peek(b)); // the least recently used went
        CHECK(cache->find(c));
        CHECK(cache->find(d)->data == QByteArray(1000, 'd'));
        // Replacing a tile counts its size once.
        REQUIRE(cache->store(d, entry('e')));
        CHECK(cache->totalBytes() == 3000);
        CHECK_FALSE(cache->store(
            {2, 0, 0}, TileCache::Entry{QByteArray(4000, 'x'), "image/png", later, {}, {}}));
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
        db.setDatabaseName(file);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
        REQUIRE(q.next());
        CHECK(q.value(0).toString() == QStringLiteral("wal"));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("w"));
    // Reopened with a lower cap: evicts down to it, keeping the most recently used.
    auto cache = TileCache::open(file, 1000);
    REQUIRE(cache);
    CHECK(cache->count() == 1);
    CHECK(cache->peek({1, 1, 1}));
}

TEST_CASE("XYZ source: User-Agent names Posko and its version and the data arrive")
{
    Fixture f;
    auto src = f.make(f.config());
    CHECK(src->attribution() == QStringLiteral("© Test contributors"));
    TileAnswers answers(src.get());
    const TileKey k{3, 1, 2};
    src->request(k);
    REQUIRE(answers.waitFor(1));
    REQUIRE(answers.all[0].ok);
    CHECK(answers.all[0].data == TileServer::tileBody(path(k)));
    REQUIRE(f.server.requests().size() == 1);
    const QByteArray ua = f.server.requests()[0].header("User-Agent");
    INFO(ua.toStdString());
    CHECK(ua.startsWith("Posko/" POSKO_VERSION " (+https://example.org/posko-test;"));
    CHECK(ua.contains("command centre"));
    CHECK(f.server.requests()[0].path == "/3/1/2.png");
    CHECK(tileUserAgent().contains(defaultTileContact));
}

TEST_CASE("XYZ source: a fresh cached tile costs no request even after a restart")
{
    Fixture f;
    const TileKey k{5, 10, 12};
    {
        auto src = f.make(f.config());
        TileAnswers answers(src.get());
        src->request(k);
        REQUIRE(answers.waitFor(1));
        src->request(k);
        CHECK(answers.all.size() == 1); // answers are queued, never emitted inside request()
        REQUIRE(answers.waitFor(2));
        CHECK(answers.all[1].ok);
        CHECK(answers.all[1].data == TileServer::tileBody(path(k)));
    }
    auto again = f.make(f.config());
    TileAnswers answers(again.get());
    again->request(k);
    REQUIRE(answers.waitFor(1));
    CHECK(answers.all[0].data == TileServer::tileBody(path(k)));
    CHECK(f.server.count(path(k)) == 1);
}

TEST_CASE("XYZ source: a stale tile is revalidated (304 renews it) and refetched (200)")
{
    Fixture f;
    int version = 1;
    f.server.setHandler([&](const TileServer::Request &r) {
        TileServer::Response out;
        const QByteArray etag = "\"v" + QByteArray::number(version) + '"';
        if (r.header("If-None-Match") == etag) {
            out.status = 304;
            out.headers = {{"Cache-Control", "max-age=3600"}, {"ETag", etag}};
            return out;
        }
        out.headers = {{"Content-Type", "image/png"},
                       {"Cache-Control", "max-age=60"},
                       {"ETag", etag},
                       {"Last-Modified", "Wed, 01 May 2024 00:00:00 GMT"}};
        out.body = "\x89PNG version " + QByteArray::number(version);
        return out;
    });
    auto src = f.make(f.config());
    QDateTime now = QDateTime::currentDateTimeUtc();
    src->setClock([&] { return now; });
    TileAnswers answers(src.get());
    const TileKey k{4, 3, 2};
    src->request(k);
    REQUIRE(answers.waitFor(1));
    CHECK(answers.all[0].data == "\x89PNG version 1");

    now = now.addSecs(120); // past max-age=60: stale
    src->request(k);
    REQUIRE(answers.waitFor(2));
    REQUIRE(f.server.requests().size() == 2);
    CHECK(f.server.requests()[1].header("If-None-Match") == "\"v1\"");
    CHECK(f.server.requests()[1].header("If-Modified-Since") == "Wed, 01 May 2024 00:00:00 GMT");
    CHECK(answers.all[1].ok);
    CHECK(answers.all[1].data == "\x89PNG version 1");
    // The 304's max-age=3600 renewed it: fresh again without a request.
    now = now.addSecs(600);
    src->request(k);
    REQUIRE(answers.waitFor(3));
    CHECK(f.server.requests().size() == 2);

    version = 2; // the server's tile changed
    now = now.addSecs(7200);
    src->request(k);
    REQUIRE(answers.waitFor(4));
    REQUIRE(f.server.requests().size() == 3);
    CHECK(f.server.requests()[2].header("If-None-Match") == "\"v1\"");
    CHECK(answers.all[3].data == "\x89PNG version 2");
    CHECK(src->cache()->peek(k)->etag == "\"v2\"");
}

TEST_CASE("XYZ source: a server error fails uncached and 404 is missing and no-store is kept out")
{
    Fixture f;
    f.server.setHandler([](const TileServer::Request &r) {
        TileServer::Response out;
        if (r.path.startsWith("/1/"))
            out.status = 500;
        else if (r.path.startsWith("/2/"))
            out.status = 404;
        else
            out.headers = {{"Cache-Control", "no-store"}};
        out.body = "\x89PNG body";
        return out;
    });
    auto src = f.make(f.config());
    TileAnswers answers(src.get());
    const TileKey err{1, 0, 0}, gone{2, 0, 0}, noStore{3, 0, 0};
    src->request(err);
    src->request(gone);
    src->request(noStore);
    REQUIRE(answers.waitFor(3));
    REQUIRE(answers.find(err));
    CHECK_FALSE(answers.find(err)->ok);
    CHECK_FALSE(answers.find(err)->missing);
    CHECK(answers.find(err)->reason.contains(QStringLiteral("500")));
    CHECK_FALSE(src->cache()->peek(err));
    CHECK_FALSE(answers.find(gone)->ok);
    CHECK(answers.find(gone)->missing);
    CHECK(answers.find(noStore)->ok);
    CHECK_FALSE(src->cache()->peek(noStore));

    src->request(err);
    src->request(noStore);
    REQUIRE(answers.waitFor(5));
    CHECK(f.server.count(path(err)) == 2);
    CHECK(f.server.count(path(noStore)) == 2);
}

TEST_CASE("XYZ source: a slow server times out while other tiles proceed")
{
    Fixture f;
    const TileKey slow{6, 1, 1};
    f.server.setHandler([&](const TileServer::Request &r) {
        TileServer::Response out;
        out.body = TileServer::tileBody(r.path);
        if (r.path == path(slow))
            out.delayMs = 60000; // far beyond the timeout: never in time
        return out;
    });
    XyzConfig c = f.config(2);
    c.timeoutMs = 500;
    auto src = f.make(c);
    TileAnswers answers(src.get());
    src->request(slow);
    REQUIRE(f.server.waitForRequests(1));
    const QList<TileKey> others{{6, 2, 1}, {6, 3, 1}, {6, 4, 1}, {6, 5, 1}};
    for (const TileKey &k : others)
        src->request(k);
    REQUIRE(answers.waitFor(5));
    for (qsizetype i = 0; i < 4; ++i) { // the others came through the second slot first
        CHECK(answers.all[i].ok);
        CHECK(others.contains(answers.all[i].key));
    }
    CHECK(answers.all[4].key == slow);
    CHECK_FALSE(answers.all[4].ok);
    CHECK_FALSE(answers.all[4].missing);
    CHECK(answers.all[4].reason.contains(QStringLiteral("0.5 s")));
    CHECK_FALSE(src->cache()->peek(slow));
}

TEST_CASE("XYZ source: at most maxParallel requests at once and newest first")
{
    Fixture f;
    f.server.setHandler([](const TileServer::Request &r) {
        TileServer::Response out;
        out.body = TileServer::tileBody(r.path);
        out.hold = true; // answered only when the test releases
        return out;
    });
    auto src = f.make(f.config(2));
    TileAnswers answers(src.get());
    QList<TileKey> keys;
    for (int x = 0; x < 6; ++x)
        keys.push_back({3, x, 0});
    for (const TileKey &k : keys)
        src->request(k);
    // The cache lookups run on the source's SQLite thread: wait until they came back.
    QDeadlineTimer deadline(10000);
    while ((src->inFlight() < 2 || src->lookingUp() > 0) && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    CHECK(src->inFlight() == 2);
    CHECK(src->queued() == 4);
    for (int round = 1; round <= 3; ++round) {
        REQUIRE(f.server.waitForRequests(2 * round));
        CHECK(f.server.answering() == 2);
        f.server.release();
    }
    REQUIRE(answers.waitFor(6));
    CHECK(f.server.maxAnswering() == 2);
    CHECK(f.server.maxConnections() <= 2);
    CHECK(f.server.requests().size() == 6);
    // The two first went out at once; then the newest waiting ones first.
    CHECK(f.server.requests()[2].path == path(keys[5]));
    CHECK(f.server.requests()[3].path == path(keys[4]));

    // The bound is clamped to 6 whatever the configuration says.
    XyzConfig many = f.config(50);
    many.cachePath.clear();
    CHECK(f.make(many)->config().maxParallel == 6);
}

TEST_CASE("XYZ source: retainOnly drops queued requests the view no longer needs")
{
    Fixture f;
    f.server.setHandler([](const TileServer::Request &r) {
        TileServer::Response out;
        out.body = TileServer::tileBody(r.path);
        out.hold = true;
        return out;
    });
    auto src = f.make(f.config(1));
    TileAnswers answers(src.get());
    const TileKey a{2, 0, 0}, b{2, 1, 0}, c{2, 2, 0}, d{2, 3, 0};
    for (const TileKey &k : {a, b, c, d})
        src->request(k);
    REQUIRE(f.server.waitForRequests(1));
    src->retainOnly({a, c});
    CHECK(src->queued() == 1);
    f.server.release();
    REQUIRE(f.server.waitForRequests(2));
    f.server.release();
    REQUIRE(answers.waitFor(2));
    CHECK(f.server.requests().size() == 2);
    CHECK(f.server.requests()[0].path == path(a));
    CHECK(f.server.requests()[1].path == path(c));
    CHECK(f.server.count(path(b)) == 0);
    CHECK(f.server.count(path(d)) == 0);
}

TEST_CASE("XYZ source: bad URL templates are refused and subdomains and zoom range apply")
{
    QNetworkAccessManager nam;
    auto refused = [&](const QString &tpl) {
        XyzConfig c;
        c.urlTemplate = tpl;
        const auto created = XyzTileSource::create(c, &nam);
        INFO(tpl.toStdString() + " -> " + created.error.toStdString());
        CHECK_FALSE(created.source);
        CHECK_FALSE(created.error.isEmpty());
        return created.error;
    };
    CHECK(refused(QStringLiteral("https://tiles.example.org/{z}/{x}.png"))
              .contains(QStringLiteral("{y}")));
    CHECK(refused(QStringLiteral("ftp://tiles.example.org/{z}/{x}/{y}.png"))
              .contains(QStringLiteral("http")));
    CHECK(refused(QStringLiteral("https://tiles.example.org/{z}/{x}/{y}{r}.png"))
              .contains(QStringLiteral("{r}")));
    refused(QStringLiteral("/{z}/{x}/{y}.png"));
    refused(QString());

    XyzConfig c;
    c.urlTemplate = QStringLiteral("https://{s}.tile.example.org/{z}/{x}/{y}.png");
    auto created = XyzTileSource::create(c, &nam);
    REQUIRE(created.source);
    const QString u = created.source->tileUrl({4, 5, 6}).toString();
    CHECK((u == QStringLiteral("https://c.tile.example.org/4/5/6.png"))); // (5 + 6) % 3 = 2
    TileAnswers answers(created.source.get());
    created.source->request({20, 0, 0});
    created.source->request({2, 4, 0});
    REQUIRE(answers.waitFor(2, 2000));
    CHECK(answers.all[0].missing);
    CHECK(answers.all[1].missing);
}

TEST_CASE(
    "XYZ source: cache lookups and stores run on the source's SQLite thread, not the caller's")
{
    Fixture f;
    f.server.setHandler([](const TileServer::Request &r) {
        TileServer::Response out;
        out.headers = {{"Cache-Control", "max-age=3600"}};
        out.body = TileServer::tileBody(r.path);
        return out;
    });
    // Declared before the source: its destructor joins the thread that uses them.
    QSemaphore gate;
    QMutex mutex;
    QList<QThread *> sqlThreads;
    auto src = f.make(f.config());
    TileAnswers answers(src.get());
    src->setSqlProbe([&] {
        {
            const QMutexLocker lock(&mutex);
            sqlThreads.push_back(QThread::currentThread());
        }
        gate.tryAcquire(1, 10000); // holds the SQLite work until the test lets it go
    });
    const TileKey k{5, 3, 4};
    src->request(k);
    // The cache lookup is held: request() returned, and the caller's event loop runs on.
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    CHECK(answers.all.isEmpty());
    CHECK(f.server.requests().isEmpty());
    gate.release(2); // the lookup (a miss), then the store after the download
    REQUIRE(answers.waitFor(1));
    CHECK(answers.all[0].ok);
    CHECK(f.server.count(path(k)) == 1);

    // A fresh cached tile: the answer waits for the held lookup and costs no request.
    src->request(k);
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    CHECK(answers.all.size() == 1);
    gate.release(1);
    REQUIRE(answers.waitFor(2));
    CHECK(answers.all[1].ok);
    CHECK(answers.all[1].data == answers.all[0].data);
    CHECK(f.server.count(path(k)) == 1);
    CHECK(src->cache()->peek(k));

    const QMutexLocker lock(&mutex);
    REQUIRE(sqlThreads.size() == 3);
    for (QThread *t : std::as_const(sqlThreads)) {
        CHECK(t != QThread::currentThread());
        CHECK(t == sqlThreads.first());
    }
    gate.release(100);
}

TEST_CASE("XYZ source: destroyed with cache work and requests pending, many times over")
{
    Fixture f;
    for (int round = 0; round < 20; ++round) {
        auto src = f.make(f.config());
        for (int x = 0; x < 8; ++x)
            src->request({4, x, round % 16});
        if (round % 2)
            QCoreApplication::processEvents();
    }
    auto src = f.make(f.config());
    TileAnswers answers(src.get());
    src->request({4, 1, 1});
    REQUIRE(answers.waitFor(1));
    CHECK(answers.all[0].ok);
}
