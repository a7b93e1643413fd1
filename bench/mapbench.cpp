// SPDX-License-Identifier: GPL-3.0-or-later
// posko-bench-map: the map's clustering index on 100k and 1M reports spread like Trenggalek's,
// against supercluster (the npm package Mapbox uses) on the same points in the same run.
// Prints one JSON object per line: {"metric", "value", "unit", "n"[, "zoom", ...]}.
// frame_paint (bench/mapframebench.cpp) times the map widget painting the same points.
//
//   posko-bench-map [--sizes 100000,1000000] [--reps 5] [--views 24] [--sc-extent 256]
//                   [--skip-supercluster] [--frames-only] [--frame-zooms 10,11,...,18]
//                   [--compare-copy]
#include "bench/mapframebench.h"
#include "core/geo/clusterindex.h"
#include "core/geo/mercator.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <random>

using namespace posko;

namespace {

constexpr int radiusPx = 60;
constexpr int maxClusterZoom = 16;
constexpr int minBenchZoom = 8;
constexpr int maxBenchZoom = 18;
constexpr double viewW = 1920, viewH = 1080;
constexpr double minLon = 111.4, maxLon = 112.0, minLat = -8.4, maxLat = -7.9;

struct Town
{
    double lon, lat, weight, sigmaKm;
};
// The 14 kecamatan centres (as in core/hub/placefinder.cpp); Trenggalek town, the regency's
// seat, draws the most reports and spreads widest.
constexpr Town towns[] = {
    {111.71, -8.05, 6, 3.0},   {111.71, -8.26, 1, 2.0},  {111.45, -8.25, 1, 2.0},
    {111.58, -8.29, 1, 2.0},   {111.54, -8.17, 1, 2.0},  {111.56, -8.13, 1, 2.0},
    {111.64, -8.20, 1, 2.0},   {111.64, -8.05, 1, 2.0},  {111.61, -8.09, 1, 2.0},
    {111.61, -7.98, 1, 2.0},   {111.72, -7.97, 1, 2.0},  {111.75, -8.11, 1, 2.0},
    {111.76, -8.07, 1.5, 2.0}, {111.81, -8.11, 1.5, 2.0}};
constexpr double ruralShare = 0.12;

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

void printLine(QJsonObject o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

QJsonObject metric(const char *name, double value, const char *unit, qsizetype n)
{
    return {{QStringLiteral("metric"), QString::fromLatin1(name)},
            {QStringLiteral("value"), value},
            {QStringLiteral("unit"), QString::fromLatin1(unit)},
            {QStringLiteral("n"), double(n)}};
}

double rssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

std::vector<LonLat> generate(std::size_t n, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(0, 1), lon(minLon, maxLon), lat(minLat, maxLat);
    std::normal_distribution<double> g(0, 1);
    std::vector<double> weights;
    for (const Town &t : towns)
        weights.push_back(t.weight);
    std::discrete_distribution<int> pick(weights.begin(), weights.end());
    std::vector<LonLat> out;
    out.reserve(n);
    while (out.size() < n) {
        if (u(rng) < ruralShare) {
            out.push_back({lon(rng), lat(rng)});
            continue;
        }
        const Town &t = towns[pick(rng)];
        const double sigma = t.sigmaKm / 111.32; // degrees; close enough at 8 degrees south
        const LonLat p{t.lon + g(rng) * sigma, t.lat + g(rng) * sigma};
        // Keep the spread inside the regency's extent by drawing again, not by clamping
        // (clamping would pile points up on the border).
        if (p.lon >= minLon && p.lon < maxLon && p.lat >= minLat && p.lat < maxLat)
            out.push_back(p);
    }
    return out;
}

struct View
{
    int zoom;
    WorldRect world;
};

std::vector<View> viewports(int randomPerZoom, quint64 seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> lon(minLon, maxLon), lat(minLat, maxLat);
    std::vector<View> out;
    const WorldPoint centre = Mercator::toWorld({(minLon + maxLon) / 2, (minLat + maxLat) / 2});
    for (int z = minBenchZoom; z <= maxBenchZoom; ++z) {
        out.push_back({z, Viewport(centre, z, viewW, viewH).worldBounds()});
        for (int i = 0; i < randomPerZoom; ++i) {
            const WorldPoint c = Mercator::toWorld({lon(rng), lat(rng)});
            out.push_back({z, Viewport(c, z, viewW, viewH).worldBounds()});
        }
    }
    return out;
}

struct Peer
{
    bool ran = false;
    double build = 0;
    double buildFirst = 0;
    double queryAll = 0;
    std::map<int, double> query;
};

// Makes sure supercluster is installed next to run.mjs; returns node's path or an error.
QString prepareSupercluster(const QString &dir, QString *error)
{
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty()) {
        *error = QStringLiteral("node (Node.js) is not on PATH; it runs the supercluster "
                                "reference. Install Node.js >= 18 or pass --skip-supercluster.");
        return {};
    }
    if (QDir(dir + QStringLiteral("/node_modules/supercluster")).exists())
        return node;
    const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
    if (npm.isEmpty()) {
        *error = QStringLiteral("npm is not on PATH, so supercluster cannot be installed into %1"
                                "/node_modules. Install npm, or run: npm ci --prefix %1")
                     .arg(dir);
        return {};
    }
    std::fprintf(stderr, "installing supercluster: npm ci --prefix %s\n", qPrintable(dir));
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                  QStringLiteral("--prefix"), dir});
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("npm ci --prefix %1 failed (exit %2)").arg(dir).arg(p.exitCode());
        return {};
    }
    return node;
}

