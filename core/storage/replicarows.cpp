// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/replicarows.h"

#include "core/sync/reportjson.h"

#include <QSqlQuery>
#include <QVariant>

namespace posko::replicarows {

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString stamp(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
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
    o.attempts = q.value(12).toInt();
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

} // namespace posko::replicarows
