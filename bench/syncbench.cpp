// SPDX-License-Identifier: GPL-3.0-or-later
// posko-bench-sync: the first sync of a large hub (docs/benchmarks.md, "Sync").
//
// For each size it generates realistic reports straight into a hub database, starts the real
// posko-hub on loopback, and times `poskoctl sync` (the real SyncClient in its own process) into
// a fresh data folder: the end-to-end first sync. The baseline, in the same run, inserts the
// same rows (reports with their history, as the sync leaves them) into a fresh
// replica made by Replica::open, with a plain sqlite3 prepared-statement loop in one
// transaction. sync_vs_raw_insert_ratio = sync_e2e / raw_insert (below 2 is the target). Then
// the table on the synced replica (bench/querybench.cpp; --skip-queries leaves it out).
#include "bench/querybench.h"
#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"
#include "core/hub/credentials.h"
#include "core/hub/demotext.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/placefinder.h"
#include "core/storage/replica.h"
#include "core/sync/reportjson.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>
#include <ctime>
#include <fcntl.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace posko;

namespace {

const QString benchUser = QStringLiteral("bench-operator");
const QString benchPassword = QStringLiteral("bench-password");

void metric(const char *name, double value, const char *unit, qint64 n, const QString &extra = {})
{
    std::printf("{\"metric\": \"%s\", \"value\": %.6g, \"unit\": \"%s\", \"n\": %lld%s}\n", name,
                value, unit, static_cast<long long>(n), qPrintable(extra));
    std::fflush(stdout);
}

[[noreturn]] void die(const QString &why)
{
    std::fprintf(stderr, "posko-bench-sync: %s\n", qPrintable(why));
    std::exit(1);
}

double cpuNow()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

// User + system CPU seconds a running process has used so far.
double processCpu(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields[11].toLongLong() + fields[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

// --- realistic reports ------------------------------------------------------------------------

// Deterministic stream of reports spread like Trenggalek's (the demo seeder's ideas without its
// land mask and photos, so a million takes seconds): weighted labels and kecamatan, a Gaussian
// spread around each centre, village names and Bahasa Indonesia texts, histories walked with the
// hub's own lifecycle rules, requests over the last year in id order. Reports routed to the
// covert squad are stored covert and never sent to the benchmark's operator (no clearance).
class Generator
{
public:
    explicit Generator(qint64 count)
        : m_policy(LabelPolicy::builtIn()), m_areas(AreaCatalog::builtIn()), m_places(m_areas),
          m_count(count), m_rng(4711), m_start(QDateTime::currentDateTimeUtc().addDays(-365))
    {
        for (const Label &l : m_policy.labels())
            m_labels.push_back(&l);
        for (const auto &c : m_places.centroids())
            m_kec.push_back({c, m_areas.desaOf(c.kecamatanCode),
                             c.name == QStringLiteral("Trenggalek") ? 4 : 1});
        for (const auto &k : m_kec)
            m_kecTotal += k.weight;
    }

    struct Item
    {
        Report report;
        bool covert = false;
    };

    Item next()
    {
        Item it;
        Report &r = it.report;
        r.id = r.seq = ++m_made;
        const Label *label = m_labels.at(m_rng.bounded(int(m_labels.size())));
        int pick = m_rng.bounded(m_kecTotal);
        const Kec *kec = &m_kec.front();
        for (const Kec &k : m_kec) {
            if (pick < k.weight) {
                kec = &k;
                break;
            }
            pick -= k.weight;
        }
        r.label = label->code;
        r.lat = std::round((kec->centre.lat + gauss() * 0.022) * 1e6) / 1e6;
        r.lon = std::round((kec->centre.lon + gauss() * 0.022) * 1e6) / 1e6;
        r.kecamatan = kec->centre.kecamatanCode;
        QString desaName = kec->centre.name;
        if (!kec->desa.isEmpty()) {
            const Desa &d = kec->desa.at(m_rng.bounded(int(kec->desa.size())));
            r.desa = d.code;
            desaName = d.name;
        }
        r.description = demo::description(r.label, desaName, kec->centre.name, m_rng);
        r.address = demo::address(desaName, kec->centre.name, m_rng);
        if (m_rng.bounded(100) < 80)
            r.mediaUrl = QStringLiteral("https://lapor.trenggalekkab.go.id/foto/%1.jpg").arg(r.id);
        // Requests over the last year in id order, at whole seconds as the hub stores them.
        QDateTime t = m_start.addSecs(qint64(double(m_made) / double(m_count) * 364 * 86400) +
                                      m_rng.bounded(600));
        r.requestedAt = r.updatedAt = r.statusSince = t;
        r.history.push_back({t,
                             QStringLiteral("warga"),
                             QStringLiteral("created"),
                             statusCode(Status::Baru),
                             {},
                             {}});
        auto step = [&](double minutes, ReportAction::Type type, Status st, const QString &text,
                        const QString &actor) {
            ReportAction a;
            a.type = type;
            a.status = st;
            a.squad = label->defaultSquad;
            a.text = text;
            const QDateTime at = t.addSecs(qint64(std::max(1.0, minutes) * 60));
            if (m_rng.bounded(100) < 8 || applyAction(r, a, actor, at))
                return false;
            t = at;
            return true;
        };
        const double resp = label->responseMinutes, res = label->resolutionMinutes;
        const QString crew = QStringLiteral("pasukan-") + squadCode(label->defaultSquad);
        if (m_rng.bounded(100) < 6) {
            step(resp, ReportAction::Type::ChangeStatus, Status::Ditolak, demo::rejectReason(m_rng),
                 QStringLiteral("operator"));
        } else {
            step(resp * (0.2 + m_rng.generateDouble()), ReportAction::Type::Assign, Status::Baru,
                 {}, QStringLiteral("operator")) &&
                step(res * 0.1, ReportAction::Type::ChangeStatus, Status::Dikerjakan,
                     demo::workNote(r.label, m_rng), crew) &&
                step(res * (0.2 + m_rng.generateDouble()), ReportAction::Type::ChangeStatus,
                     Status::Selesai, demo::doneNote(m_rng), crew) &&
                step(60 * (1 + 30 * m_rng.generateDouble()), ReportAction::Type::ChangeStatus,
                     Status::Ditutup, {}, QStringLiteral("operator"));
        }
        it.covert = isCovertRouting(r.squad, label);
        return it;
    }

private:
    struct Kec
    {
        PlaceFinder::Centroid centre;
        QVector<Desa> desa;
        int weight = 1;
    };
    double gauss()
    {
        const double u1 = std::max(1e-12, m_rng.generateDouble()), u2 = m_rng.generateDouble();
        return std::sqrt(-2 * std::log(u1)) * std::cos(2 * 3.14159265358979 * u2);
    }

    LabelPolicy m_policy;
    AreaCatalog m_areas;
    PlaceFinder m_places;
    QVector<const Label *> m_labels;
    QVector<Kec> m_kec;
    int m_kecTotal = 0;
    qint64 m_count;
    qint64 m_made = 0;
    QRandomGenerator m_rng;
    QDateTime m_start;
};

// --- sqlite3 helpers ---------------------------------------------------------------------------

struct Db
{
    sqlite3 *db = nullptr;
    explicit Db(const QString &path)
    {
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            die(QStringLiteral("cannot open %1").arg(path));
    }
    ~Db() { sqlite3_close(db); }
    void exec(const char *sql)
    {
        char *err = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK)
            die(QStringLiteral("%1: %2").arg(QLatin1String(sql), QString::fromUtf8(err)));
    }
    sqlite3_stmt *prepare(const char *sql)
    {
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK)
            die(QString::fromUtf8(sqlite3_errmsg(db)));
        return s;
    }
    qint64 scalar(const char *sql)
    {
        sqlite3_stmt *s = prepare(sql);
        qint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
        sqlite3_finalize(s);
        return v;
    }
    void step(sqlite3_stmt *s)
    {
        if (sqlite3_step(s) != SQLITE_DONE)
            die(QString::fromUtf8(sqlite3_errmsg(db)));
        sqlite3_reset(s);
    }
};

void bindText(sqlite3_stmt *s, int i, const QByteArray &b)
{
    sqlite3_bind_text(s, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
}

struct Counts
{
    qint64 visible = 0, history = 0;
};

// The hub's database with `n` reports, written through its own schema (HubDatabase::open).
Counts makeHub(const QString &path, qint64 n)
{
    {
        HubDatabase hub;
        QString error;
        if (!hub.open(path, &error))
            die(error);
        if (!hub.addUser(benchUser, QStringLiteral("operator"), false, hashPassword(benchPassword)))
            die(hub.lastError());
    }
    Db db(path);
    db.exec("PRAGMA synchronous=OFF");
    db.exec("BEGIN");
    sqlite3_stmt *rep = db.prepare(
        "INSERT INTO reports (id, seq, version, label, status, squad, lat, lon, description,"
        " address, kecamatan, desa, requested_at, updated_at, status_since, media_url, covert,"
        " was_public, token) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *his = db.prepare("INSERT INTO history (report_id, at, actor, kind, status,"
                                   " squad, text, covert) VALUES (?,?,?,?,?,?,?,?)");
    Generator gen(n);
    Counts c;
    for (qint64 i = 0; i < n; ++i) {
        const Generator::Item it = gen.next();
        const Report &r = it.report;
        sqlite3_bind_int64(rep, 1, r.id);
        sqlite3_bind_int64(rep, 2, r.seq);
        sqlite3_bind_int(rep, 3, r.version);
        bindText(rep, 4, r.label.toUtf8());
        bindText(rep, 5, statusCode(r.status).toUtf8());
        if (r.squad)
            bindText(rep, 6, squadCode(*r.squad).toUtf8());
        else
            sqlite3_bind_null(rep, 6);
        sqlite3_bind_double(rep, 7, r.lat);
        sqlite3_bind_double(rep, 8, r.lon);
        bindText(rep, 9, r.description.toUtf8());
        bindText(rep, 10, r.address.toUtf8());
        bindText(rep, 11, r.kecamatan.toUtf8());
        bindText(rep, 12, r.desa.toUtf8());
        sqlite3_bind_int64(rep, 13, r.requestedAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(rep, 14, r.updatedAt.toMSecsSinceEpoch());
        sqlite3_bind_int64(rep, 15, r.statusSince.toMSecsSinceEpoch());
        bindText(rep, 16, r.mediaUrl.toUtf8());
        sqlite3_bind_int(rep, 17, it.covert ? 1 : 0);
        sqlite3_bind_int(rep, 18, it.covert ? 0 : 1);
        if (it.covert)
            bindText(rep, 19, QByteArray::number(r.id) + "-receipt");
        else
            sqlite3_bind_null(rep, 19);
        db.step(rep);
        for (const HistoryEntry &h : r.history) {
            sqlite3_bind_int64(his, 1, r.id);
            sqlite3_bind_int64(his, 2, h.at.toMSecsSinceEpoch());
            bindText(his, 3, h.actor.toUtf8());
            bindText(his, 4, h.kind.toUtf8());
            bindText(his, 5, h.status.toUtf8());
            bindText(his, 6, h.squad.toUtf8());
            bindText(his, 7, h.text.toUtf8());
            sqlite3_bind_int(his, 8, it.covert ? 1 : 0);
            db.step(his);
        }
        if (!it.covert) {
            ++c.visible;
            c.history += r.history.size();
        }
    }
    sqlite3_finalize(rep);
    sqlite3_finalize(his);
    db.exec(qPrintable(QStringLiteral("UPDATE counters SET value = %1 WHERE name = 'seq'").arg(n)));
    db.exec("COMMIT");
    return c;
}

// The baseline: the rows the sync stores, inserted into a fresh replica with one prepared
// statement loop in one transaction. Only the binding and stepping (and the commit) are timed;
// generating the reports and formatting their values are not.
double rawInsert(const QString &dataDir, qint64 n, Counts *counts, double *cpuSeconds)
{
    QString error;
    if (!Replica::open(dataDir, &error))
        die(error);
    Db db(QDir(dataDir).filePath(QStringLiteral("replica.sqlite")));
    // The replica's own settings (replicaschema.cpp).
    db.exec("PRAGMA journal_mode=WAL");
    db.exec("PRAGMA synchronous=FULL");
    db.exec("PRAGMA secure_delete=ON");
    db.exec("PRAGMA foreign_keys=ON");
    sqlite3_stmt *rep = db.prepare(
        "INSERT INTO reports(id, seq, version, label, status, squad, lat, lon, description,"
        " address, kecamatan, desa, requested_at, updated_at, status_since, media_url,"
        " hub_version, hub_state) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    sqlite3_stmt *his = db.prepare("INSERT INTO history(report_id, at, actor, kind, status,"
                                   " squad, text) VALUES(?,?,?,?,?,?,?)");
    auto stamp = [](const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs).toUtf8(); };
    struct Row
    {
        qint64 id = 0;
        int version = 0;
        double lat = 0, lon = 0;
        QList<QByteArray> text; // label … media_url, hub_state
        QList<QList<QByteArray>> history;
    };
    Generator gen(n);
    QElapsedTimer timer;
    qint64 ns = 0;
    double cpu = 0;
    double cpuStart = cpuNow();
    timer.start();
    db.exec("BEGIN");
    ns += timer.nsecsElapsed();
    cpu += cpuNow() - cpuStart;
    QVector<Row> chunk;
    for (qint64 done = 0; done < n;) {
        chunk.clear();
        for (; done < n && chunk.size() < 20000; ++done) {
            Generator::Item it = gen.next();
            if (it.covert)
                continue;
            const Report &r = it.report;
            Row row{r.id, r.version, r.lat, r.lon, {}, {}};
            row.text = {r.label.toUtf8(),
                        statusCode(r.status).toUtf8(),
                        r.squad ? squadCode(*r.squad).toUtf8() : QByteArray(),
                        r.description.toUtf8(),
                        r.address.toUtf8(),
                        r.kecamatan.toUtf8(),
                        r.desa.toUtf8(),
                        stamp(r.requestedAt),
                        stamp(r.updatedAt),
                        stamp(r.statusSince),
                        r.mediaUrl.toUtf8(),
                        QByteArray()}; // hub_state: '' while the row is the hub's state
            for (const HistoryEntry &h : r.history)
                row.history.push_back({stamp(h.at), h.actor.toUtf8(), h.kind.toUtf8(),
                                       h.status.toUtf8(), h.squad.toUtf8(), h.text.toUtf8()});
            chunk.push_back(std::move(row));
        }
        timer.restart();
        cpuStart = cpuNow();
        for (const Row &row : std::as_const(chunk)) {
            sqlite3_bind_int64(rep, 1, row.id);
            sqlite3_bind_int64(rep, 2, row.id);
            sqlite3_bind_int(rep, 3, row.version);
            bindText(rep, 4, row.text[0]);
            bindText(rep, 5, row.text[1]);
            if (row.text[2].isEmpty())
                sqlite3_bind_null(rep, 6);
            else
                bindText(rep, 6, row.text[2]);
            sqlite3_bind_double(rep, 7, row.lat);
            sqlite3_bind_double(rep, 8, row.lon);
            for (int i = 3; i < 11; ++i)
                bindText(rep, i + 6, row.text[i]);
            sqlite3_bind_int(rep, 17, row.version);
            bindText(rep, 18, row.text[11]);
            db.step(rep);
            for (const QList<QByteArray> &h : row.history) {
                sqlite3_bind_int64(his, 1, row.id);
                for (int i = 0; i < 6; ++i)
                    bindText(his, i + 2, h[i]);
                db.step(his);
            }
            ++counts->visible;
            counts->history += row.history.size();
        }
        ns += timer.nsecsElapsed();
        cpu += cpuNow() - cpuStart;
    }
    timer.restart();
    cpuStart = cpuNow();
    db.exec(qPrintable(QStringLiteral("INSERT INTO meta(key, value) VALUES('last_seq', '%1') "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                           .arg(n)));
    sqlite3_finalize(rep);
    sqlite3_finalize(his);
    db.exec("COMMIT");
    ns += timer.nsecsElapsed();
    *cpuSeconds = cpu + cpuNow() - cpuStart;
    return double(ns) / 1e9;
}

// --- processes ---------------------------------------------------------------------------------

QString sibling(const QString &relative)
{
    // bench/posko-bench-sync → app/<name>/<name> in the same build tree.
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(relative);
}

qint64 vmHwmKb(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

struct SyncRun
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 peakRssKb = 0;
    QByteArray out, err;
};

// Runs `poskoctl sync` as its own process (posix_spawn + wait4, for its own peak RSS).
SyncRun runPoskoctl(const QUrl &hub, const QString &dataDir, const QString &workDir)
{
    const QByteArray exe = QFile::encodeName(sibling(QStringLiteral("../app/poskoctl/poskoctl")));
    const QByteArray outPath = QFile::encodeName(workDir + QStringLiteral("/poskoctl.out"));
    const QByteArray errPath = QFile::encodeName(workDir + QStringLiteral("/poskoctl.err"));
    const QByteArray hubArg = hub.toString().toUtf8(), userArg = benchUser.toUtf8(),
                     dataArg = QFile::encodeName(dataDir);
    int in[2];
    if (pipe(in) != 0)
        die(QStringLiteral("pipe failed"));
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, in[0], 0);
    posix_spawn_file_actions_addclose(&fa, in[1]);
    posix_spawn_file_actions_addopen(&fa, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    posix_spawn_file_actions_addopen(&fa, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    const char *argv[] = {
        exe.constData(),    "--hub",  hubArg.constData(),  "--user", userArg.constData(),
        "--password-stdin", "--data", dataArg.constData(), "sync",   nullptr};
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, exe.constData(), &fa, nullptr, const_cast<char **>(argv), environ) != 0)
        die(QStringLiteral("cannot start %1").arg(QString::fromLocal8Bit(exe)));
    posix_spawn_file_actions_destroy(&fa);
    close(in[0]);
    const QByteArray pw = benchPassword.toUtf8() + '\n';
    if (write(in[1], pw.constData(), size_t(pw.size())) != pw.size())
        die(QStringLiteral("cannot send the password"));
    close(in[1]);
    int status = 0;
    struct rusage ru = {};
    if (wait4(pid, &status, 0, &ru) != pid)
        die(QStringLiteral("wait4 failed"));
    SyncRun run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.peakRssKb = ru.ru_maxrss;
    run.cpuSeconds = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                     double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
    QFile o(QString::fromLocal8Bit(outPath)), e(QString::fromLocal8Bit(errPath));
    if (o.open(QIODevice::ReadOnly))
        run.out = o.readAll();
    if (e.open(QIODevice::ReadOnly))
        run.err = e.readAll();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(QStringLiteral("poskoctl sync failed (%1): %2")
                .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1)
                .arg(QString::fromUtf8(run.err.right(2000))));
    return run;
}

void benchSize(qint64 n, const QString &work, bool withQueries)
{
    const QString dir = QStringLiteral("%1/n%2").arg(work).arg(n);
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    const QString hubPath = dir + QStringLiteral("/hub.sqlite");

    QElapsedTimer timer;
    timer.start();
    const Counts expected = makeHub(hubPath, n);
    metric("generate_hub", double(timer.elapsed()) / 1000.0, "s", n,
           QStringLiteral(", \"visible\": %1, \"history\": %2")
               .arg(expected.visible)
               .arg(expected.history));

    QProcess hub;
    hub.setProgram(sibling(QStringLiteral("../app/posko-hub/posko-hub")));
    hub.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--database"), hubPath});
    hub.setProcessChannelMode(QProcess::MergedChannels);
    hub.start();
    QUrl url;
    QByteArray hubOut;
    const QRegularExpression listening(QStringLiteral("posko-hub: listening on (http://\\S+)"));
    while (!url.isValid() && hub.waitForReadyRead(60000)) {
        hubOut += hub.readAll();
        const auto m = listening.match(QString::fromUtf8(hubOut));
        if (m.hasMatch())
            url = QUrl(m.captured(1));
    }
    if (!url.isValid())
        die(QStringLiteral("posko-hub did not start: %1").arg(QString::fromUtf8(hubOut)));

    const QString syncDir = dir + QStringLiteral("/synced");
    const SyncRun run = runPoskoctl(url, syncDir, dir);
    const qint64 hubPeak = vmHwmKb(hub.processId());
    const double hubCpu = processCpu(hub.processId());
    hub.terminate();
    hub.waitForFinished(30000);

    // The sync must have stored every visible report with its whole history.
    const QString expectLine = QStringLiteral("received=%1 ").arg(expected.visible);
    if (!QString::fromUtf8(run.out).contains(expectLine))
        die(QStringLiteral("poskoctl stored a different count: %1")
                .arg(QString::fromUtf8(run.out)));
    {
        Db check(syncDir + QStringLiteral("/replica.sqlite"));
        if (check.scalar("SELECT COUNT(*) FROM reports") != expected.visible ||
            check.scalar("SELECT COUNT(*) FROM history") != expected.history)
            die(QStringLiteral("the synced replica does not hold every report and entry"));
    }
    const int progressLines = int(run.err.count('\n')); // stderr: progress only

    const QString rawDir = dir + QStringLiteral("/raw");
    Counts raw;
    double rawCpu = 0;
    const double rawSeconds = rawInsert(rawDir, n, &raw, &rawCpu);
    if (raw.visible != expected.visible || raw.history != expected.history)
        die(QStringLiteral("the baseline inserted other rows than the hub serves"));

    metric(
        "sync_e2e", run.seconds, "s", n,
        QStringLiteral(", \"via\": \"poskoctl sync\", \"progress_lines\": %1").arg(progressLines));
    metric("raw_insert", rawSeconds, "s", n);
    metric("sync_vs_raw_insert_ratio", run.seconds / rawSeconds, "x", n,
           QStringLiteral(", \"definition\": \"sync_e2e / raw_insert\""));
    // CPU seconds: less sensitive to other load on a shared machine than the wall times above.
    metric("sync_cpu", run.cpuSeconds, "s", n, QStringLiteral(", \"process\": \"poskoctl\""));
    if (hubCpu >= 0)
        metric("hub_cpu", hubCpu, "s", n,
               QStringLiteral(", \"what\": \"posko-hub from start (incl. log-in) to the end\""));
    metric("raw_insert_cpu", rawCpu, "s", n);
    metric("sync_rate", double(expected.visible) / run.seconds, "reports/s", n);
    metric("replica_size",
           double(QFileInfo(syncDir + QStringLiteral("/replica.sqlite")).size()) / 1048576.0, "MiB",
           n);
    metric("raw_replica_size",
           double(QFileInfo(rawDir + QStringLiteral("/replica.sqlite")).size()) / 1048576.0, "MiB",
           n);
    metric("sync_peak_rss", double(run.peakRssKb) / 1024.0, "MiB", n,
           QStringLiteral(", \"process\": \"poskoctl\""));
    if (hubPeak > 0)
        metric("hub_peak_rss", double(hubPeak) / 1024.0, "MiB", n);

    // Startup: what the window needs before its first paint, on the synced replica.
    timer.restart();
    QString error;
    auto replica = Replica::open(syncDir, &error);
    if (!replica)
        die(error);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    {
        Db db(syncDir + QStringLiteral("/replica.sqlite"));
        timer.restart();
        sqlite3_stmt *s = db.prepare(
            "SELECT id, seq, version, label, status, squad, lat, lon, description, address,"
            " kecamatan, desa, requested_at, updated_at, status_since, media_url FROM reports"
            " ORDER BY id DESC LIMIT 100");
        int rows = 0;
        while (sqlite3_step(s) == SQLITE_ROW)
            ++rows;
        sqlite3_finalize(s);
        metric("startup", openMs + double(timer.nsecsElapsed()) / 1e6, "ms", n,
               QStringLiteral(", \"what\": \"Replica::open + first 100 rows by id desc\","
                              " \"open_ms\": %1, \"rows\": %2")
                   .arg(openMs, 0, 'f', 1)
                   .arg(rows));
    }
    replica.reset();
    // The table on the synced replica: filter and sort latencies next to the sqlite3 CLI on
    // the same file, the window's startup and memory (bench/querybench.cpp).
    if (withQueries)
        bench::printQueryBench(syncDir, n);
}

} // namespace

int main(int argc, char *argv[])
{
    // The table part opens the real window: offscreen unless a platform is set.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("First sync of a large hub (posko-hub + "
                                                    "poskoctl) against a raw insert baseline."));
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"),
                                      QStringLiteral("Report counts (default 100000,1000000)."),
                                      QStringLiteral("N,N"), QStringLiteral("100000,1000000"));
    const QCommandLineOption workOpt(
        QStringLiteral("work"),
        QStringLiteral("Folder for the databases (default: a temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption keepOpt(QStringLiteral("keep"),
                                     QStringLiteral("Keep the databases after the run."));
    const QCommandLineOption skipQueriesOpt(
        QStringLiteral("skip-queries"),
        QStringLiteral("Leave out the table's filter/sort/startup figures on the synced replica."));
    parser.addOptions({sizesOpt, workOpt, keepOpt, skipQueriesOpt});
    parser.process(app);

    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    tmp.setAutoRemove(!parser.isSet(keepOpt) || parser.isSet(workOpt));
    for (const QString &s : parser.value(sizesOpt).split(QLatin1Char(','))) {
        bool ok = false;
        const qint64 n = s.trimmed().toLongLong(&ok);
        if (!ok || n < 1)
            die(QStringLiteral("--sizes wants positive counts, not \"%1\"").arg(s));
        benchSize(n, work, !parser.isSet(skipQueriesOpt));
        if (!parser.isSet(keepOpt))
            QDir(QStringLiteral("%1/n%2").arg(work).arg(n)).removeRecursively();
    }
    return 0;
}
