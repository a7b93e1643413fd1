// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/clock.h"
#include "core/geo/landmask.h"
#include "ui/common/palette.h"
#include "ui/map/mapactions.h"
#include "ui/map/mapstyle.h"
#include "ui/map/mapview.h"
#include "ui/map/reportlayer.h"
#include "ui/reports/reporttablemodel.h"

#include "catch.h"
#include <QAction>
#include <QBackingStore>
#include <QItemSelectionModel>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>
#include <random>

using namespace posko;
using posko::ui::MapView;
using posko::ui::ReportTableModel;

namespace {
const QDateTime t0(QDate(2026, 11, 27), QTime(3, 0), Qt::UTC);
const LonLat town{111.71, -8.05};
const LonLat prigiSea{111.70, -8.40};

Report report(qint64 id, LonLat at, std::optional<Squad> squad = {})
{
    Report r;
    r.id = id;
    r.label = QStringLiteral("sampah");
    r.squad = squad;
    r.status = squad ? Status::Ditugaskan : Status::Baru;
    r.lon = at.lon;
    r.lat = at.lat;
    r.kecamatan = QStringLiteral("35.03.11");
    r.requestedAt = r.updatedAt = r.statusSince = t0.addSecs(-60);
    return r;
}

// A map beside a table model, sharing the selection model as MainWindow wires them.
struct Fixture
{
    ManualClock clock{t0};
    ReportTableModel model{clock};
    QItemSelectionModel selection{&model};
    MapView map;

    Fixture()
    {
        map.setModel(&model);
        map.setSelectionModel(&selection);
        map.resize(800, 600);
        map.show();
        REQUIRE(QTest::qWaitForWindowExposed(&map));
    }
    QImage frame() { return map.grab().toImage(); }
    QColor pixel(QPointF at)
    {
        const QImage img = frame();
        const qreal dpr = img.devicePixelRatio();
        return img.pixelColor((at * dpr).toPoint());
    }
    qint64 selectedId() const
    {
        const auto rows = selection.selectedRows();
        return rows.size() == 1 ? model.reportIdAt(rows.first().row()) : 0;
    }
};

bool near(const QColor &a, const QColor &b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}
int worstDifference(const QImage &a, const QImage &b)
{
    int worst = 0;
    for (int y = 0; y < a.height(); ++y) {
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            worst = std::max({worst, std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                              std::abs(qBlue(p) - qBlue(q))});
        }
    }
    return worst;
}

qsizetype pixelsNear(const QImage &img, const QColor &colour)
{
    qsizetype n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += near(QColor(img.pixel(x, y)), colour, 2) ? 1 : 0;
    return n;
}
} // namespace

TEST_CASE("the built-in base map shows land at Trenggalek town and sea in Prigi bay")
{
    REQUIRE(LandMask::builtIn().contains(town.lon, town.lat));
    REQUIRE_FALSE(LandMask::builtIn().contains(prigiSea.lon, prigiSea.lat));
    Fixture f;
    // The starting view is the regency: both points are on screen.
    const QRectF screen(0, 0, 800, 600);
    REQUIRE(screen.contains(f.map.screenPos(town)));
    REQUIRE(screen.contains(f.map.screenPos(prigiSea)));
    CHECK(near(f.pixel(f.map.screenPos(town)), ui::mapstyle::land(), 2));
    CHECK(near(f.pixel(f.map.screenPos(prigiSea)), ui::mapstyle::water(), 2));

    // Still right after zooming in around the town.
    f.map.setCamera(town, 14);
    CHECK(near(f.pixel(f.map.screenPos(town)), ui::mapstyle::land(), 2));
}

