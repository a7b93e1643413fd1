// SPDX-License-Identifier: GPL-3.0-or-later
// HubServer: Open311 GeoReport v2 endpoints (docs/api.md "Open311"). Covert reports never
// appear here, in lists, single lookups or intake answers.
#include "core/hub/hubserver.h"
#include "core/hub/multipart.h"
#include "core/media/photo.h"
#include "core/sync/reportjson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace posko {

namespace {

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers())
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

// application/x-www-form-urlencoded: QUrlQuery does not turn '+' into a space, forms do.
QHash<QString, QString> parseForm(const QByteArray &body)
{
    QByteArray b = body;
    b.replace('+', "%20");
    QUrlQuery q(QString::fromLatin1(b));
    QHash<QString, QString> out;
    for (const auto &item : q.queryItems(QUrl::FullyDecoded))
        out.insert(item.first, item.second);
    return out;
}

std::optional<double> parseNumber(const QString &s)
{
    bool ok = false;
    const double v = s.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

// Extent of the regency (docs/api.md), with a margin for GPS error along the border.
constexpr double minLon = 111.2, maxLon = 112.1, minLat = -8.5, maxLat = -7.7;
constexpr int maxDescription = 4000;
constexpr int maxIdsPerQuery = 100;

} // namespace

HubServer::Reply HubServer::open311Services(const QHttpServerRequest &,
                                            const QRegularExpressionMatch &)
{
    QJsonArray out;
    for (const Label &l : m_policy.labels()) {
        out.append(QJsonObject{
            {QStringLiteral("service_code"), l.code},
            {QStringLiteral("service_name"), l.nameId},
            {QStringLiteral("description"), l.nameEn},
            {QStringLiteral("metadata"), false},
            {QStringLiteral("type"), QStringLiteral("realtime")},
            {QStringLiteral("keywords"), l.keywords.join(QLatin1Char(','))},
            {QStringLiteral("group"), squadRemit(l.defaultSquad)},
        });
    }
    return json(QJsonDocument(out));
}

HubServer::Reply HubServer::open311Post(const QHttpServerRequest &request,
                                        const QRegularExpressionMatch &)
{
    const QByteArray contentType = header(request, "content-type");
    QHash<QString, QString> fields;
    QByteArray photoBytes;
    bool hasPhoto = false;
    if (contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        QString error;
        const auto parts = parseMultipart(request.body(), multipartBoundary(contentType), &error);
        if (!parts)
            return open311Error(400, tr("Malformed multipart body: %1.").arg(error));
        for (const MultipartPart &p : *parts) {
            if (p.name == QStringLiteral("media")) {
                photoBytes = p.data;
                hasPhoto = true;
            } else {
                fields.insert(p.name, QString::fromUtf8(p.data));
            }
        }
    } else if (contentType.trimmed().toLower().startsWith("application/x-www-form-urlencoded")) {
        fields = parseForm(request.body());
    } else {
        return open311Error(400, tr("Send the request as application/x-www-form-urlencoded or "
                                    "multipart/form-data."));
    }

    const QString apiKey = fields.value(QStringLiteral("api_key")).trimmed();
    if (apiKey.isEmpty())
        return open311Error(403, tr("An api_key is required."));
    if (!m_db.apiKeyValid(secretDigest(apiKey.toUtf8())))
        return open311Error(403, tr("The api_key is not valid."));

    const QString code = fields.value(QStringLiteral("service_code")).trimmed();
    if (code.isEmpty())
        return open311Error(400, tr("service_code is required."));
    const Label *label = m_policy.find(code);
    if (!label)
        return open311Error(400, tr("Unknown service_code \"%1\"; see services.json.").arg(code));

    if (!fields.contains(QStringLiteral("lat")) || !fields.contains(QStringLiteral("long")))
        return open311Error(400, tr("lat and long are required."));
    const auto lat = parseNumber(fields.value(QStringLiteral("lat")));
    const auto lon = parseNumber(fields.value(QStringLiteral("long")));
    if (!lat || !lon)
        return open311Error(400, tr("lat and long must be decimal numbers."));
    if (*lat < -90 || *lat > 90 || *lon < -180 || *lon > 180)
        return open311Error(400, tr("lat must be within -90..90 and long within -180..180."));
    if (*lon < minLon || *lon > maxLon || *lat < minLat || *lat > maxLat)
        return open311Error(400, tr("The location is outside Kabupaten Trenggalek."));

    const QString description = fields.value(QStringLiteral("description")).trimmed();
    if (description.size() > maxDescription)
        return open311Error(400,
                            tr("description can have at most %1 characters.").arg(maxDescription));
    const QString address = fields.value(QStringLiteral("address_string")).trimmed().left(500);
    QString externalUrl = fields.value(QStringLiteral("media_url")).trimmed();
    if (!externalUrl.isEmpty()) {
        const QUrl u(externalUrl, QUrl::StrictMode);
        if (!u.isValid() ||
            (u.scheme() != QStringLiteral("http") && u.scheme() != QStringLiteral("https")) ||
            externalUrl.size() > 2000)
            return open311Error(400, tr("media_url must be an http or https URL."));
    }

    std::optional<media::NormalizedPhoto> photo;
    if (hasPhoto) {
        QString error;
        photo = media::normalizeUpload(photoBytes, &error);
        if (!photo)
            return open311Error(400, error);
    }

    // Contact details are kept for the office (follow-up calls) and never served.
    QJsonObject contact;
    for (const char *k : {"email", "first_name", "last_name", "phone", "device_id", "account_id"}) {
        const QString v = fields.value(QLatin1String(k)).trimmed().left(200);
        if (!v.isEmpty())
            contact.insert(QLatin1String(k), v);
    }

    const QDateTime now = m_clock.now();
    StoredReport s;
    Report &r = s.report;
    r.label = label->code;
    r.status = Status::Baru;
    r.lat = *lat;
    r.lon = *lon;
    r.description = description;
    r.address = address;
    r.kecamatan = m_places.kecamatanAt(*lat, *lon);
    r.requestedAt = r.updatedAt = r.statusSince = now;
    r.history.push_back({now,
                         QStringLiteral("warga"),
                         QStringLiteral("created"),
                         statusCode(Status::Baru),
                         {},
                         {}});
    s.covert = reportIsCovert(r, m_policy);
    s.externalMediaUrl = photo ? QString() : externalUrl;
    if (s.covert)
        s.token = QString::fromLatin1(randomSecret(18));

    if (!m_db.beginWrite())
        return open311Error(500, tr("The database is busy; try again."));
    bool ok = true;
    if (photo) {
        const auto id = m_db.addPhoto(photo->jpeg, now);
        ok = id.has_value();
        s.photoId = id.value_or(0);
    }
    ok = ok && m_db.insertReport(
                   s, QString::fromUtf8(QJsonDocument(contact).toJson(QJsonDocument::Compact)));
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return open311Error(500, tr("The report could not be stored."));
    }

    QJsonObject answer{
        {QStringLiteral("service_notice"),
         tr("Thank you. Your report was received by the Trenggalek command centre.")}};
    if (s.covert)
        answer.insert(QStringLiteral("token"), s.token);
    else
        answer.insert(QStringLiteral("service_request_id"), QString::number(r.id));
    return json(QJsonDocument(QJsonArray{answer}));
}

