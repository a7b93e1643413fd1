// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/reportjson.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>
#include <cmath>

namespace posko {

namespace {

void put(char16_t *&out, int value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    out += digits;
}

// Digits s[from, from + len) as a number; false on anything else.
bool digitsAt(const QString &s, qsizetype from, int len, int *value)
{
    int v = 0;
    for (qsizetype i = from; i < from + len; ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    *value = v;
    return true;
}

} // namespace

QString toIsoUtc(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(Qt::ISODate);
    // What Qt::ISODate writes for a UTC time ("2026-11-28T04:09:07Z"), without its format
    // parser: a feed page formats seven of these per report.
    QString out(20, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    put(p, d.year(), 4);
    *p++ = u'-';
    put(p, d.month(), 2);
    *p++ = u'-';
    put(p, d.day(), 2);
    *p++ = u'T';
    put(p, tm.hour(), 2);
    *p++ = u':';
    put(p, tm.minute(), 2);
    *p++ = u':';
    put(p, tm.second(), 2);
    *p = u'Z';
    return out;
}

QDateTime fromIsoUtc(const QString &s)
{
    if (s.isEmpty())
        return {};
    // The form the hub writes, "YYYY-MM-DDTHH:MM:SSZ" (or with ".mmm"), read without Qt's
    // general ISO parser; anything else (offsets, no zone, other precision) goes through it.
    const qsizetype n = s.size();
    if ((n == 20 || n == 24) && s.at(n - 1) == u'Z' && s.at(4) == u'-' && s.at(7) == u'-' &&
        s.at(10) == u'T' && s.at(13) == u':' && s.at(16) == u':' && (n == 20 || s.at(19) == u'.')) {
        int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0, ms = 0;
        if (digitsAt(s, 0, 4, &y) && digitsAt(s, 5, 2, &mo) && digitsAt(s, 8, 2, &d) &&
            digitsAt(s, 11, 2, &h) && digitsAt(s, 14, 2, &mi) && digitsAt(s, 17, 2, &sec) &&
            (n == 20 || digitsAt(s, 20, 3, &ms))) {
            const QDate date(y, mo, d);
            const QTime time(h, mi, sec, ms);
            if (date.isValid() && time.isValid())
                return QDateTime(date, time, Qt::UTC);
        }
    }
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
    h.at = fromIsoUtc(o.value(QLatin1String("at")).toString());
    h.actor = o.value(QLatin1String("actor")).toString();
    h.kind = o.value(QLatin1String("kind")).toString();
    h.status = o.value(QLatin1String("status")).toString();
    h.squad = o.value(QLatin1String("squad")).toString();
    h.text = o.value(QLatin1String("text")).toString();
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

void appendJsonString(QByteArray &out, const QString &s)
{
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = s.toUtf8();
    const char *p = utf8.constData();
    const qsizetype n = utf8.size();
    out.reserve(out.size() + n + 2);
    out += '"';
    qsizetype run = 0; // start of the bytes not yet copied, which need no escape
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(p + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 15];
        }
    }
    out.append(p + run, n - run);
    out += '"';
}

namespace {

void appendNumber(QByteArray &out, double v)
{
    if (!std::isfinite(v)) {
        out += "null"; // as QJsonDocument writes a non-finite double
        return;
    }
    out += QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

void appendField(QByteArray &out, const char *key, const QString &value)
{
    out += key;
    appendJsonString(out, value);
}

} // namespace

void appendReportJson(QByteArray &out, const Report &r)
{
    out += "{\"id\":\"";
    out += QByteArray::number(r.id);
    out += "\",\"seq\":";
    out += QByteArray::number(r.seq);
    out += ",\"version\":";
    out += QByteArray::number(r.version);
    appendField(out, ",\"label\":", r.label);
    appendField(out, ",\"status\":", statusCode(r.status));
    out += ",\"squad\":";
    if (r.squad)
        appendJsonString(out, squadCode(*r.squad));
    else
        out += "null";
    out += ",\"lat\":";
    appendNumber(out, r.lat);
    out += ",\"long\":";
    appendNumber(out, r.lon);
    appendField(out, ",\"description\":", r.description);
    appendField(out, ",\"address\":", r.address);
    appendField(out, ",\"kecamatan\":", r.kecamatan);
    appendField(out, ",\"desa\":", r.desa);
    appendField(out, ",\"requested_at\":", toIsoUtc(r.requestedAt));
    appendField(out, ",\"updated_at\":", toIsoUtc(r.updatedAt));
    appendField(out, ",\"status_since\":", toIsoUtc(r.statusSince));
    out += ",\"media_url\":";
    if (r.mediaUrl.isEmpty())
        out += "null";
    else
        appendJsonString(out, r.mediaUrl);
    out += ",\"history\":[";
    for (qsizetype i = 0; i < r.history.size(); ++i) {
        const HistoryEntry &h = r.history[i];
        out += i ? ",{" : "{";
        appendField(out, "\"at\":", toIsoUtc(h.at));
        appendField(out, ",\"actor\":", h.actor);
        appendField(out, ",\"kind\":", h.kind);
        if (!h.status.isEmpty())
            appendField(out, ",\"status\":", h.status);
        if (!h.squad.isEmpty())
            appendField(out, ",\"squad\":", h.squad);
        if (!h.text.isEmpty())
            appendField(out, ",\"text\":", h.text);
        out += '}';
    }
    out += "]}";
}

std::optional<Report> reportFromJson(const QJsonObject &o, QString *error)
{
    // Keys as Latin-1 (as the object stores them): a lookup compares bytes, not UTF-16 with
    // Latin-1, and a first sync looks up millions.
    auto fail = [error](const QString &field) -> std::optional<Report> {
        if (error)
            *error = QStringLiteral("report field \"%1\" is missing or invalid").arg(field);
        return std::nullopt;
    };
    Report r;
    bool ok = false;
    r.id = o.value(QLatin1String("id")).toString().toLongLong(&ok);
    if (!ok || r.id <= 0)
        return fail(QStringLiteral("id"));
    const QJsonValue seq = o.value(QLatin1String("seq"));
    if (!seq.isDouble())
        return fail(QStringLiteral("seq"));
    r.seq = qint64(seq.toDouble());
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return fail(QStringLiteral("version"));
    r.version = version.toInt();
    r.label = o.value(QLatin1String("label")).toString();
    if (r.label.isEmpty())
        return fail(QStringLiteral("label"));
    const auto status = statusFromCode(o.value(QLatin1String("status")).toString());
    if (!status)
        return fail(QStringLiteral("status"));
    r.status = *status;
    const QJsonValue squad = o.value(QLatin1String("squad"));
    if (!squad.isNull() && !squad.isUndefined()) {
        const auto s = squadFromCode(squad.toString());
        if (!s)
            return fail(QStringLiteral("squad"));
        r.squad = *s;
    }
    const QJsonValue lat = o.value(QLatin1String("lat"));
    const QJsonValue lon = o.value(QLatin1String("long"));
    if (!lat.isDouble() || lat.toDouble() < -90 || lat.toDouble() > 90)
        return fail(QStringLiteral("lat"));
    if (!lon.isDouble() || lon.toDouble() < -180 || lon.toDouble() > 180)
        return fail(QStringLiteral("long"));
    r.lat = lat.toDouble();
    r.lon = lon.toDouble();
    r.description = o.value(QLatin1String("description")).toString();
    r.address = o.value(QLatin1String("address")).toString();
    r.kecamatan = o.value(QLatin1String("kecamatan")).toString();
    r.desa = o.value(QLatin1String("desa")).toString();
    r.requestedAt = fromIsoUtc(o.value(QLatin1String("requested_at")).toString());
    if (!r.requestedAt.isValid())
        return fail(QStringLiteral("requested_at"));
    r.updatedAt = fromIsoUtc(o.value(QLatin1String("updated_at")).toString());
    if (!r.updatedAt.isValid())
        return fail(QStringLiteral("updated_at"));
    r.statusSince = fromIsoUtc(o.value(QLatin1String("status_since")).toString());
    if (!r.statusSince.isValid())
        r.statusSince = r.requestedAt;
    r.mediaUrl = o.value(QLatin1String("media_url")).toString();
    for (const QJsonValue &hv : o.value(QLatin1String("history")).toArray()) {
        auto h = historyFromJson(hv.toObject(), error);
        if (!h)
            return std::nullopt;
        r.history.push_back(*h);
    }
    return r;
}

} // namespace posko
