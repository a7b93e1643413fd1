// SPDX-License-Identifier: GPL-3.0-or-later
// HubServer: the operator API for workstations (docs/api.md "Operator API"). A role without
// covert clearance gets 404 for covert reports, never 403, so their existence does not leak.
#include "core/hub/hubserver.h"
#include "core/media/photo.h"
#include "core/sla/sla.h"
#include "core/sync/reportjson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace posko {

namespace {

constexpr qint64 sessionSeconds = 12 * 3600;
constexpr int maxActionText = 4000; // as an Open311 description
// Changes per feed page at most: a first sync of a million reports in a few hundred pages.
constexpr int maxChangesPage = 5000;

// A report id as the operator API writes it ("123") or as a JSON number (123): positive, at
// most 18 digits (the routes' limit), a whole number. 0 when it is none of these.
qint64 reportIdFrom(const QJsonValue &v)
{
    if (v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        const QString s = v.toString();
        return digits.match(s).hasMatch() ? s.toLongLong() : 0;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        // Exactly representable whole numbers only: 2^53 and above may have been rounded.
        if (d >= 1 && d < 9007199254740992.0 && d == double(qint64(d)))
            return qint64(d);
    }
    return 0;
}

std::optional<QJsonObject> jsonBody(const QHttpServerRequest &request)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

std::optional<HubUser> HubServer::bearerUser(const QHttpServerRequest &request,
                                             QByteArray *tokenDigest) const
{
    QByteArray auth;
    for (const auto &h : request.headers())
        if (h.first.compare("authorization", Qt::CaseInsensitive) == 0)
            auth = h.second.trimmed();
    if (!auth.toLower().startsWith("bearer "))
        return std::nullopt;
    const QByteArray token = auth.mid(7).trimmed();
    if (token.isEmpty())
        return std::nullopt;
    const QByteArray digest = secretDigest(token);
    if (tokenDigest)
        *tokenDigest = digest;
    return m_db.userForSession(digest, m_clock.now());
}

QJsonObject HubServer::reportObject(const StoredReport &s, const HubUser &user) const
{
    Report r = s.report;
    r.mediaUrl = mediaUrl(s);
    if (!user.covertClearance)
        r.history = publicHistory(s);
    return reportToJson(r);
}

HubServer::Reply HubServer::apiLogin(const QHttpServerRequest &request,
                                     const QRegularExpressionMatch &)
{
    const auto body = jsonBody(request);
    if (!body || !body->value(QStringLiteral("user")).isString() ||
        !body->value(QStringLiteral("password")).isString())
        return apiError(400, QStringLiteral("bad_request"),
                        tr("Send {\"user\": \"…\", \"password\": \"…\"} as JSON."));
    const QString name = body->value(QStringLiteral("user")).toString();
    const QString password = body->value(QStringLiteral("password")).toString();
    const auto found = m_db.findUser(name);
    // Hash even for an unknown user, so the answer time does not tell which names exist.
    const PasswordHash dummy =
        found ? found->second
              : PasswordHash{QByteArray(16, 'x'), QByteArray(32, 'x'), defaultPasswordIterations};
    const bool ok = verifyPassword(password, dummy) && found;
    if (!ok)
        return apiError(401, QStringLiteral("bad_credentials"), tr("Wrong user name or password."));
    const HubUser &user = found->first;
    const QByteArray token = randomSecret(32);
    const QDateTime expires = m_clock.now().addSecs(sessionSeconds);
    if (!m_db.addSession(user.id, secretDigest(token), expires))
        return apiError(500, QStringLiteral("internal"), tr("The session could not be stored."));
    return json(QJsonDocument(QJsonObject{
        {QStringLiteral("token"), QString::fromLatin1(token)},
        {QStringLiteral("user"), user.name},
        {QStringLiteral("role"), user.role},
        {QStringLiteral("covert_clearance"), user.covertClearance},
        {QStringLiteral("expires_at"), toIsoUtc(expires)},
        {QStringLiteral("hub_id"), m_db.hubId()},
    }));
}

HubServer::Reply HubServer::apiLabels(const QHttpServerRequest &request,
                                      const QRegularExpressionMatch &)
{
    if (!bearerUser(request))
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    Reply r;
    r.body = m_policy.toJson();
    return r;
}

HubServer::Reply HubServer::apiChanges(const QHttpServerRequest &request,
                                       const QRegularExpressionMatch &)
{
    const auto user = bearerUser(request);
    if (!user)
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    const QUrlQuery q = request.query();
    qint64 since = 0;
    int limit = 500;
    if (q.hasQueryItem(QStringLiteral("since"))) {
        bool ok = false;
        since = q.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return apiError(400, QStringLiteral("bad_request"),
                            tr("since must be a sequence number (0 or more)."));
    }
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return apiError(400, QStringLiteral("bad_request"),
                            tr("limit must be a positive number."));
        limit = qMin(limit, maxChangesPage);
    }
    // One row more than asked tells whether there is more without a second query. The
    // counter is read in the same read transaction as the rows, so max_seq >= last_seq.
    if (!m_db.begin())
        return apiError(503, QStringLiteral("busy"), tr("The database is busy; try again."));
    auto rows = m_db.changesSince(since, limit + 1, user->covertClearance);
    const auto maxSeq = m_db.maxSeq(user->covertClearance);
    m_db.rollback();
    if (!rows || !maxSeq)
        return apiError(500, QStringLiteral("internal"), tr("The changes could not be read."));
    const bool more = rows->size() > limit;
    if (more)
        rows->resize(limit);
    // Written straight as JSON text (appendReportJson), not built as QJsonObjects first: a
    // page of thousands of reports is most of a first sync's work on the hub.
    Reply reply;
    QByteArray &body = reply.body;
    body.reserve(qsizetype(rows->size()) * 1536 + 256);
    body += "{\"changes\":[";
    qint64 last = since;
    bool first = true;
    for (StoredReport &s : *rows) {
        if (!first)
            body += ',';
        first = false;
        if (s.covert && !user->covertClearance) {
            // Sent at the seq it was hidden at: later covert changes leave no trace here.
            last = s.hiddenSeq;
            body += "{\"id\":\"" + QByteArray::number(s.report.id) +
                    "\",\"seq\":" + QByteArray::number(s.hiddenSeq) + ",\"removed\":true}";
        } else {
            last = s.report.seq;
            // As reportObject(): the hub's photo address, and no covert history without clearance.
            s.report.mediaUrl = mediaUrl(s);
            if (!user->covertClearance)
                s.report.history = publicHistory(s);
            appendReportJson(body, s.report);
        }
    }
    body += "],\"last_seq\":" + QByteArray::number(last) +
            ",\"more\":" + (more ? QByteArray("true") : QByteArray("false")) + ",\"hub_id\":";
    appendJsonString(body, m_db.hubId());
    body += ",\"max_seq\":" + QByteArray::number(*maxSeq) + '}';
    return reply;
}