Peer runSupercluster(const QString &node, const QString &dir, const std::vector<LonLat> &pts,
                     const std::vector<View> &views, int extent, int builds, int reps)
{
    Peer peer;
    QTemporaryDir tmp;
    QFile points(tmp.filePath(QStringLiteral("points.f64")));
    if (!points.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(points.fileName()));
    std::vector<double> flat;
    flat.reserve(pts.size() * 2);
    for (const LonLat &p : pts) {
        flat.push_back(p.lon);
        flat.push_back(p.lat);
    }
    points.write(reinterpret_cast<const char *>(flat.data()), qint64(flat.size() * sizeof(double)));
    points.close();

    QJsonArray vs;
    for (const View &v : views) {
        // Supercluster wants [west, south, east, north]; world y grows southwards.
        const LonLat nw = Mercator::toLonLat({v.world.minX, v.world.minY});
        const LonLat se = Mercator::toLonLat({v.world.maxX, v.world.maxY});
        vs.append(
            QJsonObject{{QStringLiteral("zoom"), v.zoom},
                        {QStringLiteral("bbox"), QJsonArray{nw.lon, se.lat, se.lon, nw.lat}}});
    }
    const QJsonObject cfg{{QStringLiteral("n"), double(pts.size())},
                          {QStringLiteral("radius"), radiusPx},
                          {QStringLiteral("extent"), extent},
                          {QStringLiteral("maxZoom"), maxClusterZoom},
                          {QStringLiteral("builds"), builds},
                          {QStringLiteral("reps"), reps},
                          {QStringLiteral("views"), vs}};
    QFile config(tmp.filePath(QStringLiteral("config.json")));
    if (!config.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(config.fileName()));
    config.write(QJsonDocument(cfg).toJson(QJsonDocument::Compact));
    config.close();

    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(node, {QStringLiteral("--expose-gc"), QStringLiteral("--max-old-space-size=8192"),
                   dir + QStringLiteral("/run.mjs"), points.fileName(), config.fileName()});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        qFatal("supercluster run failed (exit %d)", p.exitCode());
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.isEmpty())
            continue;
        std::printf("%s\n", line.constData()); // passed through: the peer's figures are output too
        const QString m = o.value(QStringLiteral("metric")).toString();
        const double value = o.value(QStringLiteral("value")).toDouble();
        if (m == QStringLiteral("supercluster_build"))
            peer.build = value;
        else if (m == QStringLiteral("supercluster_build_first"))
            peer.buildFirst = value;
        else if (m == QStringLiteral("supercluster_query") && o.contains(QStringLiteral("zoom")))
            peer.query[o.value(QStringLiteral("zoom")).toInt()] = value;
        else if (m == QStringLiteral("supercluster_query"))
            peer.queryAll = value;
    }
    std::fflush(stdout);
    peer.ran = true;
    return peer;
}

