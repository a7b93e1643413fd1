// SPDX-License-Identifier: GPL-3.0-or-later
// The real posko-hub's tile service: `--tiles NAME=FILE.mbtiles` (a file the test writes) and
// `--tiles NAME=URL` as a caching proxy of a loopback tile server the test starts.
#include "../unit/tilefixtures.h"
#include "httpclient.h"
#include "hubprocess.h"
#include "tileserver.h"

#include "catch.h"
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>

using namespace posko;
using namespace posko::test;

namespace {

// One GET with the answer's headers (HttpClient keeps only the content type).
struct Fetched
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

Fetched fetch(const QUrl &url)
{
    QNetworkAccessManager nam;
    QNetworkReply *reply = nam.get(QNetworkRequest(url));
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(15000);
    if (!reply->isFinished())
        loop.exec();
    Fetched f;
    if (reply->isFinished()) {
        f.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        f.body = reply->readAll();
        f.contentType = reply->rawHeader("Content-Type");
        f.cacheControl = reply->rawHeader("Cache-Control");
    }
    reply->abort();
    reply->deleteLater();
    return f;
}

QUrl at(const HubProcess &hub, const QString &path)
{
    return QUrl(hub.url().toString() + path);
}

} // namespace

TEST_CASE("hub --tiles NAME=FILE.mbtiles serves XYZ rows and 404s and 400s and lists sources")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("trenggalek.mbtiles"));
    REQUIRE(writeMbTiles(file,
                         {{QStringLiteral("name"), QStringLiteral("Trenggalek pack")},
                          {QStringLiteral("attribution"), QStringLiteral("© OSM contributors")},
                          {QStringLiteral("format"), QStringLiteral("png")}},
                         {{{2, 1, 0}, "\x89PNG north"}, {{2, 1, 3}, "\x89PNG south"}}));
    HubProcess hub;
    INFO(hub.output().toStdString());
    REQUIRE(hub.start({QStringLiteral("--tiles"), QStringLiteral("demo=") + file}));

    const Fetched north = fetch(at(hub, QStringLiteral("/tiles/demo/2/1/0")));
    CHECK(north.status == 200);
    CHECK(north.body == "\x89PNG north");
    CHECK(north.contentType == "image/png");
    CHECK(north.cacheControl.startsWith("public, max-age="));
    CHECK(fetch(at(hub, QStringLiteral("/tiles/demo/2/1/3.png"))).body == "\x89PNG south");
    // The same connection serves the next request after a tile (keep-alive stays usable).
    HttpClient http(hub.url());
    CHECK(http.get(QStringLiteral("/tiles/demo/2/1/0")).status == 200);
    CHECK(http.get(QStringLiteral("/tiles/demo/2/1/0")).body == "\x89PNG north");

    CHECK(http.get(QStringLiteral("/tiles/demo/2/2/2")).status == 404);
    CHECK(http.get(QStringLiteral("/tiles/nope/2/1/0")).status == 404);
    CHECK(http.get(QStringLiteral("/tiles/demo/2/1")).status == 404);
    CHECK(http.get(QStringLiteral("/tiles/demo/x/1/0")).status == 400);
    CHECK(http.get(QStringLiteral("/tiles/demo/2/4/0")).status == 400); // x >= 2^z
    CHECK(http.get(QStringLiteral("/tiles/demo/2/-1/0")).status == 400);
    CHECK(http.get(QStringLiteral("/tiles/demo/99/0/0")).status == 400);
    CHECK(http.post(QStringLiteral("/tiles/demo/2/1/0"), "x", "text/plain").status == 405);

    const HttpReply list = http.get(QStringLiteral("/tiles"));
    REQUIRE(list.status == 200);
    const QJsonArray sources = list.object().value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 1);
    const QJsonObject s = sources.at(0).toObject();
    CHECK(s.value(QStringLiteral("name")).toString() == QStringLiteral("demo"));
    CHECK(s.value(QStringLiteral("attribution")).toString() ==
          QStringLiteral("© OSM contributors"));
    CHECK(s.value(QStringLiteral("path")).toString() == QStringLiteral("/tiles/demo/{z}/{x}/{y}"));
    CHECK(s.value(QStringLiteral("kind")).toString() == QStringLiteral("mbtiles"));

    // The rest of the hub is unchanged.
    CHECK(http.get(QStringLiteral("/open311/v2/services.json")).status == 200);
}