HubServer::Reply HubServer::apiReport(const QHttpServerRequest &request,
                                      const QRegularExpressionMatch &m)
{
    const auto user = bearerUser(request);
    if (!user)
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    const auto s = m_db.loadReport(m.captured(1).toLongLong());
    if (!s || (s->covert && !user->covertClearance))
        return apiError(404, QStringLiteral("not_found"),
                        tr("No report with id %1.").arg(m.captured(1)));
    return json(QJsonDocument(reportObject(*s, *user)));
}

HubServer::Reply HubServer::apiAction(const QHttpServerRequest &request,
                                      const QRegularExpressionMatch &m)
{
    const auto user = bearerUser(request);
    if (!user)
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    QString key;
    for (const auto &h : request.headers())
        if (h.first.compare("idempotency-key", Qt::CaseInsensitive) == 0)
            key = QString::fromUtf8(h.second).trimmed();
    if (key.isEmpty() || key.size() > 100)
        return apiError(400, QStringLiteral("bad_request"),
                        tr("An Idempotency-Key header of 1-100 characters is required."));
    const auto body = jsonBody(request);
    const qint64 reportId = m.captured(1).toLongLong();
    // The key stands for one request: this report and this body (canonical JSON, so key order
    // and spacing do not matter).
    const QByteArray requestHash =
        body ? QCryptographicHash::hash(QJsonDocument(*body).toJson(QJsonDocument::Compact),
                                        QCryptographicHash::Sha256)
             : QByteArray();
    // A retry of an action that already succeeded gets the first answer, and nothing changes.
    if (const auto stored = m_db.idempotentAnswer(user->id, key)) {
        const bool legacy = stored->requestHash.isEmpty(); // stored before keys were tied
        if (!legacy && (stored->reportId != reportId || stored->requestHash != requestHash))
            return apiError(422, QStringLiteral("idempotency_key_reused"),
                            tr("Idempotency-Key reused for a different request."));
        Reply r;
        r.status = stored->status;
        r.body = stored->body;
        return r;
    }

    if (!body)
        return apiError(400, QStringLiteral("bad_request"), tr("The body must be a JSON object."));
    const auto type = ReportAction::typeFromCode(body->value(QStringLiteral("type")).toString());
    if (!type)
        return apiError(400, QStringLiteral("bad_request"),
                        tr("type must be \"assign\", \"status\", \"note\", \"duplicate\" or "
                           "\"after_photo\"."));
    ReportAction action;
    action.type = *type;
    action.text = body->value(QStringLiteral("text")).toString();
    if (action.text.size() > maxActionText)
        return apiError(400, QStringLiteral("bad_request"),
                        tr("text can have at most %1 characters.").arg(maxActionText));
    if (*type == ReportAction::Type::Assign) {
        const auto squad = squadFromCode(body->value(QStringLiteral("squad")).toString());
        if (!squad)
            return apiError(
                400, QStringLiteral("bad_request"),
                tr("squad must be a squad code (pink, white, orange, blue, yellow, red, covert)."));
        action.squad = *squad;
    } else if (*type == ReportAction::Type::ChangeStatus) {
        const auto status = statusFromCode(body->value(QStringLiteral("status")).toString());
        if (!status)
            return apiError(400, QStringLiteral("bad_request"),
                            tr("status must be a status code (baru, ditugaskan, …)."));
        action.status = *status;
    } else if (*type == ReportAction::Type::Duplicate) {
        const QJsonValue o = body->value(QStringLiteral("original"));
        bool ok = false;
        action.original = o.isString() ? o.toString().toLongLong(&ok) : o.toInteger(-1);
        if (o.isDouble())
            ok = o.toDouble() == double(action.original);
        if (!ok || action.original <= 0)
            return apiError(400, QStringLiteral("bad_request"),
                            tr("original must be the id of the report this one duplicates."));
    } else if (*type == ReportAction::Type::AfterPhoto) {
        const QJsonValue p = body->value(QStringLiteral("photo"));
        const QByteArray bytes =
            p.isString() ? QByteArray::fromBase64(p.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors)
                         : QByteArray();
        if (bytes.isEmpty())
            return apiError(400, QStringLiteral("bad_request"),
                            tr("photo must be the after photo as base64 (JPEG or PNG)."));
        // Decoded and re-encoded before the write transaction: it is the slow part.
        QString why;
        auto normalized = media::normalizeUpload(bytes, &why);
        if (!normalized)
            return apiError(400, QStringLiteral("bad_photo"), why);
        action.photo = std::move(normalized->jpeg);
    }
    const QJsonValue bv = body->value(QStringLiteral("base_version"));
    const bool hasVersion = bv.isDouble() && bv.toDouble() == double(bv.toInt()) && bv.toInt() >= 1;
    if (!hasVersion && (*type != ReportAction::Type::Note || !bv.isUndefined()))
        return apiError(400, QStringLiteral("bad_request"),
                        tr("base_version must be the report version the action was based on."));

    // Loaded, checked against base_version and written in one write transaction: a second
    // process writing the same database (a one-shot import) cannot slip in between.
    if (!m_db.beginWrite())
        return apiError(503, QStringLiteral("busy"), tr("The database is busy; try again."));
    HubDatabase::Transaction transaction(m_db);
    auto s = m_db.loadReport(reportId);
    if (!s || (s->covert && !user->covertClearance))
        return apiError(404, QStringLiteral("not_found"),
                        tr("No report with id %1.").arg(m.captured(1)));
    if (*type == ReportAction::Type::Assign && action.squad == Squad::Covert &&
        !user->covertClearance)
        return apiError(403, QStringLiteral("forbidden"),
                        tr("Only a role with covert clearance can assign the covert squad."));
    if (*type != ReportAction::Type::Note && bv.toInt() != s->report.version) {
        Reply r = json(QJsonDocument(QJsonObject{
                           {QStringLiteral("error"), QStringLiteral("conflict")},
                           {QStringLiteral("message"),
                            tr("The report changed since version %1; it is now at version %2.")
                                .arg(bv.toInt())
                                .arg(s->report.version)},
                           {QStringLiteral("report"), reportObject(*s, *user)}}),
                       409);
        return r;
    }
    if (*type == ReportAction::Type::Duplicate) {
        // The original must be a report this user may see: the same answer for a missing one
        // and a covert one, so a duplicate link cannot probe for covert reports.
        const auto original = m_db.loadReport(action.original);
        if (!original || (original->covert && !user->covertClearance))
            return apiError(422, QStringLiteral("refused"),
                            tr("There is no report #%1 to link to.").arg(action.original));
        if (const qint64 root = duplicateOriginal(original->report))
            return apiError(422, QStringLiteral("refused"),
                            tr("Report #%1 is itself a duplicate of #%2: link to #%2.")
                                .arg(action.original)
                                .arg(root));
        if (original->report.status == Status::Ditolak)
            return apiError(
                422, QStringLiteral("refused"),
                tr("Report #%1 was rejected; it cannot be an original.").arg(action.original));
    }
    const QDateTime now = m_clock.now();
    const Status before = s->report.status;
    if (*type == ReportAction::Type::AfterPhoto) {
        // Stored inside the transaction: a refused action leaves no photo behind.
        if (auto refusal = [&]() -> std::optional<QString> {
                Report probe = s->report;
                ReportAction a = action;
                a.photoPath = QStringLiteral("/media/0.jpg");
                return applyAction(probe, a, user->name, now);
            }())
            return apiError(422, QStringLiteral("refused"), *refusal);
        const auto photoId = m_db.addPhoto(action.photo, now, reportId);
        if (!photoId)
            return apiError(500, QStringLiteral("internal"), tr("The photo could not be stored."));
        action.photoPath = QStringLiteral("/media/%1.jpg").arg(*photoId);
        action.photo.clear();
    }
    if (auto refusal = applyAction(s->report, action, user->name, now))
        return apiError(422, QStringLiteral("refused"), *refusal);
    if (before != Status::Selesai && s->report.status == Status::Selesai) {
        // Suspiciously fast for its label: recorded with the change, for the supervisor.
        if (const auto fast = fastClosure(s->report, m_policy.find(s->report.label),
                                          m_policy.fastClosureShare(), now)) {
            HistoryEntry flag;
            flag.at = now;
            flag.actor = QStringLiteral("system");
            flag.kind = QStringLiteral("flag");
            flag.text = fastClosureFlagText(*fast);
            s->report.history.push_back(flag);
        }
    }
    s->covert = reportIsCovert(s->report, m_policy);

    bool ok = m_db.updateReport(*s);
    const Reply result =
        json(QJsonDocument(QJsonObject{{QStringLiteral("report"), reportObject(*s, *user)}}));
    ok = ok && m_db.storeIdempotentAnswer(user->id, key,
                                          {result.status, result.body, reportId, requestHash},
                                          m_clock.now());
    if (!ok || !transaction.commit())
        return apiError(500, QStringLiteral("internal"), tr("The action could not be stored."));
    return result;
}

