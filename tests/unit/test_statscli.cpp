// SPDX-License-Identifier: GPL-3.0-or-later
// `poskoctl --data DIR stats`: the JSON and the CSV parsed back equal the engine's figures on the
// same replica; every bad argument is a usage error (exit 2) with a message.
#include "core/stats/statsengine.h"
#include "core/storage/replica.h"
#include "statsfixtures.h"

#include "catch.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace posko;
using namespace posko::stats;
using namespace posko::test;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QString err;
};

Run poskoctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(POSKO_BINARY_DIR "/app/poskoctl/poskoctl"), args);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

struct CliSetup
{
    QTemporaryDir dir;
    QString dbPath;
    LabelPolicy policy = LabelPolicy::builtIn();
    CliSetup()
    {
        QString error;
        auto replica = Replica::open(dir.path(), &error);
        REQUIRE(replica);
        REQUIRE(replica->applyChanges(statsFixture(), {}, 12, &error));
        dbPath = replica->databasePath();
    }
    QStringList base() const
    {
        return {QStringLiteral("--data"),     dir.path(),
                QStringLiteral("stats"),      QStringLiteral("--from"),
                QStringLiteral("2026-03-09"), QStringLiteral("--to"),
                QStringLiteral("2026-03-22")};
    }
    StatsResult engine(Grouping g, int minReports) const
    {
        const auto r = StatsEngine(dbPath, policy)
                           .compute(Period::fromWibDates(QDate(2026, 3, 9), QDate(2026, 3, 22)), g,
                                    minReports);
        REQUIRE(r);
        return *r;
    }
};

qint64 num(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isNull() ? -1 : qint64(v.toDouble());
}

} // namespace

TEST_CASE("poskoctl stats prints JSON with every figure of the engine")
{
    CliSetup s;
    const Run run = poskoctl(s.base() << QStringLiteral("--by") << QStringLiteral("kecamatan")
                                      << QStringLiteral("--min-reports") << QStringLiteral("5")
                                      << QStringLiteral("--format") << QStringLiteral("json"));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &perr);
    REQUIRE(perr.error == QJsonParseError::NoError);
    const QJsonObject o = doc.object();
    CHECK(o.value(QStringLiteral("grouping")).toString() == QStringLiteral("kecamatan"));
    CHECK(o.value(QStringLiteral("min_reports")).toInt() == 5);
    const QJsonObject period = o.value(QStringLiteral("period")).toObject();
    CHECK(period.value(QStringLiteral("from")).toString() == QStringLiteral("2026-03-09"));
    CHECK(period.value(QStringLiteral("to")).toString() == QStringLiteral("2026-03-22"));
    CHECK(period.value(QStringLiteral("from_utc")).toString() ==
          QStringLiteral("2026-03-08T17:00:00Z"));
    CHECK(period.value(QStringLiteral("to_utc_exclusive")).toString() ==
          QStringLiteral("2026-03-22T17:00:00Z"));

    const StatsResult expected = s.engine(Grouping::Kecamatan, 5);
    const QJsonArray units = o.value(QStringLiteral("units")).toArray();
    REQUIRE(units.size() == expected.units.size());
    for (int i = 0; i < units.size(); ++i) {
        const QJsonObject u = units[i].toObject();
        const UnitFigures &e = expected.units[i];
        INFO("unit " << e.key.toStdString());
        CHECK(u.value(QStringLiteral("key")).toString() == e.key);
        CHECK(num(u, "rank") == (e.rank > 0 ? e.rank : -1));
        CHECK(num(u, "received") == e.received);
        CHECK(num(u, "assigned") == e.assigned);
        CHECK(num(u, "resolved") == e.resolved);
        CHECK(num(u, "closed") == e.closed);
        CHECK(num(u, "response_median_s") == e.response.median);
        CHECK(num(u, "response_p90_s") == e.response.p90);
        CHECK(num(u, "resolution_median_s") == e.resolution.median);
        CHECK(num(u, "resolution_p90_s") == e.resolution.p90);
        CHECK(num(u, "response_sla_met") == e.responseSla.part);
        CHECK(num(u, "response_sla_decided") == e.responseSla.of);
        CHECK(u.value(QStringLiteral("response_sla_share")).toDouble() ==
              Approx(e.responseSla.value().value_or(0)));
        CHECK(num(u, "resolution_sla_met") == e.resolutionSla.part);
        CHECK(num(u, "backlog_lt_1d") == e.backlog[0]);
        CHECK(num(u, "backlog_1_3d") == e.backlog[1]);
        CHECK(num(u, "backlog_3_7d") == e.backlog[2]);
        CHECK(num(u, "backlog_ge_7d") == e.backlog[3]);
        CHECK(num(u, "reopened") == e.reopened.part);
        CHECK(num(u, "disputed") == e.disputed.part);
        CHECK(num(u, "flagged_fast") == e.flaggedFast);
        const QJsonArray trend = u.value(QStringLiteral("trend")).toArray();
        REQUIRE(trend.size() == e.trend.size());
        for (int w = 0; w < trend.size(); ++w) {
            CHECK(trend[w].toObject().value(QStringLiteral("week")).toString() ==
                  e.trend[w].isoWeek());
            CHECK(num(trend[w].toObject(), "received") == e.trend[w].received);
            CHECK(num(trend[w].toObject(), "resolved") == e.trend[w].resolved);
        }
    }
    // 35.03.01 received 6, 35.03.02 only 4: left out of the ranking, and said why.
    CHECK(units[0].toObject().value(QStringLiteral("key")).toString() == k1);
    const QJsonArray unranked = o.value(QStringLiteral("unranked")).toArray();
    REQUIRE(unranked.size() == 1);
    CHECK(unranked[0].toObject().value(QStringLiteral("key")).toString() == k2);
    CHECK(num(unranked[0].toObject(), "received") == 4);
    CHECK(unranked[0].toObject().value(QStringLiteral("reason")).toString() ==
          QStringLiteral("fewer_reports_than_min_reports"));
    CHECK(num(o.value(QStringLiteral("total")).toObject(), "received") == 10);
}

