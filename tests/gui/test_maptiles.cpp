// SPDX-License-Identifier: GPL-3.0-or-later
// The map's raster tile layer and base-map choice, offscreen, against MBTiles files the tests
// write with known solid-colour tiles.
#include "core/domain/clock.h"
#include "core/tiles/hubtilelist.h"
#include "core/tiles/mbtilessource.h"
#include "ui/map/basemapchoice.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapview.h"
#include "ui/map/tilelayer.h"
#include "ui/reports/reporttablemodel.h"

#include "catch.h"
#include "maptilefixtures.h"
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace posko;
using namespace posko::test;
using posko::ui::BaseMapChoice;
using posko::ui::BaseMapSetting;
using posko::ui::MapView;

namespace {
const QDateTime t0(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
const LonLat town{111.71, -8.05};
const LonLat prigiSea{111.70, -8.40};

const QList<QPair<QString, QString>> meta = {
    {QStringLiteral("name"), QStringLiteral("test")},
    {QStringLiteral("attribution"), QStringLiteral("© Test tiles")},
    {QStringLiteral("minzoom"), QStringLiteral("0")},
    {QStringLiteral("maxzoom"), QStringLiteral("18")}};

struct Fixture
{
    ManualClock clock{t0};
    ui::ReportTableModel model{clock};
    MapView map;
    QTemporaryDir dir;

    Fixture()
    {
        map.setModel(&model);
        map.resize(800, 600);
        map.show();
        REQUIRE(QTest::qWaitForWindowExposed(&map));
        REQUIRE(dir.isValid());
    }
    QColor pixel(QPointF at)
    {
        const QImage img = map.grab().toImage();
        return img.pixelColor((at * img.devicePixelRatio()).toPoint());
    }
    QPointF screenOf(WorldPoint w) const
    {
        const WorldPoint s = map.viewport().worldToScreen(w);
        return {s.x, s.y};
    }
    // Repaints until the pixel has the colour (tiles arrive asynchronously), 5 s at most.
    bool waitForColour(QPointF at, const QColor &c)
    {
        QDeadlineTimer deadline(5000);
        while (!deadline.hasExpired()) {
            if (near(pixel(at), c))
                return true;
            QTest::qWait(10);
        }
        return near(pixel(at), c);
    }
    std::unique_ptr<TileSource> open(const QString &path)
    {
        auto opened = MbTilesSource::open(path);
        INFO(opened.error.toStdString());
        REQUIRE(opened.source);
        return std::move(opened.source);
    }
};
} // namespace

TEST_CASE("tiles of an MBTiles file show at their position and decode off the GUI thread")
{
    Fixture f;
    const TileKey red = Mercator::tileAt(town, 12);
    const TileKey blue{12, red.x + 1, red.y};
    const QString path = f.dir.filePath(QStringLiteral("solid.mbtiles"));
    REQUIRE(
        writeMbTiles(path, meta, {{red, solidPng(Qt::red)}, {blue, solidPng(QColor(0, 0, 255))}}));
    f.map.setCamera(tileCentre(red), 12);
    QSignalSpy decoded(f.map.tiles(), &ui::TileLayer::tileDecoded);
    f.map.tiles()->setSource(f.open(path));
    f.map.update();

    CHECK(f.waitForColour(f.screenOf(tileCentre(red)), Qt::red));
    CHECK(f.waitForColour(f.screenOf(tileCentre(blue)), QColor(0, 0, 255)));
    REQUIRE(decoded.size() >= 2);
    for (const auto &args : decoded)
        CHECK(args.at(1).value<quint64>() != quint64(quintptr(QThread::currentThreadId())));
    CHECK(f.map.tiles()->hasDecoded(red));
    CHECK(f.map.tiles()->memoryUsed() >= 2 * 256 * 256 * 4);

    // Zoomed out to 11, where the file has no tile: the loaded z12 tiles cover their quarters.
    f.map.setCamera(tileCentre(red), 11);
    CHECK(f.waitForColour(f.screenOf(tileCentre(red)), Qt::red));
    CHECK(f.waitForColour(f.screenOf(tileCentre(blue)), QColor(0, 0, 255)));
}

TEST_CASE("a missing tile shows its ancestor scaled up, not the base map")
{
    Fixture f;
    const TileKey parent = Mercator::tileAt(town, 10);
    const QString path = f.dir.filePath(QStringLiteral("parent.mbtiles"));
    REQUIRE(writeMbTiles(path, meta, {{parent, solidPng(QColor(0, 160, 0))}}));
    // Zoom 12 over the middle of the zoom-10 tile: every z12 and z11 tile is missing.
    f.map.setCamera(tileCentre(parent), 12);
    f.map.tiles()->setSource(f.open(path));
    f.map.update();

    const QPointF middle = f.screenOf(tileCentre(parent));
    CHECK(f.waitForColour(middle, QColor(0, 160, 0)));
    // A z12 quarter of the tile, well away from the centre, too.
    const WorldRect r = Mercator::tileBounds(parent);
    const WorldPoint inner{r.minX + (r.maxX - r.minX) * 0.4, r.minY + (r.maxY - r.minY) * 0.4};
    CHECK(near(f.pixel(f.screenOf(inner)), QColor(0, 160, 0)));
    CHECK_FALSE(f.map.tiles()->hasDecoded(
        TileKey{12, Mercator::tileAt(town, 12).x, Mercator::tileAt(town, 12).y}));

    // Back to the built-in base map: land and sea again.
    f.map.tiles()->setSource(nullptr);
    f.map.setCamera(Mercator::toWorld(town), 12);
    CHECK(near(f.pixel(f.map.screenPos(town)), ui::mapstyle::land(), 2));
    f.map.setCamera(Mercator::toWorld(prigiSea), 12);
    CHECK(near(f.pixel(f.map.screenPos(prigiSea)), ui::mapstyle::water(), 2));
}

TEST_CASE("the base map choice applies and persists and a bad choice keeps the current map")
{
    Fixture f;
    QCoreApplication::setOrganizationName(QStringLiteral("posko-test-maptiles"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       f.dir.filePath(QStringLiteral("conf")));
    BaseMapChoice choice(f.map);
    const QString data = f.dir.filePath(QStringLiteral("data"));
    choice.setDataDir(data);
    CHECK(choice.current().kind == BaseMapSetting::Kind::BuiltIn);

    const TileKey red = Mercator::tileAt(town, 12);
    const QString path = f.dir.filePath(QStringLiteral("choice.mbtiles"));
    REQUIRE(writeMbTiles(path, meta, {{red, solidPng(Qt::red)}}));
    f.map.setCamera(tileCentre(red), 12);
    BaseMapSetting mb;
    mb.kind = BaseMapSetting::Kind::MbTiles;
    mb.path = path;
    QString error;
    REQUIRE(choice.apply(mb, &error));
    const QPointF at = f.screenOf(tileCentre(red));
    CHECK(f.waitForColour(at, Qt::red));
    const TileSource *shown = f.map.tiles()->source();
    REQUIRE(shown);
    CHECK(shown->attribution() == QStringLiteral("© Test tiles"));

    // A file that is not MBTiles: an error, the current base map stays.
    const QString junk = f.dir.filePath(QStringLiteral("junk.mbtiles"));
    {
        QFile file(junk);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not an SQLite database at all, just text");
    }
    BaseMapSetting bad = mb;
    bad.path = junk;
    CHECK_FALSE(choice.apply(bad, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(choice.current() == mb);
    CHECK(f.map.tiles()->source() == shown);

    // A URL template without {y}: an error, the current base map stays.
    BaseMapSetting xyz;
    xyz.kind = BaseMapSetting::Kind::Xyz;
    xyz.urlTemplate = QStringLiteral("https://tile.example.org/{z}/{x}.png");
    error.clear();
    CHECK_FALSE(choice.apply(xyz, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(choice.current() == mb);
    CHECK(f.map.tiles()->source() == shown);
    CHECK(near(f.pixel(at), Qt::red));

    // Stored: a new map restores the MBTiles choice at start.
    CHECK(BaseMapSetting::load(QSettings()) == mb);
    {
        MapView other;
        BaseMapChoice restored(other);
        CHECK(restored.restore(&error));
        CHECK(restored.current() == mb);
        CHECK(other.tiles()->isActive());
    }

    // A usable template (a closed port: every tile fails) caches in DATA/tiles/ and the
    // built-in base map shows where no tile comes.
    xyz.urlTemplate = QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png");
    xyz.attribution = QStringLiteral("© Nobody");
    REQUIRE(choice.apply(xyz, &error));
    const QFileInfo cache(choice.cachePath(xyz.urlTemplate));
    CHECK(cache.exists());
    CHECK(cache.absolutePath() == QFileInfo(data + QStringLiteral("/tiles")).absoluteFilePath());
    f.map.setCamera(Mercator::toWorld(town), 12);
    CHECK(near(f.pixel(f.map.screenPos(town)), ui::mapstyle::land(), 2));

    // Built-in again: land and sea, and no tile source.
    REQUIRE(choice.apply(BaseMapSetting{}, &error));
    CHECK_FALSE(f.map.tiles()->isActive());
    CHECK(near(f.pixel(f.map.screenPos(town)), ui::mapstyle::land(), 2));
    f.map.setCamera(Mercator::toWorld(prigiSea), 12);
    CHECK(near(f.pixel(f.map.screenPos(prigiSea)), ui::mapstyle::water(), 2));
    CHECK(BaseMapSetting::load(QSettings()).kind == BaseMapSetting::Kind::BuiltIn);
}

TEST_CASE("the hub's tile list is parsed from GET /tiles")
{
    QList<HubTileInfo> sources;
    QString error;
    REQUIRE(parseHubTileList(R"({"sources": [{"name": "osm", "path": "/tiles/osm/{z}/{x}/{y}",
        "kind": "proxy", "title": "OpenStreetMap", "attribution": "© OpenStreetMap contributors",
        "minzoom": 0, "maxzoom": 19}, {"name": "desa", "kind": "mbtiles", "maxzoom": 17}]})",
                             &sources, &error));
    REQUIRE(sources.size() == 2);
    CHECK(sources[0].title == QStringLiteral("OpenStreetMap"));
    CHECK(sources[0].attribution == QStringLiteral("© OpenStreetMap contributors"));
    CHECK(sources[1].title == QStringLiteral("desa"));
    CHECK(sources[1].maxZoom == 17);
    CHECK_FALSE(parseHubTileList("<html>", &sources, &error));
    CHECK_FALSE(error.isEmpty());
}
