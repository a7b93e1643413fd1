// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/hubserver.h"
#include "core/hub/tileroutes.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace posko {

bool reportIsCovert(const Report &r, const LabelPolicy &policy)
{
    return isCovertRouting(r.squad, policy.find(r.label));
}

QVector<HistoryEntry> publicHistory(const StoredReport &s)
{
    const QString covert = squadCode(Squad::Covert);
    QVector<HistoryEntry> out;
    const QVector<HistoryEntry> &all = s.report.history;
    for (qsizetype i = 0; i < all.size(); ++i) {
        // An entry without a flag (not stored yet) counts as written in the current routing.
        const bool hidden = i < s.historyCovert.size() ? s.historyCovert[i] : s.covert;
        if (!hidden && all[i].squad != covert)
            out.push_back(all[i]);
    }
    return out;
}

HubServer::HubServer(HubDatabase &db, LabelPolicy policy, const Clock &clock, QObject *parent)
    : QAbstractHttpServer(parent), m_db(db), m_policy(std::move(policy)), m_clock(clock),
      m_areas(AreaCatalog::builtIn()), m_places(m_areas), m_presence(clock)
{
    using M = QHttpServerRequest::Method;
    addRoute(M::Get, QStringLiteral("/open311/v2/services\\.json"), &HubServer::open311Services);
    addRoute(M::Post, QStringLiteral("/open311/v2/requests\\.json"), &HubServer::open311Post);
    addRoute(M::Get, QStringLiteral("/open311/v2/requests\\.json"), &HubServer::open311List);
    addRoute(M::Get, QStringLiteral("/open311/v2/requests/([^/]+)\\.json"), &HubServer::open311One);
    addRoute(M::Post, QStringLiteral("/open311/v2/requests/([0-9]{1,18})/dispute\\.json"),
             &HubServer::open311Dispute);
    addRoute(M::Get, QStringLiteral("/media/([0-9]{1,18})\\.jpg"), &HubServer::media);
    addRoute(M::Post, QStringLiteral("/api/v1/login"), &HubServer::apiLogin);
    addRoute(M::Get, QStringLiteral("/api/v1/labels"), &HubServer::apiLabels);
    addRoute(M::Get, QStringLiteral("/api/v1/changes"), &HubServer::apiChanges);
    addRoute(M::Get, QStringLiteral("/api/v1/reports/([0-9]{1,18})"), &HubServer::apiReport);
    addRoute(M::Post, QStringLiteral("/api/v1/reports/([0-9]{1,18})/actions"),
             &HubServer::apiAction);
    addRoute(M::Put, QStringLiteral("/api/v1/presence"), &HubServer::apiPresence);
    // Any id here, so a malformed one gets a 400 that says so rather than "no such resource".
    addRoute(M::Get, QStringLiteral("/api/v1/reports/([^/]+)/viewers"), &HubServer::apiViewers);
}

void HubServer::addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler)
{
    m_routes.push_back(
        {method, QRegularExpression(QRegularExpression::anchoredPattern(pattern)), handler});
}

bool HubServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    // Tiles may be answered later (a proxied upstream), so they bypass the Reply table.
    if (m_tiles && TileRoutes::handles(path)) {
        m_tiles->serve(request, socket);
        return true;
    }
    bool pathKnown = false;
    for (const Route &r : m_routes) {
        const auto m = r.path.match(path);
        if (!m.hasMatch())
            continue;
        pathKnown = true;
        if (r.method != request.method())
            continue;
        write(request, socket, (this->*r.handler)(request, m));
        return true;
    }
    const QString what =
        pathKnown
            ? QCoreApplication::translate("posko::HubServer", "Method not allowed on %1.").arg(path)
            : QCoreApplication::translate("posko::HubServer", "No such resource: %1.").arg(path);
    const int status = pathKnown ? 405 : 404;
    if (path.startsWith(QStringLiteral("/api/")))
        write(
            request, socket,
            apiError(status,
                     pathKnown ? QStringLiteral("method_not_allowed") : QStringLiteral("not_found"),
                     what));
    else
        write(request, socket, open311Error(status, what));
    return true;
}

void HubServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    write(request, socket,
          open311Error(404, QCoreApplication::translate("posko::HubServer", "Not found.")));
}

void HubServer::write(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    auto responder = makeResponder(request, socket);
    responder.write(reply.body,
                    {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}},
                    static_cast<QHttpServerResponder::StatusCode>(reply.status));
}

HubServer::Reply HubServer::open311Error(int status, const QString &description)
{
    return json(
        QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("code"), status},
                                             {QStringLiteral("description"), description}}}),
        status);
}

HubServer::Reply HubServer::apiError(int status, const QString &code, const QString &message)
{
    return json(QJsonDocument(QJsonObject{{QStringLiteral("error"), code},
                                          {QStringLiteral("message"), message}}),
                status);
}

HubServer::Reply HubServer::json(const QJsonDocument &doc, int status)
{
    Reply r;
    r.status = status;
    r.body = doc.toJson(QJsonDocument::Compact);
    return r;
}

QString HubServer::mediaUrl(const StoredReport &s) const
{
    if (s.photoId > 0) {
        QUrl u = m_publicUrl;
        u.setPath(u.path().chopped(u.path().endsWith(QLatin1Char('/')) ? 1 : 0) +
                  QStringLiteral("/media/%1.jpg").arg(s.photoId));
        return u.toString();
    }
    return s.externalMediaUrl;
}

HubServer::Reply HubServer::media(const QHttpServerRequest &request,
                                  const QRegularExpressionMatch &m)
{
    const qint64 id = m.captured(1).toLongLong();
    const auto covert = m_db.photoIsCovert(id);
    const QString missing = QCoreApplication::translate("posko::HubServer", "No such photo.");
    if (!covert)
        return open311Error(404, missing);
    if (*covert) {
        // Same answer as for a missing photo: a covert report's existence must not leak.
        const auto user = bearerUser(request);
        if (!user || !user->covertClearance)
            return open311Error(404, missing);
    }
    Reply r;
    r.body = m_db.photo(id);
    if (r.body.isEmpty())
        return open311Error(404, missing);
    r.contentType = "image/jpeg";
    return r;
}

} // namespace posko