HubServer::Reply HubServer::presenceAnswer(qint64 report, const HubUser &user,
                                           const QByteArray &session)
{
    bool ok = false;
    const auto covert = m_db.reportCovert(report, &ok);
    if (!ok)
        return apiError(500, QStringLiteral("internal"), tr("The report could not be read."));
    // As apiReport: an uncleared role cannot tell a covert report from a missing one, and so
    // never sees who has a covert report open.
    if (!covert || (*covert && !user.covertClearance))
        return apiError(404, QStringLiteral("not_found"), tr("No report with id %1.").arg(report));
    QJsonArray viewers;
    for (const PresenceBoard::Viewer &v : m_presence.viewers(report, session))
        viewers.append(QJsonObject{{QStringLiteral("user"), v.user},
                                   {QStringLiteral("since"), toIsoUtc(v.since)}});
    return json(QJsonDocument(QJsonObject{{QStringLiteral("viewers"), viewers},
                                          {QStringLiteral("ttl"), PresenceBoard::ttlSeconds}}));
}

HubServer::Reply HubServer::apiPresence(const QHttpServerRequest &request,
                                        const QRegularExpressionMatch &)
{
    QByteArray session;
    const auto user = bearerUser(request, &session);
    if (!user)
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    const auto body = jsonBody(request);
    if (!body || !body->contains(QStringLiteral("report")))
        return apiError(400, QStringLiteral("bad_request"),
                        tr("Send {\"report\": \"ID\"} (the open report) or {\"report\": null} "
                           "(none) as JSON."));
    const QJsonValue value = body->value(QStringLiteral("report"));
    if (value.isNull()) {
        m_presence.remove(session);
        return json(QJsonDocument(QJsonObject{{QStringLiteral("viewers"), QJsonArray()},
                                              {QStringLiteral("ttl"), PresenceBoard::ttlSeconds}}));
    }
    const qint64 report = reportIdFrom(value);
    if (report <= 0)
        return apiError(400, QStringLiteral("bad_request"),
                        tr("report must be a report id (a positive whole number, as a string or "
                           "a number) or null."));
    Reply answer = presenceAnswer(report, *user, session);
    if (answer.status != 200) {
        // Whatever was open before is not any more; nothing is recorded for a report the user
        // may not see. (A database error leaves the entry: the next heartbeat tries again.)
        if (answer.status == 404)
            m_presence.remove(session);
        return answer;
    }
    if (!m_presence.update(session, user->name, report))
        return apiError(503, QStringLiteral("busy"),
                        tr("Too many sessions have a report open on this hub; try again later."));
    return answer;
}

HubServer::Reply HubServer::apiViewers(const QHttpServerRequest &request,
                                       const QRegularExpressionMatch &m)
{
    QByteArray session;
    const auto user = bearerUser(request, &session);
    if (!user)
        return apiError(401, QStringLiteral("unauthorized"),
                        tr("Log in first (Authorization: Bearer TOKEN)."));
    const qint64 report = reportIdFrom(QJsonValue(m.captured(1)));
    if (report <= 0)
        return apiError(400, QStringLiteral("bad_request"),
                        tr("The report id must be a positive whole number."));
    return presenceAnswer(report, *user, session);
}

} // namespace posko