TEST_CASE("a report's marker has its squad colour and clicking it selects its table row")
{
    Fixture f;
    const LonLat at{111.75, -8.10};
    f.model.setReports({report(1, at, Squad::Orange), report(2, {111.7512, -8.1004}),
                        report(3, {111.80, -8.15}, Squad::Blue)});
    f.map.setCamera(at, 17);
    const QPointF pos = f.map.screenPos(at);
    CHECK(near(f.pixel(pos), ui::squadColor(Squad::Orange)));
    // The unassigned one is grey.
    CHECK(near(f.pixel(f.map.screenPos({111.7512, -8.1004})), ui::squadColor(std::nullopt)));

    QTest::mouseClick(&f.map, Qt::LeftButton, {}, pos.toPoint());
    CHECK(f.selectedId() == 1);
    CHECK(f.map.reports()->selectedIds() == QSet<qint64>{1});

    // A right-click selects the report under it and asks for its menu; none on empty ground.
    QSignalSpy menu(&f.map, &ui::MapView::reportMenuRequested);
    const QPointF other = f.map.screenPos({111.7512, -8.1004});
    QTest::mouseClick(&f.map, Qt::RightButton, {}, other.toPoint());
    CHECK(f.map.reports()->selectedIds() == QSet<qint64>{2});
    REQUIRE(menu.count() == 1);
    CHECK(menu.at(0).at(0).toLongLong() == 2);
    QTest::mouseClick(&f.map, Qt::RightButton, {}, (pos + QPointF(150, 150)).toPoint());
    CHECK(menu.count() == 1);
}

