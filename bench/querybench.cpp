// SPDX-License-Identifier: GPL-3.0-or-later
#include "bench/querybench.h"
#include "bench/sqlite3timer.h"

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"
#include "core/hub/demotext.h"
#include "core/hub/placefinder.h"
#include "core/storage/dispatchservice.h"
#include "core/storage/replica.h"
#include "core/storage/reportcatalog.h"
#include "core/sync/syncclient.h"
#include "ui/main/mainwindow.h"
#include "ui/map/mapview.h"
#include "ui/map/reportlayer.h"
#include "ui/reports/reportdetailpanel.h"
#include "ui/reports/reporttablemodel.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace posko::bench {

namespace {

void emitMetric(const QString &metric, double value, const char *unit, qint64 n, qint64 rows = -1)
{
    if (rows >= 0)
        std::printf("{\"metric\":\"%s\",\"value\":%.3f,\"unit\":\"%s\",\"n\":%lld,\"rows\":%lld}\n",
                    qPrintable(metric), value, unit, static_cast<long long>(n),
                    static_cast<long long>(rows));
    else
        std::printf("{\"metric\":\"%s\",\"value\":%.3f,\"unit\":\"%s\",\"n\":%lld}\n",
                    qPrintable(metric), value, unit, static_cast<long long>(n));
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Peak resident set (VmHWM) in MB.
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double gaussian(QRandomGenerator &rng)
{
    const double u = std::max(1e-12, rng.generateDouble()), v = rng.generateDouble();
    return std::sqrt(-2 * std::log(u)) * std::cos(2 * M_PI * v);
}

Report makeReport(qint64 id, const LabelPolicy &policy, const AreaCatalog &areas,
                  const QVector<PlaceFinder::Centroid> &centres, const QDateTime &now,
                  QRandomGenerator &rng)
{
    Report r;
    r.id = id;
    r.seq = id;
    const Label &label = policy.labels().at(int(rng.bounded(policy.labels().size())));
    const PlaceFinder::Centroid &kec = centres.at(int(rng.bounded(centres.size())));
    r.label = label.code;
    r.kecamatan = kec.kecamatanCode;
    const QVector<Desa> desa = areas.desaOf(kec.kecamatanCode);
    QString desaName = kec.name;
    if (!desa.isEmpty()) {
        const Desa &d = desa.at(int(rng.bounded(desa.size())));
        r.desa = d.code;
        desaName = d.name;
    }
    r.lat = std::round((kec.lat + gaussian(rng) * 0.022) * 1e6) / 1e6;
    r.lon = std::round((kec.lon + gaussian(rng) * 0.022) * 1e6) / 1e6;
    r.description = demo::description(r.label, desaName, kec.name, rng);
    r.address = demo::address(desaName, kec.name, rng);
    QDateTime t = now.addSecs(-qint64(rng.bounded(365 * 24 * 3600)));
    r.requestedAt = r.updatedAt = r.statusSince = t;
    r.history.push_back(
        {t, QStringLiteral("warga"), QStringLiteral("created"), statusCode(Status::Baru), {}, {}});
    // A lifecycle by the domain's own rules; older reports got further.
    auto step = [&](qint64 minutes, ReportAction a, const QString &actor) {
        const QDateTime at = t.addSecs(std::max<qint64>(1, minutes) * 60);
        if (at >= now || rng.bounded(100) < 8 || applyAction(r, a, actor, at))
            return false;
        t = at;
        return true;
    };
    ReportAction assign;
    assign.type = ReportAction::Type::Assign;
    assign.squad = label.defaultSquad;
    ReportAction work;
    work.type = ReportAction::Type::ChangeStatus;
    work.status = Status::Dikerjakan;
    work.text = demo::workNote(r.label, rng);
    ReportAction note;
    note.type = ReportAction::Type::Note;
    note.text = demo::workNote(r.label, rng);
    ReportAction done;
    done.type = ReportAction::Type::ChangeStatus;
    done.status = Status::Selesai;
    done.text = demo::doneNote(rng);
    ReportAction close;
    close.type = ReportAction::Type::ChangeStatus;
    close.status = Status::Ditutup;
    const qint64 resp = label.responseMinutes, res = label.resolutionMinutes;
    if (step(qint64(double(resp) * (0.2 + 1.4 * rng.generateDouble())), assign,
             QStringLiteral("operator")) &&
        step(qint64(double(res) * 0.1 * rng.generateDouble()), work, QStringLiteral("pasukan")) &&
        (rng.bounded(3) != 0 ||
         step(qint64(double(res) * 0.1 * rng.generateDouble()), note, QStringLiteral("pasukan"))) &&
        step(qint64(double(res) * (0.1 + rng.generateDouble())), done, QStringLiteral("pasukan")))
        step(60 * 24, close, QStringLiteral("operator"));
    return r;
}

struct Timed
{
    double ms = 0;
    qint64 rows = 0;
};

Timed timeQuery(ReportCatalog &c, const CatalogFilter &f, CatalogSort sort, qint64 now)
{
    Timed out;
    QEventLoop loop;
    auto conn = QObject::connect(&c, &ReportCatalog::resultReady, &loop,
                                 [&](quint64, const ReportCatalog::Ids &ids) {
                                     out.rows = qint64(ids->size());
                                     loop.quit();
                                 });
    QElapsedTimer t;
    t.start();
    c.query(f, sort, Qt::DescendingOrder, now);
    loop.exec();
    out.ms = double(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(conn);
    return out;
}

// The median "real" time of `runs` runs of `sql` in one sqlite3 process (.timer), in ms;
// negative when sqlite3 is missing or failed.
double sqlite3Ms(const QString &dbPath, const QString &sql, int runs)
{
    const auto times = posko::bench::sqlite3Times(dbPath, sql, runs);
    return times ? median(*times) : -1;
}

} // namespace

bool generateReplica(const QString &replicaDataDir, qint64 n, QString *error)
{
    if (QFileInfo::exists(QDir(replicaDataDir).filePath(QStringLiteral("replica.sqlite")))) {
        *error = QStringLiteral("%1 already holds a replica; give an empty directory")
                     .arg(replicaDataDir);
        return false;
    }
    auto replica = Replica::open(replicaDataDir, error);
    if (!replica)
        return false;
    const LabelPolicy policy = replica->labelPolicy();
    const AreaCatalog areas = AreaCatalog::builtIn();
    const PlaceFinder places(areas);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QRandomGenerator rng(3503);
    constexpr qint64 page = 5000;
    QElapsedTimer t;
    t.start();
    for (qint64 first = 1; first <= n; first += page) {
        QVector<Report> reports;
        for (qint64 id = first; id < std::min(n + 1, first + page); ++id)
            reports.push_back(makeReport(id, policy, areas, places.centroids(), now, rng));
        if (!replica->applyChanges(reports, {}, reports.last().id, error))
            return false;
        if ((first / page) % 20 == 0)
            std::fprintf(stderr, "generated %lld of %lld reports (%.0f/s)\n",
                         static_cast<long long>(reports.last().id), static_cast<long long>(n),
                         double(reports.last().id) * 1000.0 /
                             double(std::max<qint64>(1, t.elapsed())));
    }
    return true;
}

void printQueryBench(const QString &replicaDataDir, qint64 n)
{
    // n <= 0: the number of reports the replica holds.
    QString error;
    {
        auto migrate = Replica::open(replicaDataDir, &error); // an older replica is migrated
        if (!migrate) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return;
        }
    }
    // The real command centre on this replica, offscreen, its hub unreachable (the sync fails
    // quietly): from construction to the window shown, then to the first rows painted.
    QElapsedTimer startup;
    startup.start();
    auto replica = Replica::open(replicaDataDir, &error);
    if (!replica) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return;
    }
    const LabelPolicy policy = replica->labelPolicy();
    const QString dbPath = replica->databasePath();
    SystemClock clock;
    QNetworkAccessManager nam;
    DispatchService dispatch(*replica, clock);
    SyncClient sync(*replica, &nam);
    Session session;
    session.hub = QUrl(QStringLiteral("http://127.0.0.1:9"));
    session.user = QStringLiteral("bench");
    session.role = QStringLiteral("operator");
    session.token = QStringLiteral("bench");
    session.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
    sync.setSession(session);
    ui::MainWindow window(*replica, dispatch, sync, clock);
    window.show();
    QCoreApplication::processEvents();
    const double shownMs = double(startup.nsecsElapsed()) / 1e6;
    // The longest the GUI thread did not turn its event loop while the reports loaded.
    QElapsedTimer tick;
    tick.start();
    qint64 maxStall = 0;
    QTimer probe;
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout,
                     [&] { maxStall = std::max(maxStall, tick.restart()); });
    probe.start();
    ui::ReportTableModel *model = window.model();
    double loadedMs = -1;
    QObject::connect(window.catalog(), &ReportCatalog::loaded,
                     [&] { loadedMs = double(startup.nsecsElapsed()) / 1e6; });
    {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(2);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (model->rowCount() > 0 && !model->isQuerying())
                loop.quit();
        });
        poll.start();
        loop.exec();
    }
    window.table()->viewport()->repaint();
    const double firstRowsMs = double(startup.nsecsElapsed()) / 1e6;
    const qint64 firstRows = model->rowCount();
    {
        // Then every row: the load finished and its full result is shown.
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(2);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (loadedMs >= 0 && !model->isQuerying() &&
                model->rowCount() == window.catalog()->size())
                loop.quit();
        });
        poll.start();
        loop.exec();
    }
    window.table()->viewport()->repaint();
    const double allRowsMs = double(startup.nsecsElapsed()) / 1e6;
    probe.stop();
    if (n <= 0)
        n = model->rowCount();
    emitMetric(QStringLiteral("window_shown"), shownMs, "ms", n);
    emitMetric(QStringLiteral("window_catalog_loaded"), loadedMs, "ms", n);
    emitMetric(QStringLiteral("window_first_rows"), firstRowsMs, "ms", n, firstRows);
    emitMetric(QStringLiteral("window_all_rows"), allRowsMs, "ms", n, model->rowCount());
    emitMetric(QStringLiteral("window_load_max_gui_stall"), double(maxStall), "ms", n);
    emitMetric(QStringLiteral("window_rss"), peakRssMb(), "MB", n);

    // The map's index of every row is built on a pool thread after the load: wait for it, so
    // the figures below are not shared with it.
    {
        QEventLoop loop;
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (!window.map()->reports()->isBuilding())
                loop.quit();
        });
        poll.start();
        loop.exec();
    }
    ReportCatalog &catalog = *window.catalog();
    // After the load the catalog computes every column's order (queries run between those
    // steps, each waiting for at most one of them): until it is idle again.
    {
        QElapsedTimer warm;
        warm.start();
        catalog.waitIdle();
        emitMetric(QStringLiteral("catalog_orders_after_load"),
                   double(warm.nsecsElapsed()) / 1e6 + (allRowsMs - loadedMs), "ms", n);
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    // Filter values from a report in the middle of the replica.
    std::optional<CatalogRow> sample;
    for (qint64 id = std::max<qint64>(1, n / 2); !sample && id > 0; --id)
        sample = catalog.row(id);
    if (!sample) {
        std::fprintf(stderr, "the replica holds no reports\n");
        return;
    }
    struct Case
    {
        const char *name;
        CatalogFilter filter;
    };
    std::vector<Case> cases;
    auto add = [&](const char *name, auto set) {
        CatalogFilter f;
        set(f);
        cases.push_back({name, f});
    };
    add("label", [&](CatalogFilter &f) { f.label = sample->label; });
    add("squad", [&](CatalogFilter &f) { f.squad = int(Squad::Orange); });
    add("status", [&](CatalogFilter &f) { f.status = int(Status::Baru); });
    add("kecamatan", [&](CatalogFilter &f) { f.kecamatan = sample->kecamatan; });
    add("desa", [&](CatalogFilter &f) { f.desa = sample->desa; });
    add("date_range", [&](CatalogFilter &f) {
        f.receivedFrom = now - 30 * 86400;
        f.receivedTo = now - 23 * 86400;
    });
    add("sla", [&](CatalogFilter &f) {
        f.sla = 3; /* breached */
    });
    add("text", [&](CatalogFilter &f) { f.text = QStringLiteral("lampu"); });
    add("text_rare", [&](CatalogFilter &f) { f.text = QStringLiteral("pohon tumbang"); });
    add("combined", [&](CatalogFilter &f) {
        f.kecamatan = sample->kecamatan;
        f.status = int(Status::Baru);
        f.text = QStringLiteral("jalan");
    });
    constexpr int runs = 9;
    timeQuery(catalog, {}, CatalogSort::Id, now); // the default order, sorted once
    for (const Case &c : cases) {
        std::vector<double> ms;
        qint64 rows = 0;
        for (int i = 0; i < runs; ++i) {
            const Timed t = timeQuery(catalog, c.filter, CatalogSort::Id, now);
            ms.push_back(t.ms);
            rows = t.rows;
        }
        const QString metric = QStringLiteral("filter_%1").arg(QLatin1String(c.name));
        const double posko = median(ms);
        emitMetric(metric, posko, "ms", n, rows);
        if (const auto sql =
                ReportCatalog::sqlFor(c.filter, CatalogSort::Id, Qt::DescendingOrder, policy)) {
            const double lite = sqlite3Ms(dbPath, *sql + QStringLiteral(" LIMIT 100"), 5);
            if (lite >= 0) {
                emitMetric(metric + QStringLiteral("_sqlite3"), lite, "ms", n);
                emitMetric(metric + QStringLiteral("_ratio"),
                           std::max(lite, 0.5) / std::max(posko, 0.001), "x", n);
            }
        }
    }
    // The same filters in the window: from setFilter() to the first rows painted, including
    // the model reset and the map layer following the new rows (GUI thread).
    auto waitRows = [&] {
        QEventLoop loop;
        auto conn = QObject::connect(model, &ui::ReportTableModel::rowsReady, &loop, [&] {
            if (!model->isQuerying())
                loop.quit();
        });
        loop.exec();
        QObject::disconnect(conn);
        window.table()->viewport()->repaint();
    };
    for (const Case &c : cases) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            if (!model->filter().isEmpty()) {
                model->setFilter({});
                waitRows();
            }
            QElapsedTimer t;
            t.start();
            model->setFilter(c.filter);
            waitRows();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        emitMetric(QStringLiteral("window_filter_%1").arg(QLatin1String(c.name)), median(ms), "ms",
                   n, model->rowCount());
    }
    if (!model->filter().isEmpty()) {
        model->setFilter({});
        waitRows();
    }

    // Scrolling the full table: a page down at a time from the top, then jumps to random places
    // (dragging the scroll bar), each until the rows are painted.
    {
        QScrollBar *bar = window.table()->verticalScrollBar();
        QRandomGenerator rng(7);
        std::vector<double> page, jump;
        bar->setValue(0);
        window.table()->viewport()->repaint();
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(bar->value() + bar->pageStep());
            window.table()->viewport()->repaint();
            page.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer t;
            t.start();
            bar->setValue(int(rng.bounded(quint32(std::max(1, bar->maximum())))));
            window.table()->viewport()->repaint();
            jump.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        emitMetric(QStringLiteral("window_scroll_page"), median(page), "ms", n, model->rowCount());
        emitMetric(QStringLiteral("window_scroll_page_max"),
                   *std::max_element(page.begin(), page.end()), "ms", n);
        emitMetric(QStringLiteral("window_scroll_jump"), median(jump), "ms", n, model->rowCount());
        emitMetric(QStringLiteral("window_scroll_jump_max"),
                   *std::max_element(jump.begin(), jump.end()), "ms", n);
        bar->setValue(0);
    }

    // Triage: the nearby reports of one report (500 m, 30 days; what the report panel lists),
    // against the same question to sqlite3 on the replica (a bounding box and a date window;
    // the replica has no spatial index, so it scans, as the catalog does).
    {
        catalog.waitIdle();
        QRandomGenerator pick(4711);
        std::vector<double> ms;
        size_t found = 0;
        qint64 probe = 0;
        for (int i = 0; i < 21; ++i) {
            probe = model->reportIdAt(pick.bounded(model->rowCount()));
            QElapsedTimer t;
            t.start();
            found += catalog.nearby(probe, 500, 30 * 24 * 3600, 150, 72 * 3600, 30).size();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        emitMetric(QStringLiteral("nearby_query"), median(ms), "ms", n, qint64(found / 21));
        if (const auto row = catalog.row(probe, false)) {
            const double dLat = 500.0 / 111320.0;
            const double dLon = dLat / std::cos(row->lat * 3.14159265358979 / 180.0);
            const QString sql =
                QStringLiteral("SELECT id FROM reports WHERE lat BETWEEN %1 AND %2 AND lon "
                               "BETWEEN %3 AND %4 AND requested_at BETWEEN '%5' AND '%6'")
                    .arg(row->lat - dLat, 0, 'f', 7)
                    .arg(row->lat + dLat, 0, 'f', 7)
                    .arg(row->lon - dLon, 0, 'f', 7)
                    .arg(row->lon + dLon, 0, 'f', 7)
                    .arg(QDateTime::fromSecsSinceEpoch(row->requestedAt - 30 * 24 * 3600, Qt::UTC)
                             .toString(Qt::ISODate),
                         QDateTime::fromSecsSinceEpoch(row->requestedAt + 30 * 24 * 3600, Qt::UTC)
                             .toString(Qt::ISODate));
            const double lite = sqlite3Ms(dbPath, sql, 5);
            if (lite > 0) {
                emitMetric(QStringLiteral("nearby_sqlite3"), lite, "ms", n);
                emitMetric(QStringLiteral("nearby_vs_sqlite3_ratio"), median(ms) / lite, "ratio",
                           n);
            }
        }
        // J in the window: the next report with its panel, history, nearby reports and the map
        // following, until the panel is painted.
        QAction *next = window.findChild<QAction *>(QStringLiteral("nextReportAction"));
        if (next) {
            window.table()->selectRow(0);
            std::vector<double> steps;
            for (int i = 0; i < 40; ++i) {
                QElapsedTimer t;
                t.start();
                next->trigger();
                window.detail()->repaint();
                steps.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            emitMetric(QStringLiteral("window_next_report"), median(steps), "ms", n);
            emitMetric(QStringLiteral("window_next_report_max"),
                       *std::max_element(steps.begin(), steps.end()), "ms", n);
        }
    }

    // A click on a column header in the window once the load and the catalog's work after it
    // (every column's order computed ahead) are done: to the first rows painted in the new order.
    catalog.waitIdle();
    const std::pair<const char *, int> columns[] = {
        {"received", ui::ReportTableModel::ColReceived},
        {"label", ui::ReportTableModel::ColLabel},
        {"status", ui::ReportTableModel::ColStatus},
        {"squad", ui::ReportTableModel::ColSquad},
        {"sla", ui::ReportTableModel::ColSla},
        {"kecamatan", ui::ReportTableModel::ColKecamatan},
        {"description", ui::ReportTableModel::ColDescription},
        {"id", ui::ReportTableModel::ColId}};
    for (const auto &[name, column] : columns) {
        std::vector<double> ms;
        for (int i = 0; i < 3; ++i) {
            const Qt::SortOrder order = i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder;
            QElapsedTimer t;
            t.start();
            window.table()->sortByColumn(column, order);
            waitRows();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        emitMetric(QStringLiteral("window_sort_%1").arg(QLatin1String(name)), median(ms), "ms", n,
                   model->rowCount());
    }
    // The last run left the default order (id, descending) in place.

    const std::pair<const char *, CatalogSort> sorts[] = {{"id", CatalogSort::Id},
                                                          {"received", CatalogSort::Received},
                                                          {"label", CatalogSort::Label},
                                                          {"status", CatalogSort::Status},
                                                          {"squad", CatalogSort::Squad},
                                                          {"sla", CatalogSort::Sla},
                                                          {"kecamatan", CatalogSort::Kecamatan},
                                                          {"description", CatalogSort::Description},
                                                          {"updated", CatalogSort::Updated}};
    for (const auto &[name, sort] : sorts) {
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i) {
            catalog.dropSortCaches(); // the sort itself, not a cached order
            ms.push_back(timeQuery(catalog, {}, sort, now).ms);
        }
        const QString metric = QStringLiteral("sort_%1").arg(QLatin1String(name));
        const double posko = median(ms);
        emitMetric(metric, posko, "ms", n);
        if (const auto sql = ReportCatalog::sqlFor({}, sort, Qt::DescendingOrder, policy)) {
            const double lite = sqlite3Ms(dbPath, *sql + QStringLiteral(" LIMIT 100"), 3);
            if (lite >= 0) {
                emitMetric(metric + QStringLiteral("_sqlite3"), lite, "ms", n);
                emitMetric(metric + QStringLiteral("_ratio"),
                           std::max(lite, 0.5) / std::max(posko, 0.001), "x", n);
            }
        }
    }
    // A sync page of 1,000 changed reports: from the catalog's refresh being done to the next
    // result shown. The window's model asks for its own rows then (changed()), so this is the
    // window's update: the catalog patches its cached order (the changed rows merged back in)
    // and the model applies the difference to its rows on the GUI thread.
    {
        std::vector<double> ms;
        for (int i = 0; i < 5; ++i) {
            timeQuery(catalog, {}, CatalogSort::Id, now);
            QVector<qint64> page;
            for (qint64 k = 1 + i * 1000; k <= (i + 1) * 1000; ++k)
                page.push_back(k * 97 % std::max<qint64>(1, n) + 1);
            window.model()->noteChanged(page);
            catalog.refresh(page);
            catalog.waitIdle();
            QElapsedTimer t;
            t.start();
            QEventLoop loop;
            auto conn =
                QObject::connect(model, &ui::ReportTableModel::rowsReady, &loop, &QEventLoop::quit);
            loop.exec();
            QObject::disconnect(conn);
            window.table()->viewport()->repaint();
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        emitMetric(QStringLiteral("window_sync_page_1000"), median(ms), "ms", n);
    }
    emitMetric(QStringLiteral("peak_rss"), peakRssMb(), "MB", n);
}

} // namespace posko::bench
