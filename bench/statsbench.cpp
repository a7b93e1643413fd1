// SPDX-License-Identifier: GPL-3.0-or-later
// posko-bench-stats: the supervisor dashboard's refresh at scale (docs/benchmarks.md,
// "Statistics").
//
// For each size it generates a replica of realistic reports (or reuses one from an earlier run
// in --work): a year of submissions over every label and kecamatan, each taken through the
// domain's own lifecycle (applyAction, applyDispute) with late and early responses, rejections,
// duplicates, disputes and reopenings, and the hub's fast-closure flag, stored through
// Replica::applyChanges exactly as a sync stores feed pages (so the lifecycle table is written
// by the sync's own path). bench/querybench.cpp's generateReplica is not reused: its reports
// never get disputed, rejected or flagged, and it links the command centre's GUI.
//
// Metrics, one JSON object per line {"metric":…, "value":…, "unit":…, "n":…}:
// - stats_refresh: a full dashboard refresh for the last 90 days (WIB): StatsEngine::refresh
//   with the three groupings (squad, kecamatan, label; each unit with its weekly trend), median
//   of --runs runs after one warm-up.
// - stats_sqlite3: the baseline in the same run: the main figures of the three groupings plus
//   the weekly trend as one SQL statement over the same lifecycle table, run by the sqlite3
//   command-line tool on the same file (median of its own --runs runs, ".timer on"). It counts
//   SLA on the wall clock only and has no percentiles (plain SQL has neither working-time
//   arithmetic nor a median), so it does less than the engine.
// - stats_vs_sqlite3_ratio: stats_refresh / stats_sqlite3 (below 1: the engine is faster).
// - stats_members: a drill-down (StatsEngine::members) of the biggest squad's reports received in
//   the 90 days, n = how many; stats_members_sqlite3 the same ids selected by the sqlite3 tool.
// - weekly_report_pdf: the weekly evaluation of the last whole week as a PDF (core/print);
//   weekly_report_stats: the statistics it computes, alone; their ratio is what making the PDF
//   adds.
// - lifecycle_write / generate_apply: the sync's cost of the lifecycle table: deriving and
//   writing every report's lifecycle row in feed-page transactions (2000 reports, the same
//   statement the ingest uses) against the time applyChanges took to store the same reports.
#include "bench/sqlite3timer.h"
#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"
#include "core/geo/areas.h"
#include "core/i18n/translations.h"
#include "core/print/weeklyreport.h"
#include "core/sla/sla.h"
#include "core/sla/workcalendar.h"
#include "core/stats/lifecycle.h"
#include "core/stats/statsengine.h"
#include "core/storage/replica.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>
#include <vector>

using namespace posko;

