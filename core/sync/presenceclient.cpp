// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/presenceclient.h"

#include "core/sync/syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace posko {

namespace {

constexpr int transferTimeoutMs = 10000;

QNetworkRequest presenceRequest(const Session &session)
{
    QUrl url = session.hub;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/presence"));
    url.setQuery(QString());
    QNetworkRequest req(url);
    req.setTransferTimeout(transferTimeoutMs);
    // A redirect could carry the bearer token to another origin (as SyncClient).
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Posko/%1").arg(QLatin1String(POSKO_VERSION)));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    req.setRawHeader("Authorization", "Bearer " + session.token.toUtf8());
    return req;
}

} // namespace

PresenceClient::PresenceClient(SyncClient &sync, QObject *parent) : QObject(parent), m_sync(sync)
{
    qRegisterMetaType<posko::PresenceViewer>();
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(defaultDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PresenceClient::send);
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(defaultHeartbeatMs);
    connect(m_heartbeat, &QTimer::timeout, this, &PresenceClient::send);
    m_stale = new QTimer(this);
    m_stale->setSingleShot(true);
    m_stale->setInterval(defaultTtlSeconds * 1000);
    connect(m_stale, &QTimer::timeout, this, [this] { setViewers({}); });

    connect(&m_sync, &SyncClient::sessionExpired, this, &PresenceClient::stop);
    connect(&m_sync, &SyncClient::loggedIn, this, [this] {
        // A new session: the old one's entry on the hub expires by itself.
        m_stopped = false;
        m_onHub = false;
        if (m_report != 0)
            send();
    });
}

PresenceClient::~PresenceClient()
{
    abortRequest();
}

void PresenceClient::setHeartbeatInterval(int ms)
{
    m_heartbeat->setInterval(qMax(1, ms));
}

int PresenceClient::heartbeatInterval() const
{
    return m_heartbeat->interval();
}

void PresenceClient::setDebounceInterval(int ms)
{
    m_debounce->setInterval(qMax(0, ms));
}

void PresenceClient::setOpenReport(qint64 reportId)
{
    reportId = qMax<qint64>(0, reportId);
    if (reportId == m_report)
        return;
    m_report = reportId;
    // Whoever had the previous report open says nothing about this one.
    m_heartbeat->stop();
    m_stale->stop();
    abortRequest();
    setViewers({});
    m_debounce->start();
}

bool PresenceClient::leave()
{
    m_debounce->stop();
    m_heartbeat->stop();
    m_stale->stop();
    abortRequest();
    m_report = 0;
    setViewers({});
    if (m_stopped || !m_onHub || !m_sync.session().isValid() || !m_sync.network())
        return false;
    send();
    return bool(m_reply);
}

void PresenceClient::abortRequest()
{
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void PresenceClient::send()
{
    m_debounce->stop();
    const Session session = m_sync.session();
    QNetworkAccessManager *nam = m_sync.network();
    if (m_stopped || !session.isValid() || !nam)
        return;
    if (m_report == 0 && !m_onHub)
        return; // nothing to close
    // One request at a time: a newer one supersedes an answer still on its way.
    abortRequest();
    const qint64 report = m_report;
    const QJsonValue value =
        report == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::number(report));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("report"), value}})
                                .toJson(QJsonDocument::Compact);
    // Closing is said once, whatever becomes of it: an entry left behind expires on the hub.
    m_onHub = report != 0;
    QNetworkReply *reply = nam->put(presenceRequest(session), body);
    reply->setParent(this);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, report] { onAnswer(reply, report); });
    if (report != 0 && !m_heartbeat->isActive())
        m_heartbeat->start();
}

void PresenceClient::onAnswer(QNetworkReply *reply, qint64 reportId)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    if (reportId == 0) {
        emit left();
        return;
    }
    if (reportId != m_report)
        return;
    // A transfer cut short is no answer, whatever its status line said.
    const QNetworkReply::NetworkError error = reply->error();
    const int status = error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied
                           ? 0
                           : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 401) {
        stop();
        return;
    }
    if (status == 200) {
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue list = o.value(QStringLiteral("viewers"));
        if (!list.isArray())
            return; // not an answer this client understands: as no answer
        QVector<PresenceViewer> viewers;
        for (const QJsonValue &v : list.toArray()) {
            const QString user = v.toObject().value(QStringLiteral("user")).toString();
            if (user.isEmpty())
                continue;
            QDateTime since = QDateTime::fromString(
                v.toObject().value(QStringLiteral("since")).toString(), Qt::ISODate);
            if (since.isValid())
                since = since.toUTC();
            viewers.push_back({user, since});
        }
        setViewers(viewers);
        // Valid for the hub's TTL (a sane one), then unknown unless a newer answer came.
        const int ttl = o.value(QStringLiteral("ttl")).toInt(defaultTtlSeconds);
        m_stale->start(qBound(1, ttl, 3600) * 1000);
        return;
    }
    // 404 (the report is gone or hidden from this user) and other refusals: the hub has no
    // viewers to tell. No answer, 5xx and the like: the list stays until the TTL passes, and
    // the next heartbeat tries again.
    if (status >= 400 && status < 500 && status != 408 && status != 425 && status != 429)
        setViewers({});
}

void PresenceClient::setViewers(const QVector<PresenceViewer> &viewers)
{
    if (viewers == m_viewers)
        return;
    m_viewers = viewers;
    if (viewers.isEmpty())
        m_stale->stop();
    emit viewersChanged(m_report, m_viewers);
}

void PresenceClient::stop()
{
    m_stopped = true;
    m_debounce->stop();
    m_heartbeat->stop();
    abortRequest();
    setViewers({});
}

} // namespace posko