void runSize(std::size_t n, int reps, int randomViews, int extent, bool withPeer,
             const QString &node, const QString &peerDir)
{
    const std::vector<LonLat> lonlat = generate(n, 20261128 + n);
    std::vector<ClusterPoint> pts;
    pts.reserve(n);
    std::mt19937_64 rng(n);
    std::discrete_distribution<int> squad({14, 14, 14, 14, 14, 8, 2, 20});
    std::discrete_distribution<int> sla({10, 60, 20, 10});
    for (std::size_t i = 0; i < n; ++i) {
        const WorldPoint w = Mercator::toWorld(lonlat[i]);
        pts.push_back({qint64(i + 1), w.x, w.y, quint8(squad(rng)), quint8(sla(rng))});
    }

    // Build: the first run also gives the memory figures; the median of three is reported.
    const double rssBefore = rssMb();
    ClusterIndex index(ClusterIndex::Options{radiusPx, maxClusterZoom});
    std::vector<double> builds;
    for (int b = 0; b < 3; ++b) {
        const auto t0 = Clock::now();
        if (!index.build(pts))
            qFatal("build failed");
        builds.push_back(msSince(t0));
        if (b == 0) {
            const double rssAfter = rssMb();
            QJsonObject own =
                metric("memory", double(index.memoryBytes()) / 1048576.0, "MB", qsizetype(n));
            own.insert(QStringLiteral("kind"), QStringLiteral("index"));
            printLine(own);
            QJsonObject rss = metric("memory", rssAfter - rssBefore, "MB", qsizetype(n));
            rss.insert(QStringLiteral("kind"), QStringLiteral("rss_delta"));
            printLine(rss);
        }
    }
    const double ourBuild = median(builds);
    printLine(metric("cluster_build", ourBuild, "ms", qsizetype(n)));
    // The first build of the process, whose memory is touched for the first time (later ones
    // reuse freed blocks, see core/geo/largealloc.h), for both sides.
    printLine(metric("cluster_build_first", builds.front(), "ms", qsizetype(n)));

    // Queries: the same viewports for both; a warm-up pass first, as for the peer.
    const std::vector<View> views = viewports(randomViews, 42);
    std::vector<ClusterItem> out;
    for (const View &v : views) {
        out.clear();
        index.query(v.world, v.zoom, out);
    }
    std::map<int, std::vector<double>> times;
    std::map<int, std::vector<double>> items;
    std::vector<double> all;
    for (const View &v : views) {
        for (int r = 0; r < reps; ++r) {
            out.clear(); // keeps capacity, as a widget reusing its buffer each frame would
            const auto t0 = Clock::now();
            index.query(v.world, v.zoom, out);
            const double ms = msSince(t0);
            times[v.zoom].push_back(ms);
            all.push_back(ms);
        }
        items[v.zoom].push_back(double(out.size()));
    }
    std::map<int, double> ourQuery;
    for (const auto &[zoom, t] : times) {
        ourQuery[zoom] = median(t);
        QJsonObject o = metric("cluster_query", ourQuery[zoom], "ms", qsizetype(n));
        o.insert(QStringLiteral("zoom"), zoom);
        o.insert(QStringLiteral("items"), median(items[zoom]));
        printLine(o);
    }
    const double ourAll = median(all);
    printLine(metric("cluster_query", ourAll, "ms", qsizetype(n)));

    // Exact counting of a viewport (status bar, "only what the map shows"), for reference.
    std::vector<double> summarize;
    for (const View &v : views) {
        const auto t0 = Clock::now();
        const ClusterSummary s = index.summarize(v.world);
        summarize.push_back(msSince(t0));
        Q_UNUSED(s);
    }
    printLine(metric("cluster_summarize", median(summarize), "ms", qsizetype(n)));

    // Incremental updates as sync delivers them: a move, a squad change, an SLA change.
    {
        std::mt19937_64 urng(7);
        std::uniform_int_distribution<qint64> anyId(1, qint64(n));
        constexpr int ops = 20000;
        const auto t0 = Clock::now();
        for (int i = 0; i < ops; ++i) {
            const qint64 id = anyId(urng);
            const ClusterPoint &src = pts[std::size_t(anyId(urng) - 1)];
            index.move(id, src.x, src.y);
            index.setSquad(id, i % 8);
            index.setSla(id, i % 4);
        }
        printLine(metric("cluster_update", msSince(t0) * 1000.0 / ops, "us", qsizetype(n)));
    }

    if (!withPeer)
        return;
    const Peer peer = runSupercluster(node, peerDir, lonlat, views, extent, 3, reps);
    printLine(metric("cluster_build_ratio", peer.build / ourBuild, "x", qsizetype(n)));
    printLine(
        metric("cluster_build_first_ratio", peer.buildFirst / builds.front(), "x", qsizetype(n)));
    for (const auto &[zoom, ms] : ourQuery) {
        if (!peer.query.count(zoom))
            continue;
        QJsonObject o = metric("cluster_query_ratio", peer.query.at(zoom) / ms, "x", qsizetype(n));
        o.insert(QStringLiteral("zoom"), zoom);
        printLine(o);
    }
    printLine(metric("cluster_query_ratio", peer.queryAll / ourAll, "x", qsizetype(n)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // frame_paint paints into images, no screen
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const char *usage =
        "usage: posko-bench-map [--sizes 100000,1000000] [--reps 5] [--views 24]\n"
        "                       [--sc-extent 256] [--skip-supercluster] [--frames-only]\n"
        "                       [--frame-zooms 10,11,...,18] [--compare-copy]\n";
    const QStringList valued{QStringLiteral("--sizes"), QStringLiteral("--reps"),
                             QStringLiteral("--views"), QStringLiteral("--sc-extent"),
                             QStringLiteral("--frame-zooms")};
    const QStringList flags{QStringLiteral("--skip-supercluster"), QStringLiteral("--frames-only"),
                            QStringLiteral("--compare-copy")};
    const auto fail = [usage](const QString &why) {
        std::fprintf(stderr, "posko-bench-map: %s\n%s", qPrintable(why), usage);
        std::exit(2);
    };
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--help") || args.at(i) == QStringLiteral("-h")) {
            std::printf("%s", usage);
            return 0;
        }
        if (valued.contains(args.at(i)) && i + 1 < args.size())
            ++i;
        else if (valued.contains(args.at(i)))
            fail(QStringLiteral("%1 needs a value").arg(args.at(i)));
        else if (!flags.contains(args.at(i)))
            fail(QStringLiteral("unknown argument %1").arg(args.at(i)));
    }
    const auto option = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    // A positive whole number, or exit 2 naming the option.
    const auto count = [&](const QString &name, const QString &text) {
        bool ok = false;
        const qulonglong v = text.toULongLong(&ok);
        if (!ok || v == 0 || v > 100000000)
            fail(QStringLiteral("%1: not a count from 1 to 100000000: %2").arg(name, text));
        return v;
    };
    std::vector<std::size_t> sizes;
    for (const QString &s : option(QStringLiteral("--sizes"), QStringLiteral("100000,1000000"))
                                .split(QLatin1Char(','), Qt::SkipEmptyParts))
        sizes.push_back(count(QStringLiteral("--sizes"), s));
    if (sizes.empty())
        fail(QStringLiteral("--sizes: no size given"));
    const int reps =
        int(count(QStringLiteral("--reps"), option(QStringLiteral("--reps"), QStringLiteral("5"))));
    const int randomViews = int(
        count(QStringLiteral("--views"), option(QStringLiteral("--views"), QStringLiteral("24"))));
    // 256: supercluster's radius is in units of `extent` per tile, Posko's in pixels of a
    // 256-pixel tile; equal extents make "60" the same distance on the ground for both.
    const int extent = int(count(QStringLiteral("--sc-extent"),
                                 option(QStringLiteral("--sc-extent"), QStringLiteral("256"))));
    const bool withPeer = !args.contains(QStringLiteral("--skip-supercluster"));
    const bool withClusters = !args.contains(QStringLiteral("--frames-only"));
    const bool compareCopy = args.contains(QStringLiteral("--compare-copy"));
    std::vector<double> frameZooms;
    for (const QString &z :
         option(QStringLiteral("--frame-zooms"), QStringLiteral("10,11,12,13,14,15,16,17,18"))
             .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double zoom = z.toDouble(&ok);
        if (!ok || zoom < 0 || zoom > 20)
            fail(QStringLiteral("--frame-zooms: not a zoom from 0 to 20: %1").arg(z));
        frameZooms.push_back(zoom);
    }

    const QString peerDir = QStringLiteral(POSKO_SOURCE_DIR "/bench/supercluster");
    QString node;
    if (withPeer && withClusters) {
        QString error;
        node = prepareSupercluster(peerDir, &error);
        if (node.isEmpty()) {
            std::fprintf(stderr, "posko-bench-map: %s\n", qPrintable(error));
            return 2;
        }
    }
    for (std::size_t n : sizes) {
        if (withClusters)
            runSize(n, reps, randomViews, extent, withPeer, node, peerDir);
        bench::printFramePaint(generate(n, 20261128 + n), reps, frameZooms, compareCopy);
    }
    return 0;
}