QJsonObject HubServer::open311Object(const StoredReport &s) const
{
    const Report &r = s.report;
    const Label *label = m_policy.find(r.label);
    // Never a text written while the report was covert-routed.
    QString notes;
    const QVector<HistoryEntry> history = publicHistory(s);
    for (auto it = history.crbegin(); it != history.crend(); ++it)
        if (it->kind == QStringLiteral("status") && !it->text.isEmpty()) {
            notes = it->text;
            break;
        }
    return QJsonObject{
        {QStringLiteral("service_request_id"), QString::number(r.id)},
        {QStringLiteral("status"), open311Status(r.status)},
        {QStringLiteral("status_notes"), notes},
        {QStringLiteral("service_name"), label ? label->nameId : r.label},
        {QStringLiteral("service_code"), r.label},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("agency_responsible"), r.squad ? squadCode(*r.squad) : QString()},
        {QStringLiteral("requested_datetime"), toIsoUtc(r.requestedAt)},
        {QStringLiteral("updated_datetime"), toIsoUtc(r.updatedAt)},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("lat"), r.lat},
        {QStringLiteral("long"), r.lon},
        {QStringLiteral("media_url"), mediaUrl(s)},
        {QStringLiteral("extended_attributes"),
         QJsonObject{{QStringLiteral("posko_status"), statusCode(r.status)},
                     {QStringLiteral("kecamatan"), r.kecamatan},
                     {QStringLiteral("desa"), r.desa}}},
    };
}

