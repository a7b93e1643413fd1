// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/mapframebench.h"

#include "core/domain/clock.h"
#include "ui/map/mapview.h"
#include "ui/map/reportlayer.h"
#include "ui/reports/reporttablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QThread>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <future>
#include <random>
#include <sys/resource.h>
#include <time.h>

namespace posko::bench {

namespace {
using Clock = std::chrono::steady_clock;

// Page faults of the calling thread so far (minor and major).
long threadFaults()
{
    rusage u{};
    getrusage(RUSAGE_THREAD, &u);
    return u.ru_minflt + u.ru_majflt;
}

// CPU time of the calling thread, ms (user and system: page faults count as work).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

volatile double jitterSink = 0;

// A fixed amount of arithmetic, no memory traffic.
void spin(long n)
{
    double a = 0;
    for (long i = 0; i < n; ++i)
        a += double(i) * 1e-9;
    jitterSink = a;
}

// Camera positions: the regency's seat, a market town, a rural hillside, the south coast.
constexpr LonLat centres[] = {
    {111.71, -8.05}, {111.76, -8.07}, {111.60, -8.15}, {111.70, -8.26}, {111.64, -8.05}};
} // namespace

std::vector<FramePaint> measureFramePaint(const std::vector<LonLat> &points,
                                          const std::vector<double> &zooms, int reps, bool inPlace)
{
    const QDateTime now(QDate(2026, 11, 28), QTime(3, 0), Qt::UTC);
    ManualClock clock(now);
    ui::ReportTableModel model(clock);
    {
        std::mt19937_64 rng(points.size());
        std::uniform_int_distribution<int> squad(-1, 6);
        std::uniform_int_distribution<int> minutesAgo(0, 3 * 24 * 60);
        const QString label = QStringLiteral("sampah");
        QVector<Report> reports;
        reports.reserve(qsizetype(points.size()));
        for (std::size_t i = 0; i < points.size(); ++i) {
            Report r;
            r.id = qint64(i + 1);
            r.label = label;
            if (const int s = squad(rng); s >= 0) {
                r.squad = allSquads[std::size_t(s)];
                r.status = Status::Ditugaskan;
            }
            r.lon = points[i].lon;
            r.lat = points[i].lat;
            r.requestedAt = r.updatedAt = r.statusSince = now.addSecs(-60 * minutesAgo(rng));
            reports.push_back(std::move(r));
        }
        model.setReports(std::move(reports));
    }
    QItemSelectionModel selection(&model);
    ui::MapView map;
    map.setModel(&model);
    map.setSelectionModel(&selection);
    map.resize(1920, 1080);
    // The view's own image, for the copied frames of --compare-copy, made before timing as it
    // was made at every resize when all heavy frames were copied.
    map.prepareFrame(QSize(1920, 1080), 1.0);
    // Large sets are indexed on a pool thread (the map shows the old index meanwhile): frames
    // are timed once every point is in.
    QElapsedTimer indexing;
    indexing.start();
    while (map.reports()->index().size() != qsizetype(points.size())) {
        if (indexing.elapsed() > 120000) {
            std::fprintf(stderr, "posko-bench-map: the map index never held every point\n");
            std::exit(2);
        }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(5);
    }

    // Stands in for the window's backing store (xcb's format): the frame is painted there as
    // paintEvent paints it (MapView::paintTo: directly with the painter, or a heavy frame
    // rendered in place in its pixels, or into the view's own image and copied).
    map.setRenderInPlace(inPlace);
    QImage frame(1920, 1080, QImage::Format_ARGB32_Premultiplied);
    frame.fill(Qt::white); // a backing store in use: its pages are mapped
    std::vector<FramePaint> out;
    for (double zoom : zooms) {
        std::vector<double> times;
        double firstMax = 0;
        std::vector<double> cpuTimes;
        double firstCpuMax = 0;
        int inPlaceFrames = 0, copiedFrames = 0;
        for (const LonLat &c : centres) {
            map.setCamera(c, zoom);
            for (int rep = 0; rep <= reps; ++rep) {
                QPainter p(&frame);
                const double cpu0 = threadCpuMs();
                const long faults0 = threadFaults();
                const auto t0 = Clock::now();
                map.paintTo(p, frame.size());
                p.end();
                const double ms =
                    std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
                const double cpu = threadCpuMs() - cpu0;
                inPlaceFrames += map.lastFrameRenderedInPlace() ? 1 : 0;
                copiedFrames += map.lastFrameCopied() ? 1 : 0;
                if (qEnvironmentVariableIsSet("POSKO_FRAME_TRACE"))
                    std::fprintf(stderr, "z%g c%d r%d %.2f cpu %.2f faults %ld\n", zoom,
                                 int(&c - centres), rep, ms, cpu, threadFaults() - faults0);
                if (rep > 0) { // the first frame at a new camera warms the sprite caches
                    times.push_back(ms);
                    cpuTimes.push_back(cpu);
                } else {
                    firstMax = std::max(firstMax, ms);
                    firstCpuMax = std::max(firstCpuMax, cpu);
                }
                // What the event loop runs between two frames (sprites made after a frame),
                // not timed: it happens while the frame is on screen.
                QCoreApplication::processEvents();
            }
        }
        std::sort(times.begin(), times.end());
        std::sort(cpuTimes.begin(), cpuTimes.end());
        out.push_back({zoom, times[times.size() / 2], times.back(), int(times.size()), firstMax,
                       inPlaceFrames, copiedFrames, cpuTimes.back(), firstCpuMax});
    }
    return out;
}

Jitter measureJitter(double targetMs, int runs)
{
    // Calibrate: how many steps of spin() take targetMs on one thread.
    long n = 100000;
    for (;;) {
        const auto t0 = Clock::now();
        spin(n);
        const double ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
        if (ms >= 1.0) {
            n = long(double(n) * targetMs / ms);
            break;
        }
        n *= 4;
    }
    std::vector<double> times;
    for (int r = 0; r < runs; ++r) {
        const auto t0 = Clock::now();
        auto other = std::async(std::launch::async, spin, n); // as a frame's second band
        spin(n);
        other.get();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        QCoreApplication::processEvents(); // as between two frames
    }
    std::sort(times.begin(), times.end());
    return {times[times.size() / 2], times.back(), runs};
}

void printFramePaint(const std::vector<LonLat> &points, int reps, const std::vector<double> &zooms,
                     bool compareCopy)
{
    const auto print = [&points](const char *metric, const FramePaint &f) {
        const QJsonObject o{{QStringLiteral("metric"), QLatin1String(metric)},
                            {QStringLiteral("value"), f.medianMs},
                            {QStringLiteral("unit"), QStringLiteral("ms")},
                            {QStringLiteral("n"), qint64(points.size())},
                            {QStringLiteral("zoom"), f.zoom},
                            {QStringLiteral("max"), f.maxMs},
                            {QStringLiteral("frames"), f.frames},
                            {QStringLiteral("first_max"), f.firstMaxMs},
                            {QStringLiteral("cpu_max"), f.cpuMaxMs},
                            {QStringLiteral("first_cpu_max"), f.firstCpuMaxMs},
                            {QStringLiteral("in_place"), f.inPlace},
                            {QStringLiteral("copied"), f.copied}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    };
    const std::vector<FramePaint> inPlace = measureFramePaint(points, zooms, reps, true);
    for (const FramePaint &f : inPlace)
        print("frame_paint", f);
    // The machine's own steadiness in the same run, for reading the frames' `max`.
    const Jitter j = measureJitter(2.0, int(zooms.size()) * 5 * (reps + 1));
    const QJsonObject o{{QStringLiteral("metric"), QStringLiteral("frame_jitter_baseline")},
                        {QStringLiteral("value"), j.medianMs},
                        {QStringLiteral("unit"), QStringLiteral("ms")},
                        {QStringLiteral("n"), qint64(points.size())},
                        {QStringLiteral("max"), j.maxMs},
                        {QStringLiteral("frames"), j.runs}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
    if (!compareCopy)
        return;
    const std::vector<FramePaint> copied = measureFramePaint(points, zooms, reps, false);
    for (std::size_t i = 0; i < copied.size(); ++i) {
        print("frame_paint_copied", copied[i]);
        const QJsonObject o{{QStringLiteral("metric"), QStringLiteral("frame_paint_copy_ratio")},
                            {QStringLiteral("value"), copied[i].medianMs / inPlace[i].medianMs},
                            {QStringLiteral("unit"), QStringLiteral("x")},
                            {QStringLiteral("n"), qint64(points.size())},
                            {QStringLiteral("zoom"), copied[i].zoom},
                            {QStringLiteral("max_ratio"), copied[i].maxMs / inPlace[i].maxMs}};
        std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }
}

} // namespace posko::bench
