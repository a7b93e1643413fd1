// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/clock.h"
#include "core/domain/labelpolicy.h"
#include "core/hub/hubdatabase.h"
#include "core/hub/placefinder.h"
#include "core/hub/presence.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace posko {

class TileRoutes;

// The hub's HTTP front (docs/api.md): Open311 GeoReport v2 for citizens and public tools, the
// operator API for workstations, and photos. Routes are a small table of method + path regex,
// which keeps every endpoint a plain member function instead of Qt's template route() API.
// All requests are served on the thread that owns the server, one at a time, so a request's
// database transaction never interleaves with another's.
class HubServer final : public QAbstractHttpServer
{
    Q_OBJECT

public:
    HubServer(HubDatabase &db, LabelPolicy policy, const Clock &clock, QObject *parent = nullptr);

    // Base of absolute URLs in answers (media_url), e.g. http://127.0.0.1:8080.
    void setPublicUrl(const QUrl &url) { m_publicUrl = url; }
    QUrl publicUrl() const { return m_publicUrl; }
    // The tile service under /tiles (tileroutes.h), when --tiles configured any source.
    void setTileRoutes(TileRoutes *tiles) { m_tiles = tiles; }

    // An answer before it is written: kept as a value so idempotent answers can be stored.
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json; charset=utf-8";
    };

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Handler = Reply (HubServer::*)(const QHttpServerRequest &,
                                         const QRegularExpressionMatch &);
    struct Route
    {
        QHttpServerRequest::Method method;
        QRegularExpression path;
        Handler handler;
    };
    void addRoute(QHttpServerRequest::Method method, const QString &pattern, Handler handler);
    void write(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);

    // Error shapes of the two APIs.
    static Reply open311Error(int status, const QString &description);
    static Reply apiError(int status, const QString &code, const QString &message);
    static Reply json(const QJsonDocument &doc, int status = 200);

    // Open311 (open311api.cpp).
    Reply open311Services(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply open311Post(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply open311List(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply open311One(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply open311Dispute(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply media(const QHttpServerRequest &, const QRegularExpressionMatch &);
    QJsonObject open311Object(const StoredReport &s) const;

    // Operator API (operatorapi.cpp).
    Reply apiLogin(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiLabels(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiChanges(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiReport(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiAction(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiPresence(const QHttpServerRequest &, const QRegularExpressionMatch &);
    Reply apiViewers(const QHttpServerRequest &, const QRegularExpressionMatch &);
    // The session's user; `tokenDigest` (if given) receives the session's key.
    std::optional<HubUser> bearerUser(const QHttpServerRequest &request,
                                      QByteArray *tokenDigest = nullptr) const;
    // The presence answer for `report` as `user` sees it, without `session` itself: 404 for an
    // unknown report and for a covert one without clearance (so a covert report's viewers are
    // never listed to an uncleared user), else {"viewers": [...], "ttl": 45}. The one place
    // that lists viewers.
    Reply presenceAnswer(qint64 report, const HubUser &user, const QByteArray &session);
    // The report object for `user`: for a role without clearance, publicHistory() only.
    QJsonObject reportObject(const StoredReport &s, const HubUser &user) const;

    QString mediaUrl(const StoredReport &s) const;

    HubDatabase &m_db;
    LabelPolicy m_policy;
    const Clock &m_clock;
    AreaCatalog m_areas;
    PlaceFinder m_places;
    QUrl m_publicUrl;
    QVector<Route> m_routes;
    TileRoutes *m_tiles = nullptr;
    PresenceBoard m_presence; // who has which report open (in memory, presence.h)
};

// Shared by both APIs: the report's covert flag from the rules in core/domain.
bool reportIsCovert(const Report &r, const LabelPolicy &policy);

// The history an uncleared role and Open311 may see: without entries written while the report
// was covert-routed, and without any entry naming the covert squad.
QVector<HistoryEntry> publicHistory(const StoredReport &s);

} // namespace posko