namespace {

void metric(const char *name, double value, const char *unit, qint64 n)
{
    std::printf("{\"metric\":\"%s\",\"value\":%.3f,\"unit\":\"%s\",\"n\":%lld}\n", name, value,
                unit, static_cast<long long>(n));
    std::fflush(stdout);
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

const char *const descriptions[] = {
    "Jalan berlubang cukup dalam di depan balai desa, membahayakan pengendara motor malam hari.",
    "Sampah menumpuk di pinggir sungai sejak seminggu, bau menyengat dan mengundang lalat.",
    "Lampu penerangan jalan mati di tikungan tajam dekat jembatan, gelap sekali saat hujan.",
    "Warga membutuhkan pelayanan kesehatan untuk lansia yang tinggal sendiri di rumahnya.",
    "Saluran air tersumbat sehingga genangan masuk ke halaman rumah warga setiap hujan deras.",
    "Pengurusan KTP dan KK sudah lebih dari sebulan belum selesai, mohon ditindaklanjuti.",
};

Report makeReport(qint64 id, const LabelPolicy &policy, const QVector<Kecamatan> &kec,
                  const QDateTime &now, QRandomGenerator &rng)
{
    Report r;
    r.id = id;
    r.seq = id;
    const Label &label = policy.labels().at(int(rng.bounded(policy.labels().size())));
    r.label = label.code;
    r.kecamatan = kec.at(int(rng.bounded(kec.size()))).code;
    r.lat = -8.0 - rng.generateDouble() * 0.4;
    r.lon = 111.4 + rng.generateDouble() * 0.6;
    r.description = QString::fromUtf8(descriptions[rng.bounded(int(std::size(descriptions)))]);
    r.address = QStringLiteral("RT %1 RW %2").arg(rng.bounded(1, 20)).arg(rng.bounded(1, 10));
    QDateTime t = now.addSecs(-qint64(rng.bounded(365 * 24 * 3600)));
    r.requestedAt = r.updatedAt = r.statusSince = t;
    r.history.push_back({t,
                         QStringLiteral("citizen"),
                         QStringLiteral("created"),
                         statusCode(Status::Baru),
                         {},
                         {}});
    const qint64 resp = qint64(label.responseMinutes) * 60,
                 res = qint64(label.resolutionMinutes) * 60;
    // One step of the domain's lifecycle `seconds` after the previous one; stops (the report
    // stays where it is) when that is in the future or by chance.
    auto step = [&](qint64 seconds, const ReportAction &a, const QString &actor) {
        const QDateTime at = t.addSecs(std::max<qint64>(60, seconds));
        if (at >= now || rng.bounded(100) < 6 || applyAction(r, a, actor, at))
            return false;
        t = at;
        return true;
    };
    ReportAction a;
    const int fate = int(rng.bounded(100));
    if (fate < 5) { // rejected
        a.type = ReportAction::Type::ChangeStatus;
        a.status = Status::Ditolak;
        a.text = policy.rejectReasons().value(0, QStringLiteral("Spam."));
        step(qint64(double(resp) * rng.generateDouble()), a, QStringLiteral("operator"));
        return r;
    }
    if (fate < 7) { // duplicate of an earlier report
        a.type = ReportAction::Type::Duplicate;
        a.original = std::max<qint64>(1, id - 1 - rng.bounded(1000));
        step(qint64(double(resp) * rng.generateDouble()), a, QStringLiteral("operator"));
        return r;
    }
    for (int round = 0; round < 2; ++round) {
        a = {};
        a.type = ReportAction::Type::Assign;
        a.squad = label.defaultSquad;
        if (round == 1)
            a.squad = label.defaultSquad == Squad::Orange ? Squad::Yellow : Squad::Orange;
        if (!step(qint64(double(resp) * (0.2 + 1.4 * rng.generateDouble())), a,
                  QStringLiteral("operator")))
            return r;
        a = {};
        a.type = ReportAction::Type::ChangeStatus;
        a.status = Status::Dikerjakan;
        if (!step(qint64(double(res) * 0.1 * rng.generateDouble()), a, QStringLiteral("pasukan")))
            return r;
        if (rng.bounded(3) == 0) {
            a = {};
            a.type = ReportAction::Type::Note;
            a.text = QStringLiteral("Material sudah disiapkan.");
            if (!step(qint64(double(res) * 0.1 * rng.generateDouble()), a,
                      QStringLiteral("pasukan")))
                return r;
        }
        a = {};
        a.type = ReportAction::Type::AfterPhoto;
        a.photoPath = QStringLiteral("/media/%1.jpg").arg(id * 2 + round);
        // Mostly within the target, some late, a few suspiciously fast.
        const double share =
            rng.bounded(100) < 4 ? 0.05 * rng.generateDouble() : 0.1 + 1.1 * rng.generateDouble();
        if (!step(qint64(double(res) * share), a, QStringLiteral("pasukan")))
            return r;
        if (const auto fast = fastClosure(r, &label, policy.fastClosureShare(), t))
            r.history.push_back({t,
                                 QStringLiteral("system"),
                                 QStringLiteral("flag"),
                                 {},
                                 {},
                                 fastClosureFlagText(*fast)});
        a = {};
        a.type = ReportAction::Type::ChangeStatus;
        a.status = Status::Ditutup;
        if (!step(qint64(rng.bounded(24 * 3600)), a, QStringLiteral("operator")))
            return r;
        // About one closure in twenty-five is disputed by the citizen and worked on again.
        if (round == 1 || rng.bounded(25) != 0)
            return r;
        const QDateTime at = t.addSecs(qint64(rng.bounded(3 * 24 * 3600)) + 60);
        if (at >= now || applyDispute(r, QStringLiteral("Belum diperbaiki."), at))
            return r;
        t = at;
    }
    return r;
}

bool generate(const QString &dir, qint64 n, double *applySeconds, QString *error)
{
    auto replica = Replica::open(dir, error);
    if (!replica)
        return false;
    const LabelPolicy policy = replica->labelPolicy();
    const QVector<Kecamatan> kec = AreaCatalog::builtIn().kecamatan();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QRandomGenerator rng(3503);
    constexpr qint64 page = 2000; // the sync's page size
    qint64 applyNs = 0;
    QElapsedTimer timer;
    for (qint64 first = 1; first <= n; first += page) {
        QVector<Report> reports;
        for (qint64 id = first; id < std::min(n + 1, first + page); ++id)
            reports.push_back(makeReport(id, policy, kec, now, rng));
        timer.start();
        if (!replica->applyChanges(reports, {}, reports.last().id, error))
            return false;
        applyNs += timer.nsecsElapsed();
        if ((first / page) % 50 == 0)
            std::fprintf(stderr, "generated %lld of %lld reports\n",
                         static_cast<long long>(reports.last().id), static_cast<long long>(n));
    }
    *applySeconds = double(applyNs) / 1e9;
    return true;
}

// The sync's lifecycle cost: every report's row derived from its stored history and written
// again with the ingest's statement, in 2000-report transactions. Only derivation and writing
// are timed, not reading the reports back.
double lifecycleWriteSeconds(const QString &dbPath, qint64 *rows)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(dbPath.toUtf8().constData(), &db) != SQLITE_OK)
        return -1;
    sqlite3_exec(db, "PRAGMA synchronous=FULL", nullptr, nullptr, nullptr);
    sqlite3_stmt *read = nullptr, *write = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT r.id, r.label, r.status, r.squad, r.kecamatan, r.requested_at, "
                       "r.status_since, h.at, h.actor, h.kind, h.status, h.text FROM reports r "
                       "JOIN history h ON h.report_id = r.id ORDER BY r.id, h.id",
                       -1, &read, nullptr);
    sqlite3_prepare_v2(db,
                       "INSERT OR REPLACE INTO lifecycle(report_id, label, squad, kecamatan, "
                       "received, responded, assigned, resolved, closed, ended, settled, "
                       "reopened, reopened_at, disputed_at, flagged_at) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                       -1, &write, nullptr);
    const auto text = [&](int c) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, c)),
                                 sqlite3_column_bytes(read, c));
    };
    const auto when = [&](int c) { return QDateTime::fromString(text(c), Qt::ISODateWithMs); };
    std::vector<Report> all;
    while (sqlite3_step(read) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(read, 0);
        if (all.empty() || all.back().id != id) {
            Report r;
            r.id = id;
            r.label = text(1);
            r.status = statusFromCode(text(2)).value_or(Status::Baru);
            if (sqlite3_column_type(read, 3) != SQLITE_NULL)
                r.squad = squadFromCode(text(3));
            r.kecamatan = text(4);
            r.requestedAt = when(5);
            r.statusSince = when(6);
            all.push_back(std::move(r));
        }
        all.back().history.push_back({when(7), text(8), text(9), text(10), {}, text(11)});
    }
    sqlite3_finalize(read);
    QElapsedTimer timer;
    timer.start();
    for (size_t i = 0; i < all.size(); ++i) {
        if (i % 2000 == 0)
            sqlite3_exec(db, i ? "COMMIT; BEGIN" : "BEGIN", nullptr, nullptr, nullptr);
        const Report &r = all[i];
        const stats::Lifecycle l = stats::deriveLifecycle(r);
        const QByteArray label = r.label.toUtf8(), kec = r.kecamatan.toUtf8(),
                         squad = r.squad ? squadCode(*r.squad).toUtf8() : QByteArray();
        sqlite3_bind_int64(write, 1, r.id);
        sqlite3_bind_text(write, 2, label.constData(), int(label.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(write, 3, squad.isEmpty() ? "" : squad.constData(), int(squad.size()),
                          SQLITE_TRANSIENT);
        sqlite3_bind_text(write, 4, kec.constData(), int(kec.size()), SQLITE_TRANSIENT);
        const qint64 v[] = {l.received,   l.responded,  l.assigned, l.resolved,
                            l.closed,     l.ended,      l.settled,  l.reopened,
                            l.reopenedAt, l.disputedAt, l.flaggedAt};
        for (int c = 0; c < 11; ++c)
            sqlite3_bind_int64(write, 5 + c, v[c]);
        sqlite3_step(write);
        sqlite3_reset(write);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(write);
    sqlite3_close(db);
    *rows = qint64(all.size());
    return seconds;
}

// The baseline's SQL: the main figures of each grouping and the weekly trend in one statement.
QString baselineSql(const LabelPolicy &policy, const stats::Period &p)
{
    QStringList budgets;
    for (const Label &l : policy.labels())
        budgets << QStringLiteral("('%1', %2, %3)")
                       .arg(l.code)
                       .arg(qint64(l.responseMinutes) * 60)
                       .arg(qint64(l.resolutionMinutes) * 60);
    const QString F = QString::number(p.from), T = QString::number(p.to);
    const QString in =
        QStringLiteral("(%1 >= ") + F + QStringLiteral(" AND %1 < ") + T + QLatin1Char(')');
    const QString figures =
        QStringLiteral(
            "sum(%1), sum(%2), sum(%3), sum(%4), "
            "sum(%1 AND responded > 0 AND responded < %T AND responded - received <= rb), "
            "sum(%1 AND ((responded > 0 AND responded < %T) OR %T - received > rb)), "
            "sum(%1 AND resolved > 0 AND resolved < %T AND resolved - received <= sb), "
            "sum(%1 AND ((resolved > 0 AND resolved < %T) OR (%T - received > sb AND NOT "
            "(ended > 0 AND ended < %T)))), "
            "sum(NOT (settled > 0 AND settled < %T) AND %T - received < 86400), "
            "sum(NOT (settled > 0 AND settled < %T) AND %T - received >= 86400 AND "
            "%T - received < 259200), "
            "sum(NOT (settled > 0 AND settled < %T) AND %T - received >= 259200 AND "
            "%T - received < 604800), "
            "sum(NOT (settled > 0 AND settled < %T) AND %T - received >= 604800), "
            "sum(%3 AND reopened_at > 0 AND reopened_at < %T), "
            "sum(%3 AND disputed_at > 0 AND disputed_at < %T), sum(%5)")
            .arg(in.arg(QStringLiteral("received")), in.arg(QStringLiteral("assigned")),
                 in.arg(QStringLiteral("resolved")), in.arg(QStringLiteral("closed")),
                 in.arg(QStringLiteral("flagged_at")))
            .replace(QStringLiteral("%T"), T);
    QString sql = QStringLiteral("WITH b(label, rb, sb) AS (VALUES %1), l AS (SELECT * FROM "
                                 "lifecycle JOIN b USING (label) WHERE received < %2) ")
                      .arg(budgets.join(QLatin1Char(',')), T);
    QStringList parts;
    for (const char *g : {"squad", "kecamatan", "label"})
        parts << QStringLiteral("SELECT '%1', %1, %2 FROM l GROUP BY %1")
                     .arg(QLatin1String(g), figures);
    // Weekly trend: received and resolved per week (Monday 00:00 WIB).
    parts << QStringLiteral("SELECT 'week', (w + 3) / 7, sum(r), sum(s), 0, 0, 0, 0, 0, 0, 0, 0, "
                            "0, 0, 0, 0, 0 FROM (SELECT (received + 25200) / 86400 AS w, %1 AS r, "
                            "0 AS s FROM l WHERE %1 UNION ALL SELECT (resolved + 25200) / 86400, "
                            "0, 1 FROM l WHERE %2) GROUP BY (w + 3) / 7")
                 .arg(in.arg(QStringLiteral("received")), in.arg(QStringLiteral("resolved")));
    return sql + parts.join(QStringLiteral(" UNION ALL "));
}

// The median "real" time of `runs` runs of `sql` in one sqlite3 process, in ms, after one
// run that warms the page cache (as ours does); negative when sqlite3 failed.
double sqlite3Ms(const QString &dbPath, const QString &sql, int runs)
{
    const auto times = posko::bench::sqlite3Times(dbPath, sql, runs, 1);
    return times ? median(*times) : -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Supervisor dashboard refresh at scale against the sqlite3 CLI."));
    parser.addHelpOption();
    const QCommandLineOption sizesOpt(QStringLiteral("sizes"),
                                      QStringLiteral("Comma-separated sizes (100000,1000000)."),
                                      QStringLiteral("N,N"), QStringLiteral("100000,1000000"));
    const QCommandLineOption workOpt(
        QStringLiteral("work"),
        QStringLiteral("Folder for the replicas (kept and reused; default: a temporary one)."),
        QStringLiteral("DIR"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Timed runs (5)."),
                                     QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption sqlOpt(
        QStringLiteral("print-sql"),
        QStringLiteral("Print the baseline's SQL for each size (to check its figures)."));
    parser.addOptions({sizesOpt, workOpt, runsOpt, sqlOpt});
    parser.process(app);
    QTemporaryDir tmp;
    const QString work = parser.isSet(workOpt) ? parser.value(workOpt) : tmp.path();
    const int runs = std::max(1, parser.value(runsOpt).toInt());

    for (const QString &sizeText : parser.value(sizesOpt).split(QLatin1Char(','))) {
        const qint64 n = sizeText.toLongLong();
        if (n <= 0)
            continue;
        const QString dir = QDir(work).filePath(QStringLiteral("stats-%1").arg(n));
        QString error;
        if (!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("replica.sqlite")))) {
            double applySeconds = 0;
            if (!generate(dir, n, &applySeconds, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            metric("generate_apply", applySeconds, "s", n);
            qint64 rows = 0;
            const double lifeSeconds =
                lifecycleWriteSeconds(QDir(dir).filePath(QStringLiteral("replica.sqlite")), &rows);
            metric("lifecycle_write", lifeSeconds, "s", n);
            metric("lifecycle_share_of_apply", lifeSeconds / applySeconds, "x", n);
        } else {
            std::fprintf(stderr, "reusing %s\n", qPrintable(dir));
        }
        auto replica = Replica::open(dir, &error); // an older replica is migrated here
        if (!replica) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        const LabelPolicy policy = replica->labelPolicy();
        const stats::StatsEngine engine(replica->databasePath(), policy);
        const QDate today =
            QDateTime::currentDateTimeUtc().addSecs(WorkCalendar::kUtcOffsetSecs).date();
        const stats::Period period = stats::Period::fromWibDates(today.addDays(-89), today);
        const QVector<stats::Grouping> all{stats::Grouping::Squad, stats::Grouping::Kecamatan,
                                           stats::Grouping::Label};
        std::vector<double> times;
        qint64 received = 0;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            const auto results =
                engine.refresh(period, all, stats::StatsEngine::defaultMinReports, &error);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!results) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            received = results->first().total.received;
            if (i > 0) // the first run warms the page cache
                times.push_back(ms);
        }
        std::fprintf(stderr, "%lld reports received in the 90 days\n",
                     static_cast<long long>(received));
        const double refresh = median(times);
        metric("stats_refresh", refresh, "ms", n);
        if (parser.isSet(sqlOpt))
            std::fprintf(stderr, "%s;\n", qPrintable(baselineSql(policy, period)));
        const double baseline =
            sqlite3Ms(replica->databasePath(), baselineSql(policy, period), runs);
        metric("stats_sqlite3", baseline, "ms", n);
        if (baseline > 0)
            metric("stats_vs_sqlite3_ratio", refresh / baseline, "x", n);

        // Drill-down: the reports behind the biggest squad's "received" of the 90 days.
        const auto bySquad =
            engine.compute(period, stats::Grouping::Squad, stats::StatsEngine::defaultMinReports);
        QString biggest;
        qint64 most = -1;
        for (const stats::UnitFigures &u : bySquad->units)
            if (u.received > most) {
                most = u.received;
                biggest = u.key;
            }
        times.clear();
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            const auto ids =
                engine.members(period, stats::Grouping::Squad, biggest, stats::Figure::Received);
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!ids || ids->size() != most) {
                std::fprintf(stderr, "members() disagrees with the figure\n");
                return 1;
            }
            if (i > 0)
                times.push_back(ms);
        }
        const double members = median(times);
        metric("stats_members", members, "ms", most);
        const double membersSql = sqlite3Ms(
            replica->databasePath(),
            QStringLiteral("SELECT report_id FROM lifecycle WHERE squad = '%1' AND received >= %2 "
                           "AND received < %3 ORDER BY report_id")
                .arg(biggest)
                .arg(period.from)
                .arg(period.to),
            runs);
        metric("stats_members_sqlite3", membersSql, "ms", most);
        if (membersSql > 0)
            metric("stats_members_vs_sqlite3_ratio", members / membersSql, "x", most);

        // The weekly evaluation (PDF) of the last whole week, against its statistics alone.
        print::WeeklyReportOptions options;
        options.monday = print::lastCompleteWeek(QDateTime::currentSecsSinceEpoch());
        options.generatedAt = QDateTime::currentSecsSinceEpoch();
        const auto indonesian = loadTranslator(QStringLiteral("id"));
        const AreaCatalog areas = AreaCatalog::builtIn();
        std::vector<double> pdfTimes, statsTimes;
        qint64 pdfBytes = 0;
        for (int i = 0; i < runs + 1; ++i) {
            QElapsedTimer t;
            t.start();
            const auto pdf = print::weeklyReportPdf(replica->databasePath(), policy, areas, options,
                                                    indonesian.get(), &error);
            const double pdfMs = double(t.nsecsElapsed()) / 1e6;
            if (!pdf) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            pdfBytes = pdf->size();
            t.restart();
            // What the evaluation computes: the week by squad and kecamatan, eight weeks' trend.
            const auto week = engine.refresh(
                stats::Period::fromWibDates(options.monday, options.monday.addDays(6)),
                {stats::Grouping::Squad, stats::Grouping::Kecamatan}, options.minReports);
            const auto trend = engine.compute(
                stats::Period::fromWibDates(options.monday.addDays(-49), options.monday.addDays(6)),
                stats::Grouping::Label, options.minReports);
            const double statsMs = double(t.nsecsElapsed()) / 1e6;
            if (!week || !trend)
                return 1;
            if (i > 0) {
                pdfTimes.push_back(pdfMs);
                statsTimes.push_back(statsMs);
            }
        }
        std::fprintf(stderr, "weekly evaluation: %lld bytes\n", static_cast<long long>(pdfBytes));
        metric("weekly_report_pdf", median(pdfTimes), "ms", n);
        metric("weekly_report_stats", median(statsTimes), "ms", n);
        metric("weekly_report_vs_stats_ratio", median(pdfTimes) / median(statsTimes), "x", n);
    }
    return 0;
}