TEST_CASE("a row selected in the table is highlighted on the map")
{
    Fixture f;
    const LonLat at{111.75, -8.10};
    f.model.setReports({report(1, at, Squad::Red), report(2, {111.76, -8.11}, Squad::Blue)});
    f.map.setCamera(at, 16);
    const QPointF ring = f.map.screenPos(at) + QPointF(ui::MarkerPainter::markerRadius + 6, 0);
    const QColor before = f.pixel(ring);
    CHECK(near(before, ui::mapstyle::land(), 2));

    f.selection.select(f.model.index(f.model.rowOf(1), 0),
                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    CHECK(f.map.reports()->selectedIds() == QSet<qint64>{1});
    const QColor after = f.pixel(ring);
    CHECK(after.blue() > after.red() + 60); // the blue selection ring
    // The marker itself keeps its squad colour.
    CHECK(near(f.pixel(f.map.screenPos(at)), ui::squadColor(Squad::Red)));
}

TEST_CASE("clicking a cluster zooms in until it splits")
{
    Fixture f;
    QVector<Report> reports;
    for (int i = 0; i < 40; ++i)
        reports.push_back(report(100 + i, {111.70 + (i % 8) * 0.0015, -8.05 - (i / 8) * 0.0015},
                                 allSquads[std::size_t(i % 3)]));
    f.model.setReports(reports);
    f.map.setCamera(LonLat{111.705, -8.053}, 11);
    auto items = f.map.visibleItems();
    REQUIRE(items.size() == 1);
    REQUIRE(items.front().count == 40);
    const WorldPoint c = f.map.viewport().worldToScreen({items.front().x, items.front().y});
    f.frame(); // what a click hits is what was drawn
    const double zoomBefore = f.map.zoom();
    QTest::mouseClick(&f.map, Qt::LeftButton, {}, QPoint(int(c.x), int(c.y)));
    CHECK(f.map.zoom() > zoomBefore);
    items = f.map.visibleItems();
    CHECK(items.size() > 1);
    quint32 total = 0;
    for (const auto &item : items)
        total += item.count;
    CHECK(total == 40);
}

TEST_CASE("shift-drag selects the reports inside the rectangle")
{
    Fixture f;
    f.model.setReports(
        {report(1, {111.70, -8.05}), report(2, {111.71, -8.05}), report(3, {111.80, -8.20})});
    f.map.setCamera(LonLat{111.705, -8.05}, 15);
    const QPointF a = f.map.screenPos({111.69, -8.04});
    const QPointF b = f.map.screenPos({111.72, -8.06});
    QTest::mousePress(&f.map, Qt::LeftButton, Qt::ShiftModifier, a.toPoint());
    QTest::mouseMove(&f.map, ((a + b) / 2).toPoint());
    QTest::mouseMove(&f.map, b.toPoint());
    QTest::mouseRelease(&f.map, Qt::LeftButton, Qt::ShiftModifier, b.toPoint());
    CHECK(f.map.reports()->selectedIds() == QSet<qint64>{1, 2});
    CHECK(f.selection.selectedRows().size() == 2);
}

TEST_CASE("reports from sync appear and change colour without reloading the map")
{
    Fixture f;
    const LonLat at{111.75, -8.10};
    f.model.setReports({report(1, {111.80, -8.15})});
    f.map.setCamera(at, 17);
    CHECK(near(f.pixel(f.map.screenPos(at)), ui::mapstyle::land(), 2));
    f.model.upsert(report(7, at));
    CHECK(f.map.reports()->index().size() == 2);
    CHECK(near(f.pixel(f.map.screenPos(at)), ui::squadColor(std::nullopt)));
    f.model.upsert(report(7, at, Squad::Blue)); // assigned on another workstation
    CHECK(near(f.pixel(f.map.screenPos(at)), ui::squadColor(Squad::Blue)));
    f.model.remove(7);
    CHECK(near(f.pixel(f.map.screenPos(at)), ui::mapstyle::land(), 2));
}

TEST_CASE("zoom controls: keys, wheel, zoom to all and to a kecamatan")
{
    Fixture f;
    f.model.setReports({report(1, {111.70, -8.05}), report(2, {111.72, -8.07})});
    const double z = f.map.zoom();
    QTest::keyClick(&f.map, Qt::Key_Plus);
    CHECK(f.map.zoom() == Approx(z + 1));
    QTest::keyClick(&f.map, Qt::Key_Minus);
    CHECK(f.map.zoom() == Approx(z));
    REQUIRE(f.map.zoomToAll());
    CHECK(f.map.zoom() > z);
    const QRectF screen(0, 0, 800, 600);
    CHECK(screen.contains(f.map.screenPos({111.70, -8.05})));
    CHECK(screen.contains(f.map.screenPos({111.72, -8.07})));
    CHECK(f.map.zoomToKecamatan(QStringLiteral("35.03.11")));
    CHECK_FALSE(f.map.zoomToKecamatan(QStringLiteral("35.03.01"))); // no reports there
}

TEST_CASE("a boundary file loads, a bad one is refused and the loaded layer stays")
{
    Fixture f;
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("kec.geojson"));
    QFile g(good);
    REQUIRE(g.open(QIODevice::WriteOnly));
    g.write(R"({"type":"FeatureCollection","features":[{"type":"Feature",
        "properties":{"name":"Trenggalek"},"geometry":{"type":"Polygon","coordinates":
        [[[111.65,-8.0],[111.75,-8.0],[111.75,-8.1],[111.65,-8.1],[111.65,-8.0]]]}}]})");
    g.close();
    QString error;
    REQUIRE(f.map.loadBoundaries(good, &error));
    CHECK(f.map.hasBoundaries());
    const QString bad = dir.filePath(QStringLiteral("bad.geojson"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("{\"type\":\"FeatureCollection\",\"features\":[]}");
    b.close();
    CHECK_FALSE(f.map.loadBoundaries(bad, &error));
    CHECK_FALSE(error.isEmpty());
    CHECK(f.map.hasBoundaries());
}

TEST_CASE("only what the map shows: the table lists exactly the reports in the visible area")
{
    ManualClock clock{t0};
    ReportTableModel model{clock};
    ui::VisibleReportsProxy rows(&model);
    QItemSelectionModel selection(&rows); // one selection model for the table and the map
    MapView map;
    map.setModel(&model);
    map.setSelectionModel(&selection);
    map.resize(800, 600);
    map.show();
    REQUIRE(QTest::qWaitForWindowExposed(&map));
    auto *actions = new ui::MapActions(map, &map);
    actions->filterTable(&rows);
    QAction *toggle = actions->onlyVisible();
    REQUIRE(toggle->isCheckable());

    QVector<Report> reports{report(1, town, Squad::Orange)};
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> dx(-0.06, 0.06);
    for (qint64 id = 2; id <= 400; ++id)
        reports.push_back(report(id, {town.lon + dx(rng), town.lat + dx(rng)}));
    model.setReports(reports);
    map.setCamera(town, 15);

    // Brute force: the reports whose stored position lies in the visible bounds.
    const auto expected = [&] {
        const WorldRect b = map.visibleBounds();
        QSet<qint64> ids;
        for (const Report &r : reports) {
            const WorldPoint w = Mercator::toWorld({r.lon, r.lat});
            const double x = ClusterIndex::quantize(w.x), y = ClusterIndex::quantize(w.y);
            if (x >= b.minX && x < b.maxX && y >= b.minY && y < b.maxY)
                ids.insert(r.id);
        }
        return ids;
    };
    const auto shown = [&] {
        QSet<qint64> ids;
        for (int row = 0; row < rows.rowCount(); ++row)
            ids.insert(rows.index(row, 0).data(ReportTableModel::ReportIdRole).toLongLong());
        return ids;
    };
    const auto selectedIds = [&] {
        QSet<qint64> ids;
        for (const QModelIndex &i : selection.selectedRows())
            ids.insert(rows.reportIdAt(i.row()));
        return ids;
    };

    map.reports()->selectIds({1});
    REQUIRE(selectedIds() == QSet<qint64>{1});
    REQUIRE(rows.rowCount() == 400);

    toggle->setChecked(true);
    const QSet<qint64> first = expected();
    REQUIRE(first.size() > 10);
    REQUIRE(first.size() < 400);
    CHECK(shown() == first);
    CHECK(selectedIds() == QSet<qint64>{1});
    CHECK(map.reports()->selectedIds() == QSet<qint64>{1});

    // Pan: the table follows once the camera rests; report 1 stays on screen and selected.
    QSignalSpy rested(&map, &MapView::visibleAreaChanged);
    map.panBy(QPointF(300, 200));
    REQUIRE(rested.wait(2000));
    const QSet<qint64> second = expected();
    REQUIRE(second.contains(1));
    REQUIRE(second != first);
    CHECK(shown() == second);
    CHECK(selectedIds() == QSet<qint64>{1});
    CHECK(rows.reportIdAt(selection.currentIndex().row()) == 1);

    // Sorting the source while filtered keeps the same rows; the map selects through the proxy.
    rows.sort(ReportTableModel::ColId, Qt::AscendingOrder);
    CHECK(shown() == second);
    const qint64 other =
        *std::find_if(second.begin(), second.end(), [](qint64 id) { return id != 1; });
    map.reports()->selectIds({other});
    CHECK(selectedIds() == QSet<qint64>{other});
    CHECK(map.reports()->selectedIds() == QSet<qint64>{other});

    toggle->setChecked(false);
    CHECK(rows.rowCount() == 400);
    CHECK(shown().size() == 400);
    CHECK(selectedIds() == QSet<qint64>{other});
    CHECK(rows.reportIdAt(selection.currentIndex().row()) == other);
}

TEST_CASE("the frame painted in two bands at once equals the frame painted in one pass")
{
    // Dense enough that single markers take the small sprites and are painted by two threads.
    Fixture f;
    std::mt19937 rng(17);
    std::normal_distribution<double> spread(0, 0.004);
    QVector<Report> reports;
    for (qint64 id = 1; id <= 12000; ++id) {
        const std::optional<Squad> squad =
            id % 8 == 0 ? std::nullopt : std::optional(allSquads[std::size_t(id % 7)]);
        Report r = report(id, {town.lon + spread(rng), town.lat + spread(rng)}, squad);
        // Old enough for some to be near or past their SLA target.
        r.requestedAt = r.statusSince = t0.addSecs(-3600 * (id % 200));
        reports.push_back(r);
    }
    f.model.setReports(reports);
    f.map.setCamera(town, 17);
    const QSize size(800, 600);
    const QImage direct = f.map.renderFrame(size, 1.0).copy();
    CHECK(f.map.markerBandsLastFrame() == (QThread::idealThreadCount() > 1 ? 2 : 1));

    QImage viaPainter(size, QImage::Format_RGB32);
    {
        QPainter p(&viaPainter);
        p.setClipRect(QRect(QPoint(0, 0), size)); // a clip keeps the markers in one pass
        f.map.paintFrame(p, size);
    }
    CHECK(f.map.markerBandsLastFrame() == 1);
    CHECK(worstDifference(direct, viaPainter) == 0);
    CHECK(pixelsNear(direct, ui::squadColor(Squad::Orange)) > 2000); // the markers are there
}

namespace {
// `n` reports of every squad in turn, spread normally (`degrees`) around Trenggalek town.
QVector<Report> aroundTown(qint64 n, double degrees, unsigned seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> spread(0, degrees);
    QVector<Report> reports;
    for (qint64 id = 1; id <= n; ++id)
        reports.push_back(report(id, {town.lon + spread(rng), town.lat + spread(rng)},
                                 allSquads[std::size_t(id % 7)]));
    return reports;
}
} // namespace

TEST_CASE("a heavy frame is rendered in place in the window's pixels as it would be copied there")
{
    Fixture f;
    f.model.setReports(aroundTown(12000, 0.004, 23));
    f.map.setCamera(town, 17);
    const QSize size(800, 600);
    const QRect at(QPoint(31, 17), size); // the view's place in its window, logical pixels
    const QColor around(1, 2, 3);
    for (const int dpr : {1, 2})
        for (const QImage::Format format :
             {QImage::Format_ARGB32_Premultiplied, QImage::Format_RGB32}) {
            INFO("pixel ratio " << dpr << ", backing store format " << int(format));
            const QImage copied = f.map.renderFrame(size, dpr).copy();
            // Stands in for a window's backing store with the view at an offset.
            QImage window((size + QSize(50, 40)) * dpr, format);
            window.setDevicePixelRatio(dpr);
            window.fill(around);
            {
                QPainter p(&window);
                p.translate(at.topLeft());
                f.map.paintTo(p, size);
            }
            CHECK(f.map.lastFrameRenderedInPlace());
            const QRect atPixels(at.topLeft() * dpr, at.size() * dpr);
            CHECK(worstDifference(window.copy(atPixels).convertToFormat(QImage::Format_RGB32),
                                  copied) == 0);
            // Nothing outside the view's rectangle was written.
            qsizetype outside = 0, kept = 0;
            for (int y = 0; y < window.height(); ++y)
                for (int x = 0; x < window.width(); ++x)
                    if (!atPixels.contains(x, y)) {
                        ++outside;
                        kept += window.pixelColor(x, y) == around ? 1 : 0;
                    }
            CHECK(kept == outside);
        }
    const QImage copied = f.map.renderFrame(size, 1.0).copy();
    // A clip that leaves part of the view out: rendered into the view's image and copied, and
    // only what the clip lets through reaches the window.
    QImage window(size + QSize(50, 40), QImage::Format_RGB32);
    window.fill(around);
    const QRect clip(0, 0, 400, 300);
    {
        QPainter p(&window);
        p.translate(at.topLeft());
        p.setClipRect(clip);
        f.map.paintTo(p, size);
    }
    CHECK_FALSE(f.map.lastFrameRenderedInPlace());
    CHECK(f.map.lastFrameCopied());
    CHECK(worstDifference(window.copy(clip.translated(at.topLeft())), copied.copy(clip)) == 0);
    CHECK(window.pixelColor(at.topLeft() + QPoint(600, 400)) == around);
    CHECK(pixelsNear(copied, ui::squadColor(Squad::Orange)) > 2000); // the markers are there
}

TEST_CASE("the map's own paint event renders in the window's backing store, and around a widget "
          "that covers part of the map")
{
    ManualClock clock{t0};
    ReportTableModel model{clock};
    QItemSelectionModel selection{&model};
    QWidget window;
    window.resize(900, 700);
    auto *map = new MapView(&window);
    map->setModel(&model);
    map->setSelectionModel(&selection);
    const QRect at(31, 17, 800, 600); // the map's place in the window
    map->setGeometry(at);
    model.setReports(aroundTown(12000, 0.004, 23));
    map->setCamera(town, 17);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    // What the window's backing store holds now (an image on the offscreen platform, as on
    // xcb). Read between beginPaint and endPaint: with a scale factor the image the store hands
    // out is only valid then.
    const auto backingStore = [&window] {
        QBackingStore *bs = window.backingStore();
        REQUIRE(bs);
        bs->beginPaint(QRegion());
        const auto *image = dynamic_cast<QImage *>(bs->paintDevice());
        const QImage copy = image ? image->copy() : QImage();
        bs->endPaint();
        REQUIRE_FALSE(copy.isNull());
        return copy;
    };
    const qreal dpr = backingStore().devicePixelRatio();
    const QRect atPixels(at.topLeft() * dpr, at.size() * dpr);

    map->repaint(); // paintEvent, straight away
    CHECK(map->lastFrameRenderedInPlace());
    const QImage expected = map->renderFrame(at.size(), dpr).copy();
    QImage store = backingStore();
    CHECK(worstDifference(store.copy(atPixels).convertToFormat(QImage::Format_RGB32), expected) ==
          0);
    CHECK(pixelsNear(expected, ui::squadColor(Squad::Orange)) > 2000); // the markers are there

    // A widget over part of the map: the window's clip leaves it out, so the map is not rendered
    // in place (that would paint over the widget) but copied around it.
    auto *cover = new QWidget(&window);
    cover->setAutoFillBackground(true);
    QPalette red = cover->palette();
    red.setColor(QPalette::Window, QColor(250, 0, 0));
    cover->setPalette(red);
    cover->setGeometry(100, 100, 200, 150);
    cover->show();
    cover->raise();
    QCoreApplication::processEvents();
    map->repaint();
    CHECK_FALSE(map->lastFrameRenderedInPlace());
    CHECK(map->lastFrameCopied());
    store = backingStore();
    CHECK(store.pixelColor((QPointF(150, 150) * dpr).toPoint()) == QColor(250, 0, 0));
    // Right of the cover the map is as before.
    const QRect free(500, 0, 300, 600); // map coordinates
    const QRect freePixels((free.topLeft() + at.topLeft()) * dpr, free.size() * dpr);
    CHECK(worstDifference(store.copy(freePixels).convertToFormat(QImage::Format_RGB32),
                          expected.copy(QRect(free.topLeft() * dpr, free.size() * dpr))) == 0);
}

TEST_CASE("a light frame rendered in place equals the frame painted with the window's painter")
{
    Fixture f;
    f.model.setReports(aroundTown(300, 0.002, 29));
    f.map.setCamera(town, 17);
    const QSize size(800, 600);
    QImage painted(size, QImage::Format_ARGB32_Premultiplied);
    {
        QPainter p(&painted);
        p.setClipRect(QRect(QPoint(0, 0), size)); // a clip: painted with this painter
        f.map.paintTo(p, size);
    }
    CHECK_FALSE(f.map.lastFrameRenderedInPlace());
    CHECK_FALSE(f.map.lastFrameCopied()); // light: not worth a copy
    QImage inPlace(size, QImage::Format_ARGB32_Premultiplied);
    inPlace.fill(Qt::black);
    {
        QPainter p(&inPlace);
        f.map.paintTo(p, size);
    }
    CHECK(f.map.lastFrameRenderedInPlace());
    CHECK(worstDifference(painted, inPlace) == 0);
    CHECK(pixelsNear(inPlace, ui::squadColor(Squad::Orange)) > 100); // the markers are there
}

TEST_CASE("donuts of new squad mixes drawn straight into the frame look like their sprites")
{
    Fixture f;
    std::mt19937 rng(13);
    std::normal_distribution<double> spread(0, 0.03);
    std::uniform_int_distribution<int> squadOf(0, 7);
    QVector<Report> reports;
    for (qint64 id = 1; id <= 6000; ++id) {
        const int s = squadOf(rng);
        reports.push_back(report(id, {town.lon + spread(rng), town.lat + spread(rng)},
                                 s == 7 ? std::nullopt : std::optional(allSquads[std::size_t(s)])));
    }
    f.model.setReports(reports);
    f.map.setCamera(town, 13);
    const QSize size(800, 600);
    // A fresh view has no donut sprites: this frame writes the rings by hand...
    const QImage byHand = f.map.renderFrame(size, 1.0).copy();
    REQUIRE(f.map.donutsDrawnByHandLastFrame() > 20);
    // ...and this one, with a clip that rules the direct writes out, composes sprites.
    QImage sprites(size, QImage::Format_RGB32);
    {
        QPainter p(&sprites);
        p.setClipRect(QRect(QPoint(0, 0), size));
        f.map.paintFrame(p, size);
    }
    CHECK(worstDifference(byHand, sprites) <= 2); // rounding of two blends against one
    CHECK(pixelsNear(byHand, ui::squadColor(Squad::Blue)) > 200); // the rings are there
    // After the event loop ran, the sprites made from the deferred list give the same frame.
    QCoreApplication::processEvents();
    CHECK(worstDifference(f.map.renderFrame(size, 1.0), sprites) == 0);
    CHECK(f.map.donutsDrawnByHandLastFrame() == 0);
}

TEST_CASE(
    "a large set is indexed off the GUI thread and rows changed meanwhile reach the new index")
{
    ManualClock clock{t0};
    ReportTableModel model{clock};
    ui::ReportLayer layer;
    layer.setModel(&model);
    QVector<Report> reports;
    std::mt19937 rng(3);
    std::uniform_real_distribution<double> dx(-0.1, 0.1);
    for (qint64 id = 1; id <= 120000; ++id)
        reports.push_back(report(id, {town.lon + dx(rng), town.lat + dx(rng)}));
    QSignalSpy changed(&layer, &ui::ReportLayer::changed);
    model.setReports(reports); // a reset: the rebuild starts on a pool thread
    // While it runs: a new report arrives and one goes.
    model.upsert(report(500000, town, Squad::Red));
    model.remove(7);
    REQUIRE(QTest::qWaitFor([&] { return layer.index().size() == 120000; }, 20000));
    CHECK(layer.index().point(500000).has_value());
    CHECK(layer.index().point(500000)->squad == quint8(Squad::Red));
    CHECK_FALSE(layer.index().point(7).has_value());
    CHECK(layer.index().point(120000).has_value());
    CHECK_FALSE(changed.isEmpty());
}

TEST_CASE("the map's tooltip shows a report's SLA countdown and a cluster's late reports")
{
    Fixture f;
    const LonLat at{111.75, -8.10};
    // Rubbish: 8 hours to the first response (resources/config/sla-policy.json), reported a
    // minute before t0.
    f.model.setReports({report(1, at), report(2, {111.80, -8.15}, Squad::Blue)});
    f.map.setCamera(at, 17);
    f.frame();
    const QString one = f.map.toolTipAt(f.map.screenPos(at));
    CHECK(one.startsWith(QStringLiteral("#1 · ")));
    CHECK(one.contains(QStringLiteral("Response due in 7 h 59 m")));
    CHECK(f.map.toolTipAt(f.map.screenPos(at) + QPointF(150, 150)).isEmpty());
    // Nine hours later it is overdue, and says so.
    f.clock.advanceSecs(9 * 3600);
    f.model.refreshSla(); // the window's SLA tick: markers and clusters take the new states
    CHECK(f.map.toolTipAt(f.map.screenPos(at))
              .contains(QStringLiteral("Response overdue by 1 h 01 m")));

    // Far out both gather in one cluster: its count and how many are late.
    f.map.setCamera(LonLat{111.775, -8.125}, 8);
    f.frame();
    const auto items = f.map.visibleItems();
    REQUIRE(items.size() == 1);
    const WorldPoint c = f.map.viewport().worldToScreen({items.front().x, items.front().y});
    const QString cluster = f.map.toolTipAt(QPointF(c.x, c.y));
    CHECK(cluster.startsWith(QStringLiteral("2 report(s)")));
    CHECK(cluster.contains(QStringLiteral("past the deadline")));
}
