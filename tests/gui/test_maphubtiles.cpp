// SPDX-License-Identifier: GPL-3.0-or-later
// The map showing a real posko-hub's tile source (`--tiles NAME=FILE.mbtiles`), listed from the
// hub's GET /tiles and chosen as the base map.
#include "core/domain/clock.h"
#include "core/tiles/hubtilesource.h"
#include "ui/map/basemapchoice.h"
#include "ui/map/mapview.h"
#include "ui/map/tilelayer.h"
#include "ui/reports/reporttablemodel.h"

#include "catch.h"
#include "hubprocess.h"
#include "maptilefixtures.h"
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace posko;
using namespace posko::test;
using posko::ui::BaseMapChoice;
using posko::ui::BaseMapSetting;

TEST_CASE("the hub's tile sources are listed and one of them shown as the base map")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QCoreApplication::setOrganizationName(QStringLiteral("posko-test-maphubtiles"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                       dir.filePath(QStringLiteral("conf")));

    const TileKey red = Mercator::tileAt(LonLat{111.71, -8.05}, 12);
    const QString file = dir.filePath(QStringLiteral("office.mbtiles"));
    REQUIRE(writeMbTiles(file,
                         {{QStringLiteral("name"), QStringLiteral("Office pack")},
                          {QStringLiteral("attribution"), QStringLiteral("© Office pack")},
                          {QStringLiteral("minzoom"), QStringLiteral("0")},
                          {QStringLiteral("maxzoom"), QStringLiteral("18")}},
                         {{red, solidPng(Qt::red)}}));
    HubProcess hub;
    INFO(hub.output().toStdString());
    REQUIRE(hub.start({QStringLiteral("--tiles"), QStringLiteral("office=") + file}));

    ManualClock clock{QDateTime(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC)};
    ui::ReportTableModel model{clock};
    ui::MapView map;
    map.setModel(&model);
    map.resize(640, 480);
    map.show();
    REQUIRE(QTest::qWaitForWindowExposed(&map));

    // Destroyed before the map, whose tile source may still have requests on it.
    QNetworkAccessManager network;
    BaseMapChoice choice(map);
    choice.setNetwork(&network);
    choice.setHub(hub.url());
    choice.setDataDir(dir.filePath(QStringLiteral("data")));
    QSignalSpy listed(&choice, &BaseMapChoice::hubSourcesChanged);
    choice.refreshHubSources();
    REQUIRE(listed.wait(10000));
    INFO(choice.hubError().toStdString());
    REQUIRE(choice.hubSources().size() == 1);
    const HubTileInfo info = choice.hubSources().first();
    CHECK(info.name == QStringLiteral("office"));
    CHECK(info.attribution == QStringLiteral("© Office pack"));

    BaseMapSetting s;
    s.kind = BaseMapSetting::Kind::Hub;
    s.name = info.name;
    s.attribution = info.attribution;
    s.minZoom = info.minZoom;
    s.maxZoom = info.maxZoom;
    QString error;
    REQUIRE(choice.apply(s, &error));
    REQUIRE(map.tiles()->source());
    CHECK(map.tiles()->source()->attribution() == QStringLiteral("© Office pack"));

    map.setCamera(tileCentre(red), 12);
    const WorldPoint sp = map.viewport().worldToScreen(tileCentre(red));
    QDeadlineTimer deadline(10000);
    bool shown = false;
    while (!shown && !deadline.hasExpired()) {
        const QImage img = map.grab().toImage();
        shown =
            near(img.pixelColor((QPointF(sp.x, sp.y) * img.devicePixelRatio()).toPoint()), Qt::red);
        if (!shown)
            QTest::qWait(20);
    }
    CHECK(shown);
    // The workstation keeps its own disk cache of the hub's tiles in the profile's data folder.
    CHECK(QFileInfo::exists(choice.cachePath(hubTileTemplate(hub.url(), info.name))));
}