HubServer::Reply HubServer::open311List(const QHttpServerRequest &request,
                                        const QRegularExpressionMatch &)
{
    const QUrlQuery query = request.query();
    auto param = [&](const char *k) {
        return query.queryItemValue(QLatin1String(k), QUrl::FullyDecoded).trimmed();
    };
    Open311Query f;
    const QStringList ids = param("service_request_id").split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (ids.size() > maxIdsPerQuery)
        return open311Error(400,
                            tr("service_request_id can list at most %1 ids.").arg(maxIdsPerQuery));
    for (const QString &id : ids) {
        bool ok = false;
        const qint64 v = id.trimmed().toLongLong(&ok);
        if (!ok || v <= 0)
            return open311Error(400,
                                tr("service_request_id must be a comma-separated list of ids."));
        f.ids << v;
    }
    for (const QString &c : param("service_code").split(QLatin1Char(','), Qt::SkipEmptyParts))
        f.serviceCodes << c.trimmed();
    const QString status = param("status");
    if (status == QStringLiteral("open"))
        f.closed = false;
    else if (status == QStringLiteral("closed"))
        f.closed = true;
    else if (!status.isEmpty())
        return open311Error(400, tr("status must be \"open\" or \"closed\"."));
    struct DateParam
    {
        const char *name;
        QDateTime *target;
    };
    for (const DateParam &d : {DateParam{"start_date", &f.start}, DateParam{"end_date", &f.end},
                               DateParam{"updated_after", &f.updatedAfter}}) {
        const QString v = param(d.name);
        if (v.isEmpty())
            continue;
        *d.target = fromIsoUtc(v);
        if (!d.target->isValid())
            return open311Error(400,
                                tr("%1 must be an ISO 8601 date-time.").arg(QLatin1String(d.name)));
    }
    // Without any date or id the standard asks for a recent window, not the whole archive.
    if (f.ids.isEmpty() && !f.start.isValid() && !f.end.isValid() && !f.updatedAfter.isValid())
        f.start = m_clock.now().addDays(-90);
    for (auto [name, target, lo, hi] :
         {std::tuple{"page", &f.page, 1, 1000000}, std::tuple{"page_size", &f.pageSize, 1, 1000}}) {
        const QString v = param(name);
        if (v.isEmpty())
            continue;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok || n < lo)
            return open311Error(400,
                                tr("%1 must be a positive whole number.").arg(QLatin1String(name)));
        *target = qMin(n, hi);
    }
    const auto found = m_db.open311Requests(f);
    if (!found)
        return open311Error(500, tr("The reports could not be read."));
    QJsonArray out;
    for (const StoredReport &s : *found)
        out.append(open311Object(s));
    return json(QJsonDocument(out));
}

HubServer::Reply HubServer::open311Dispute(const QHttpServerRequest &request,
                                           const QRegularExpressionMatch &m)
{
    if (!header(request, "content-type")
             .trimmed()
             .toLower()
             .startsWith("application/x-www-form-urlencoded"))
        return open311Error(400, tr("Send the dispute as application/x-www-form-urlencoded."));
    const QHash<QString, QString> fields = parseForm(request.body());
    const QString apiKey = fields.value(QStringLiteral("api_key")).trimmed();
    if (apiKey.isEmpty())
        return open311Error(403, tr("An api_key is required."));
    if (!m_db.apiKeyValid(secretDigest(apiKey.toUtf8())))
        return open311Error(403, tr("The api_key is not valid."));
    const QString reason = fields.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty())
        return open311Error(400, tr("reason is required: what is still wrong?"));
    if (reason.size() > maxDescription)
        return open311Error(400, tr("reason can have at most %1 characters.").arg(maxDescription));

    bool ok = false;
    const qint64 id = m.captured(1).toLongLong(&ok);
    if (!ok || !m_db.beginWrite())
        return ok ? open311Error(503, tr("The database is busy; try again."))
                  : open311Error(404, tr("No report with id %1.").arg(m.captured(1)));
    HubDatabase::Transaction transaction(m_db);
    auto s = m_db.loadReport(id);
    if (!s || s->covert)
        return open311Error(404, tr("No report with id %1.").arg(m.captured(1)));
    // Only the citizen who reported may dispute: when the report names its sender (device,
    // account, e-mail or phone), the dispute must name the same one.
    const QJsonObject contact = m_db.reportContact(id);
    bool named = false, same = false;
    for (const char *k : {"device_id", "account_id", "email", "phone"}) {
        const QString stored = contact.value(QLatin1String(k)).toString();
        if (stored.isEmpty())
            continue;
        named = true;
        if (fields.value(QLatin1String(k)).trimmed() == stored)
            same = true;
    }
    if (named && !same)
        return open311Error(403, tr("Only the citizen who sent the report can dispute it: send "
                                    "the same device_id, account_id, email or phone."));
    if (auto refusal = applyDispute(s->report, reason, m_clock.now()))
        return open311Error(409, *refusal);
    s->covert = reportIsCovert(s->report, m_policy);
    if (!m_db.updateReport(*s) || !transaction.commit())
        return open311Error(500, tr("The dispute could not be stored."));
    return json(QJsonDocument(QJsonArray{open311Object(*s)}));
}

HubServer::Reply HubServer::open311One(const QHttpServerRequest &, const QRegularExpressionMatch &m)
{
    bool ok = false;
    const qint64 id = m.captured(1).toLongLong(&ok);
    const auto s = ok ? m_db.loadReport(id) : std::nullopt;
    if (!s || s->covert)
        return open311Error(404, tr("No report with id %1.").arg(m.captured(1)));
    return json(QJsonDocument(QJsonArray{open311Object(*s)}));
}

} // namespace posko
