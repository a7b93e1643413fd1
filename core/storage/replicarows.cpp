// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/replicarows.h"

#include "core/stats/lifecycle.h"
#include "core/sync/reportjson.h"

#include <QSqlQuery>
#include <QVariant>

namespace posko::replicarows {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QByteArray stampUtf8(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODateWithMs).toUtf8();
    // What Qt::ISODateWithMs writes for UTC ("2026-11-28T04:09:07.000Z"), without its format
    // parser: a first sync stores millions of these.
    QByteArray out("0000-00-00T00:00:00.000Z");
    char *p = out.data();
    auto put = [](char *at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            at[i] = char('0' + value % 10);
    };
    put(p, d.year(), 4);
    put(p + 5, d.month(), 2);
    put(p + 8, d.day(), 2);
    put(p + 11, tm.hour(), 2);
    put(p + 14, tm.minute(), 2);
    put(p + 17, tm.second(), 2);
    put(p + 20, tm.msec(), 3);
    return out;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? QString::fromLatin1(stampUtf8(t)) : QString();
}

Report reportFromRow(const QSqlQuery &q)
{
    Report r;
    r.id = q.value(0).toLongLong();
    r.seq = q.value(1).toLongLong();
    r.version = q.value(2).toInt();
    r.label = q.value(3).toString();
    r.status = statusFromCode(q.value(4).toString()).value_or(Status::Baru);
    if (!q.value(5).isNull())
        r.squad = squadFromCode(q.value(5).toString());
    r.lat = q.value(6).toDouble();
    r.lon = q.value(7).toDouble();
    r.description = q.value(8).toString();
    r.address = q.value(9).toString();
    r.kecamatan = q.value(10).toString();
    r.desa = q.value(11).toString();
    r.requestedAt = fromIsoUtc(q.value(12).toString());
    r.updatedAt = fromIsoUtc(q.value(13).toString());
    r.statusSince = fromIsoUtc(q.value(14).toString());
    r.mediaUrl = q.value(15).toString();
    return r;
}

OutboxItem outboxFromRow(const QSqlQuery &q)
{
    OutboxItem o;
    o.id = q.value(0).toLongLong();
    o.reportId = q.value(1).toLongLong();
    o.idempotencyKey = q.value(2).toString();
    o.action.type =
        ReportAction::typeFromCode(q.value(3).toString()).value_or(ReportAction::Type::Note);
    o.action.squad = squadFromCode(q.value(4).toString()).value_or(Squad::Orange);
    o.action.status = statusFromCode(q.value(5).toString()).value_or(Status::Baru);
    o.action.text = q.value(6).toString();
    o.baseVersion = q.value(7).toInt();
    o.createdAt = fromIsoUtc(q.value(8).toString());
    o.actor = q.value(9).toString();
    const int state = q.value(10).toInt();
    o.state = state == 1   ? OutboxItem::State::Sent
              : state == 2 ? OutboxItem::State::Failed
                           : OutboxItem::State::Pending;
    o.error = q.value(11).toString();
    if (o.state == OutboxItem::State::Failed) {
        const QString marker = Replica::hubResetMarker();
        if (o.error.startsWith(marker)) {
            o.hubReset = true;
            o.error.remove(0, marker.size());
        } else if (o.error == Replica::hubResetReason() ||
                   o.error == QLatin1String("The hub was reset; this action was not sent.")) {
            // Stored before the marker existed: recognised in the current language or English.
            o.hubReset = true;
        }
    }
    o.attempts = q.value(12).toInt();
    o.action.original = q.value(13).toLongLong();
    o.action.photo = q.value(14).toByteArray();
    return o;
}

int stateCode(OutboxItem::State s)
{
    switch (s) {
    case OutboxItem::State::Pending:
        return 0;
    case OutboxItem::State::Sent:
        return 1;
    case OutboxItem::State::Failed:
        return 2;
    }
    return 0;
}

LifecycleRow lifecycleRow(const Report &r)
{
    const stats::Lifecycle l = stats::deriveLifecycle(r);
    LifecycleRow row;
    row.id = r.id;
    row.texts = {r.label.toUtf8(), r.squad ? squadCode(*r.squad).toUtf8() : QByteArray(),
                 r.kecamatan.toUtf8()};
    row.ints = {l.received, l.responded, l.assigned,   l.resolved,   l.closed,   l.ended,
                l.settled,  l.reopened,  l.reopenedAt, l.disputedAt, l.flaggedAt};
    return row;
}

void bindLifecycle(QSqlQuery &q, const LifecycleRow &row)
{
    q.addBindValue(row.id);
    for (const QByteArray &t : row.texts)
        q.addBindValue(text(QString::fromUtf8(t)));
    for (qint64 v : row.ints)
        q.addBindValue(v);
}

} // namespace posko::replicarows
