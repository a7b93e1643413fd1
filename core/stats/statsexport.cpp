// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/stats/statsexport.h"

#include "core/sla/workcalendar.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

namespace posko::stats {

namespace {

QJsonValue orNull(qint64 v)
{
    return v < 0 ? QJsonValue() : QJsonValue(double(v));
}
QJsonValue share(const Share &s)
{
    const auto v = s.value();
    return v ? QJsonValue(*v) : QJsonValue();
}

QString wibDate(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t + WorkCalendar::kUtcOffsetSecs, Qt::UTC)
        .date()
        .toString(Qt::ISODate);
}
QString utc(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate);
}

// The flat figures of a unit, in column order (the trend is added apart).
QVector<QPair<QString, QJsonValue>> flat(const UnitFigures &u)
{
    return {
        {QStringLiteral("key"), u.key},
        {QStringLiteral("rank"), u.rank > 0 ? QJsonValue(u.rank) : QJsonValue()},
        {QStringLiteral("received"), double(u.received)},
        {QStringLiteral("assigned"), double(u.assigned)},
        {QStringLiteral("resolved"), double(u.resolved)},
        {QStringLiteral("closed"), double(u.closed)},
        {QStringLiteral("response_count"), double(u.response.count)},
        {QStringLiteral("response_median_s"), orNull(u.response.median)},
        {QStringLiteral("response_p90_s"), orNull(u.response.p90)},
        {QStringLiteral("resolution_count"), double(u.resolution.count)},
        {QStringLiteral("resolution_median_s"), orNull(u.resolution.median)},
        {QStringLiteral("resolution_p90_s"), orNull(u.resolution.p90)},
        {QStringLiteral("response_sla_met"), double(u.responseSla.part)},
        {QStringLiteral("response_sla_decided"), double(u.responseSla.of)},
        {QStringLiteral("response_sla_share"), share(u.responseSla)},
        {QStringLiteral("resolution_sla_met"), double(u.resolutionSla.part)},
        {QStringLiteral("resolution_sla_decided"), double(u.resolutionSla.of)},
        {QStringLiteral("resolution_sla_share"), share(u.resolutionSla)},
        {QStringLiteral("backlog_lt_1d"), double(u.backlog[0])},
        {QStringLiteral("backlog_1_3d"), double(u.backlog[1])},
        {QStringLiteral("backlog_3_7d"), double(u.backlog[2])},
        {QStringLiteral("backlog_ge_7d"), double(u.backlog[3])},
        {QStringLiteral("backlog_total"), double(u.backlogTotal())},
        {QStringLiteral("reopened"), double(u.reopened.part)},
        {QStringLiteral("reopened_share"), share(u.reopened)},
        {QStringLiteral("disputed"), double(u.disputed.part)},
        {QStringLiteral("disputed_share"), share(u.disputed)},
        {QStringLiteral("flagged_fast"), double(u.flaggedFast)},
    };
}

QString csvText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'f', 6);
    }
    QString s = v.toString();
    if (s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('"')) ||
        s.contains(QLatin1Char('\n')) || s.contains(QLatin1Char('\r'))) {
        s.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        s = QLatin1Char('"') + s + QLatin1Char('"');
    }
    return s;
}

} // namespace

QJsonObject unitToJson(const UnitFigures &u)
{
    QJsonObject o;
    for (const auto &[k, v] : flat(u))
        o.insert(k, v);
    QJsonArray trend;
    for (const WeekCount &w : u.trend)
        trend.append(QJsonObject{{QStringLiteral("week"), w.isoWeek()},
                                 {QStringLiteral("monday"), w.monday.toString(Qt::ISODate)},
                                 {QStringLiteral("received"), double(w.received)},
                                 {QStringLiteral("resolved"), double(w.resolved)}});
    o.insert(QStringLiteral("trend"), trend);
    return o;
}

QJsonObject resultToJson(const StatsResult &r)
{
    QJsonArray units, unranked;
    for (const UnitFigures &u : r.units) {
        units.append(unitToJson(u));
        if (u.rank == 0)
            unranked.append(QJsonObject{
                {QStringLiteral("key"), u.key},
                {QStringLiteral("received"), double(u.received)},
                {QStringLiteral("reason"), QStringLiteral("fewer_reports_than_min_reports")}});
    }
    return QJsonObject{
        {QStringLiteral("period"),
         QJsonObject{{QStringLiteral("from"), wibDate(r.period.from)},
                     {QStringLiteral("to"), wibDate(r.period.to - 1)},
                     {QStringLiteral("from_utc"), utc(r.period.from)},
                     {QStringLiteral("to_utc_exclusive"), utc(r.period.to)}}},
        {QStringLiteral("grouping"), groupingCode(r.grouping)},
        {QStringLiteral("min_reports"), r.minReports},
        {QStringLiteral("units"), units},
        {QStringLiteral("unranked"), unranked},
        {QStringLiteral("total"), unitToJson(r.total)},
    };
}

QStringList csvColumns(const StatsResult &r)
{
    QStringList cols;
    for (const auto &kv : flat(r.total))
        cols << kv.first;
    for (const WeekCount &w : r.total.trend)
        cols << w.isoWeek() + QStringLiteral("_received")
             << w.isoWeek() + QStringLiteral("_resolved");
    return cols;
}

QByteArray resultToCsv(const StatsResult &r)
{
    QString out = csvColumns(r).join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const UnitFigures &u : r.units) {
        QStringList fields;
        for (const auto &kv : flat(u))
            fields << csvText(kv.second);
        for (const WeekCount &w : u.trend)
            fields << QString::number(w.received) << QString::number(w.resolved);
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

} // namespace posko::stats
