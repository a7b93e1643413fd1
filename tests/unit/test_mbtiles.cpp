// SPDX-License-Identifier: GPL-3.0-or-later
// MBTiles files as a tile source, from files the test writes: the TMS row flip, metadata,
// missing tiles, and files that are not MBTiles.
#include "core/tiles/hubtilesource.h"
#include "core/tiles/mbtilessource.h"
#include "tilefixtures.h"

#include "catch.h"
#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QThread>

using namespace posko;
using namespace posko::test;

TEST_CASE("MBTiles: XYZ keys read TMS rows with metadata and missing tiles and queued answers")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pack.mbtiles"));
    // z=2: XYZ row 0 is the north, stored as TMS row 3.
    REQUIRE(writeMbTiles(file,
                         {{QStringLiteral("name"), QStringLiteral("Trenggalek")},
                          {QStringLiteral("attribution"), QStringLiteral("© OSM contributors")},
                          {QStringLiteral("minzoom"), QStringLiteral("1")},
                          {QStringLiteral("maxzoom"), QStringLiteral("3")},
                          {QStringLiteral("format"), QStringLiteral("jpg")}},
                         {{{2, 1, 0}, "north"}, {{2, 1, 3}, "south"}, {{1, 0, 0}, "z1"}}));
    auto opened = MbTilesSource::open(file);
    INFO(opened.error.toStdString());
    REQUIRE(opened.source);
    MbTilesSource &src = *opened.source;
    CHECK(src.name() == QStringLiteral("Trenggalek"));
    CHECK(src.attribution() == QStringLiteral("© OSM contributors"));
    CHECK(src.minZoom() == 1);
    CHECK(src.maxZoom() == 3);
    CHECK(src.format() == QStringLiteral("jpg"));
    CHECK(src.contentType() == "image/jpeg");

    TileAnswers answers(&src);
    src.request({2, 1, 0});
    src.request({2, 1, 3});
    src.request({2, 2, 2});       // not in the file
    src.request({0, 0, 0});       // below minzoom
    CHECK(answers.all.isEmpty()); // never from inside request()
    REQUIRE(answers.waitFor(4, 2000));
    CHECK(answers.find({2, 1, 0})->data == "north");
    CHECK(answers.find({2, 1, 3})->data == "south");
    CHECK_FALSE(answers.find({2, 2, 2})->ok);
    CHECK(answers.find({2, 2, 2})->missing);
    CHECK(answers.find({0, 0, 0})->missing);

    // retainOnly drops what has not been read yet.
    src.request({1, 0, 0});
    src.request({2, 1, 0});
    src.retainOnly({{1, 0, 0}});
    REQUIRE(answers.waitFor(5, 2000));
    CHECK(answers.all[4].key == TileKey{1, 0, 0});
    CHECK(answers.all[4].data == "z1");

    QByteArray data;
    CHECK(src.read({2, 1, 0}, &data) == MbTilesSource::Lookup::Found);
    CHECK(data == "north");
}

TEST_CASE("MBTiles: without metadata the tiles give the zoom range and the file the name")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bare.mbtiles"));
    REQUIRE(writeMbTiles(file, {}, {{{4, 0, 0}, "a"}, {{6, 0, 0}, "b"}}));
    auto opened = MbTilesSource::open(file);
    REQUIRE(opened.source);
    CHECK(opened.source->name() == QStringLiteral("bare"));
    CHECK(opened.source->minZoom() == 4);
    CHECK(opened.source->maxZoom() == 6);
    CHECK(opened.source->contentType() == "image/png");
}

TEST_CASE("MBTiles: a missing file or a text file or a database without tiles is refused")
{
    QTemporaryDir dir;
    auto refused = [](const QString &file) {
        const auto opened = MbTilesSource::open(file);
        CHECK_FALSE(opened.source);
        CHECK(opened.error.contains(file));
        return opened.error;
    };
    refused(dir.filePath(QStringLiteral("nowhere.mbtiles")));

    QFile text(dir.filePath(QStringLiteral("notes.mbtiles")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write(QByteArray("this is not a database, just some text that goes on\n").repeated(40));
    text.close();
    refused(text.fileName());

    const QString other = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(other);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE reports (id INTEGER)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    CHECK(refused(other).contains(QStringLiteral("tiles")));
}

TEST_CASE("hub tile source: an XYZ source at <hub>/tiles/NAME/{z}/{x}/{y}")
{
    QNetworkAccessManager nam;
    auto created = createHubTileSource(QUrl(QStringLiteral("http://10.0.0.5:8080/")),
                                       QStringLiteral("osm"), {}, &nam);
    REQUIRE(created.source);
    CHECK(created.source->name() == QStringLiteral("osm"));
    CHECK(created.source->tileUrl({3, 4, 5}) ==
          QUrl(QStringLiteral("http://10.0.0.5:8080/tiles/osm/3/4/5")));
    CHECK_FALSE(
        createHubTileSource(QUrl(QStringLiteral("http://hub")), QStringLiteral("a/b"), {}, &nam)
            .source);
}

TEST_CASE("MBTiles: requests are read on the source's SQLite thread while read() stays synchronous")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pack.mbtiles"));
    REQUIRE(writeMbTiles(file, {}, {{{2, 1, 0}, "north"}, {{2, 1, 3}, "south"}}));
    // Declared before the source: its destructor joins the thread that uses them.
    QSemaphore gate;
    QMutex mutex;
    QList<QThread *> sqlThreads;
    auto opened = MbTilesSource::open(file);
    REQUIRE(opened.source);
    MbTilesSource &src = *opened.source;
    TileAnswers answers(&src);
    src.setSqlProbe([&] {
        {
            const QMutexLocker lock(&mutex);
            sqlThreads.push_back(QThread::currentThread());
        }
        gate.tryAcquire(1, 10000); // holds the read until the test lets it go
    });
    src.request({2, 1, 0});
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents();
    CHECK(answers.all.isEmpty()); // the read is held on the other thread; the caller runs on
    // The hub's synchronous path uses the caller's own connection: not held.
    QByteArray data;
    CHECK(src.read({2, 1, 3}, &data) == MbTilesSource::Lookup::Found);
    CHECK(data == "south");
    gate.release(1);
    REQUIRE(answers.waitFor(1, 10000));
    CHECK(answers.all[0].data == "north");
    const QMutexLocker lock(&mutex);
    REQUIRE(sqlThreads.size() == 1);
    CHECK(sqlThreads[0] != QThread::currentThread());
    gate.release(100);
}

TEST_CASE("MBTiles: sources destroyed with reads pending, many times over")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("pack.mbtiles"));
    REQUIRE(writeMbTiles(file, {}, {{{2, 1, 0}, "north"}}));
    for (int round = 0; round < 30; ++round) {
        auto opened = MbTilesSource::open(file);
        REQUIRE(opened.source);
        opened.source->request({2, 1, 0});
        if (round % 2)
            QCoreApplication::processEvents(); // the read is posted, its answer may be pending
    }
}