TEST_CASE("poskoctl stats prints CSV with a header and one row per unit")
{
    CliSetup s;
    const Run run = poskoctl(s.base() << QStringLiteral("--min-reports") << QStringLiteral("3")
                                      << QStringLiteral("--format") << QStringLiteral("csv"));
    INFO(run.err.toStdString());
    REQUIRE(run.code == 0);
    const QStringList lines =
        QString::fromUtf8(run.out).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const StatsResult expected = s.engine(Grouping::Squad, 3); // --by defaults to squad
    REQUIRE(lines.size() == 1 + expected.units.size());
    const QStringList header = lines[0].split(QLatin1Char(','));
    CHECK(header.first() == QStringLiteral("key"));
    CHECK(header.contains(QStringLiteral("resolution_p90_s")));
    CHECK(header.contains(QStringLiteral("2026-W12_resolved")));
    for (int i = 0; i < expected.units.size(); ++i) {
        const QStringList fields = lines[i + 1].split(QLatin1Char(','));
        REQUIRE(fields.size() == header.size());
        const auto col = [&](const char *name) {
            return fields.at(header.indexOf(QLatin1String(name)));
        };
        const UnitFigures &e = expected.units[i];
        INFO("unit " << e.key.toStdString());
        CHECK(col("key") == e.key);
        CHECK(col("rank").toInt() == e.rank);
        CHECK(col("received").toLongLong() == e.received);
        CHECK(col("resolved").toLongLong() == e.resolved);
        CHECK(col("response_median_s") ==
              (e.response.median < 0 ? QString() : QString::number(e.response.median)));
        CHECK(col("resolution_p90_s") ==
              (e.resolution.p90 < 0 ? QString() : QString::number(e.resolution.p90)));
        if (e.responseSla.value())
            CHECK(col("response_sla_share").toDouble() ==
                  Approx(*e.responseSla.value()).epsilon(1e-6));
        else
            CHECK(col("response_sla_share").isEmpty());
        CHECK(col("backlog_ge_7d").toLongLong() == e.backlog[3]);
        CHECK(col("flagged_fast").toLongLong() == e.flaggedFast);
        CHECK(col("2026-W11_received").toLongLong() == e.trend[0].received);
        CHECK(col("2026-W12_resolved").toLongLong() == e.trend[1].resolved);
    }
    CHECK(lines[1].startsWith(QStringLiteral("red,1,")));
}

TEST_CASE("poskoctl stats refuses bad arguments with exit 2 and a message")
{
    CliSetup s;
    const QStringList data{QStringLiteral("--data"), s.dir.path(), QStringLiteral("stats")};
    const QList<QStringList> bad{
        {},                                                       // no period
        {QStringLiteral("--from"), QStringLiteral("2026-03-09")}, // no --to
        {QStringLiteral("--from"), QStringLiteral("9-3-2026"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22")},
        {QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-22"), QStringLiteral("--to"),
         QStringLiteral("2026-03-09")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22"), QStringLiteral("--by"), QStringLiteral("desa")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22"), QStringLiteral("--min-reports"), QStringLiteral("-1")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22"), QStringLiteral("--min-reports"), QStringLiteral("ten")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22"), QStringLiteral("--format"), QStringLiteral("xml")},
        {QStringLiteral("--from"), QStringLiteral("2026-03-09"), QStringLiteral("--to"),
         QStringLiteral("2026-03-22"), QStringLiteral("extra")},
    };
    for (const QStringList &args : bad) {
        const Run r = poskoctl(data + args);
        INFO(args.join(QLatin1Char(' ')).toStdString() << " -> " << r.err.toStdString());
        CHECK(r.code == 2);
        CHECK(r.err.startsWith(QStringLiteral("poskoctl: ")));
        CHECK(r.out.isEmpty());
    }
    // One day is a valid period (--to is included).
    CHECK(poskoctl(data + QStringList{QStringLiteral("--from"), QStringLiteral("2026-03-22"),
                                      QStringLiteral("--to"), QStringLiteral("2026-03-22")})
              .code == 0);
    // A folder without a replica is not turned into one.
    QTemporaryDir empty;
    const Run none = poskoctl({QStringLiteral("--data"), empty.path(), QStringLiteral("stats"),
                               QStringLiteral("--from"), QStringLiteral("2026-03-09"),
                               QStringLiteral("--to"), QStringLiteral("2026-03-22")});
    CHECK(none.code == 1);
    CHECK_FALSE(QFileInfo::exists(empty.filePath(QStringLiteral("replica.sqlite"))));
}