TEST_CASE("hub --tiles NAME=URL proxies an upstream once per tile with Posko's User-Agent")
{
    TileServer upstream;
    REQUIRE(upstream.listen());
    upstream.setHandler([](const TileServer::Request &r) {
        TileServer::Response out;
        if (r.path.startsWith("/9/")) {
            out.status = 404;
        } else if (r.path.startsWith("/8/")) {
            out.status = 500;
        } else {
            out.headers = {{"Content-Type", "image/png"}, {"Cache-Control", "max-age=86400"}};
            out.body = TileServer::tileBody(r.path);
        }
        return out;
    });
    HubProcess hub;
    INFO(hub.output().toStdString());
    REQUIRE(hub.start(
        {QStringLiteral("--tiles"),
         QStringLiteral("up=") + upstream.url().toString() + QStringLiteral("/{z}/{x}/{y}.png"),
         QStringLiteral("--tiles-contact"), QStringLiteral("ops@example.org")}));

    const Fetched first = fetch(at(hub, QStringLiteral("/tiles/up/3/2/1")));
    CHECK(first.status == 200);
    CHECK(first.body == TileServer::tileBody("/3/2/1.png"));
    CHECK(first.contentType == "image/png");
    CHECK(first.cacheControl.startsWith("public, max-age="));
    const Fetched second = fetch(at(hub, QStringLiteral("/tiles/up/3/2/1")));
    CHECK(second.status == 200);
    CHECK(second.body == first.body);
    CHECK(upstream.count("/3/2/1.png") == 1); // the second came from the hub's cache
    REQUIRE(upstream.requests().size() == 1);
    const QByteArray ua = upstream.requests()[0].header("User-Agent");
    INFO(ua.toStdString());
    CHECK(ua.startsWith("Posko/" POSKO_VERSION " (+ops@example.org;"));
    CHECK(QFile::exists(hub.databasePath() + QStringLiteral(".tiles-up.sqlite")));

    HttpClient http(hub.url());
    CHECK(http.get(QStringLiteral("/tiles/up/9/0/0")).status == 404);
    CHECK(http.get(QStringLiteral("/tiles/up/8/0/0")).status == 502);
    CHECK(http.get(QStringLiteral("/tiles/up/8/0/0")).status == 502);
    CHECK(upstream.count("/8/0/0.png") == 2); // failures are not cached
    CHECK(http.get(QStringLiteral("/tiles/up/3/9/1")).status == 400);
    const QJsonArray sources =
        http.get(QStringLiteral("/tiles")).object().value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 1);
    CHECK(sources.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("proxy"));

    // The cache outlives a restart of the hub.
    hub.stop();
    REQUIRE(
        hub.start({QStringLiteral("--tiles"), QStringLiteral("up=") + upstream.url().toString() +
                                                  QStringLiteral("/{z}/{x}/{y}.png")}));
    CHECK(fetch(at(hub, QStringLiteral("/tiles/up/3/2/1"))).body == first.body);
    CHECK(upstream.count("/3/2/1.png") == 1);
}

TEST_CASE("hub --tiles: bad names or files or URL templates exit 2 with a message")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("hub.sqlite"));
    const QString text = dir.filePath(QStringLiteral("notes.mbtiles"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("not a database\n").repeated(100));
    }
    const QString good = dir.filePath(QStringLiteral("good.mbtiles"));
    REQUIRE(writeMbTiles(good, {}, {{{0, 0, 0}, "t"}}));
    auto run = [&](const QStringList &tiles, QByteArray *err) {
        QStringList args{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--database"), db};
        for (const QString &t : tiles)
            args << QStringLiteral("--tiles") << t;
        QByteArray out;
        return HubProcess::run(args, {}, &out, err);
    };
    QByteArray err;
    CHECK(run({QStringLiteral("Bad=") + good}, &err) == 2);
    CHECK(err.startsWith("posko-hub: "));
    CHECK(err.contains("NAME"));
    CHECK(run({QStringLiteral("demo")}, &err) == 2);
    CHECK(run({QStringLiteral("demo=") + dir.filePath(QStringLiteral("missing.mbtiles"))}, &err) ==
          2);
    CHECK(err.contains("missing.mbtiles"));
    CHECK(run({QStringLiteral("demo=") + text}, &err) == 2);
    CHECK(err.contains("notes.mbtiles"));
    CHECK(run({QStringLiteral("up=https://tile.example.org/{z}/{x}.png")}, &err) == 2);
    CHECK(err.contains("{y}"));
    CHECK(run({QStringLiteral("demo=") + good, QStringLiteral("demo=") + good}, &err) == 2);
    CHECK_FALSE(QFile::exists(db)); // refused before the database was created
}
