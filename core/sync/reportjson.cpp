// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/reportjson.h"

#include <QJsonArray>
#include <QTimeZone>

namespace posko {

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    return t.toUTC().toString(Qt::ISODate);
}

QDateTime fromIsoUtc(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime) // no offset given: the wire is UTC
        t.setTimeZone(QTimeZone::utc());
    return t.toUTC();
}

QJsonObject historyToJson(const HistoryEntry &h)
{
    QJsonObject o{{QStringLiteral("at"), toIsoUtc(h.at)},
                  {QStringLiteral("actor"), h.actor},
                  {QStringLiteral("kind"), h.kind}};
    if (!h.status.isEmpty())
        o.insert(QStringLiteral("status"), h.status);
    if (!h.squad.isEmpty())
        o.insert(QStringLiteral("squad"), h.squad);
    if (!h.text.isEmpty())
        o.insert(QStringLiteral("text"), h.text);
    return o;
}

std::optional<HistoryEntry> historyFromJson(const QJsonObject &o, QString *error)
{
    HistoryEntry h;
    h.at = fromIsoUtc(o.value(QStringLiteral("at")).toString());
    h.actor = o.value(QStringLiteral("actor")).toString();
    h.kind = o.value(QStringLiteral("kind")).toString();
    h.status = o.value(QStringLiteral("status")).toString();
    h.squad = o.value(QStringLiteral("squad")).toString();
    h.text = o.value(QStringLiteral("text")).toString();
    if (!h.at.isValid() || h.kind.isEmpty()) {
        if (error)
            *error = QStringLiteral("history entry needs \"at\" and \"kind\"");
        return std::nullopt;
    }
    return h;
}

QJsonObject reportToJson(const Report &r)
{
    QJsonArray history;
    for (const HistoryEntry &h : r.history)
        history.append(historyToJson(h));
    return QJsonObject{
        {QStringLiteral("id"), QString::number(r.id)},
        {QStringLiteral("seq"), r.seq},
        {QStringLiteral("version"), r.version},
        {QStringLiteral("label"), r.label},
        {QStringLiteral("status"), statusCode(r.status)},
        {QStringLiteral("squad"), r.squad ? QJsonValue(squadCode(*r.squad)) : QJsonValue()},
        {QStringLiteral("lat"), r.lat},
        {QStringLiteral("long"), r.lon},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("kecamatan"), r.kecamatan},
        {QStringLiteral("desa"), r.desa},
        {QStringLiteral("requested_at"), toIsoUtc(r.requestedAt)},
        {QStringLiteral("updated_at"), toIsoUtc(r.updatedAt)},
        {QStringLiteral("status_since"), toIsoUtc(r.statusSince)},
        {QStringLiteral("media_url"), r.mediaUrl.isEmpty() ? QJsonValue() : QJsonValue(r.mediaUrl)},
        {QStringLiteral("history"), history},
    };
}

std::optional<Report> reportFromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &field) -> std::optional<Report> {
        if (error)
            *error = QStringLiteral("report field \"%1\" is missing or invalid").arg(field);
        return std::nullopt;
    };
    Report r;
    bool ok = false;
    r.id = o.value(QStringLiteral("id")).toString().toLongLong(&ok);
    if (!ok || r.id <= 0)
        return fail(QStringLiteral("id"));
    const QJsonValue seq = o.value(QStringLiteral("seq"));
    if (!seq.isDouble())
        return fail(QStringLiteral("seq"));
    r.seq = qint64(seq.toDouble());
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(QStringLiteral("version"));
    r.version = version.toInt();
    r.label = o.value(QStringLiteral("label")).toString();
    if (r.label.isEmpty())
        return fail(QStringLiteral("label"));
    const auto status = statusFromCode(o.value(QStringLiteral("status")).toString());
    if (!status)
        return fail(QStringLiteral("status"));
    r.status = *status;
    const QJsonValue squad = o.value(QStringLiteral("squad"));
    if (!squad.isNull() && !squad.isUndefined()) {
        const auto s = squadFromCode(squad.toString());
        if (!s)
            return fail(QStringLiteral("squad"));
        r.squad = *s;
    }
    const QJsonValue lat = o.value(QStringLiteral("lat"));
    const QJsonValue lon = o.value(QStringLiteral("long"));
    if (!lat.isDouble() || lat.toDouble() < -90 || lat.toDouble() > 90)
        return fail(QStringLiteral("lat"));
    if (!lon.isDouble() || lon.toDouble() < -180 || lon.toDouble() > 180)
        return fail(QStringLiteral("long"));
    r.lat = lat.toDouble();
    r.lon = lon.toDouble();
    r.description = o.value(QStringLiteral("description")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.kecamatan = o.value(QStringLiteral("kecamatan")).toString();
    r.desa = o.value(QStringLiteral("desa")).toString();
    r.requestedAt = fromIsoUtc(o.value(QStringLiteral("requested_at")).toString());
    if (!r.requestedAt.isValid())
        return fail(QStringLiteral("requested_at"));
    r.updatedAt = fromIsoUtc(o.value(QStringLiteral("updated_at")).toString());
    if (!r.updatedAt.isValid())
        return fail(QStringLiteral("updated_at"));
    r.statusSince = fromIsoUtc(o.value(QStringLiteral("status_since")).toString());
    if (!r.statusSince.isValid())
        r.statusSince = r.requestedAt;
    r.mediaUrl = o.value(QStringLiteral("media_url")).toString();
    for (const QJsonValue &hv : o.value(QStringLiteral("history")).toArray()) {
        auto h = historyFromJson(hv.toObject(), error);
        if (!h)
            return std::nullopt;
        r.history.push_back(*h);
    }
    return r;
}

} // namespace posko
