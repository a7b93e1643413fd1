// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncclient.h"

#include "core/storage/replica.h"
#include "core/sync/reportjson.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <functional>
#include <utility>

namespace posko {

namespace {

constexpr qint64 maxPhotoBytes = 16 * 1024 * 1024; // the hub accepts 8 MiB uploads

int httpStatus(const QNetworkReply *reply)
{
    // A transfer cut short (reset, closed before the promised length, timed out) is no answer,
    // whatever its status line said: the body cannot be trusted. Errors from 201 on are the
    // HTTP status codes themselves and keep them.
    const QNetworkReply::NetworkError e = reply->error();
    if (e != QNetworkReply::NoError && e < QNetworkReply::ContentAccessDenied)
        return 0;
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

// No definite answer: nothing reached the hub, or it said "not now" (5xx, 408 Request Timeout,
// 425 Too Early, 429 Too Many Requests). The same request may succeed later; everything else
// in 4xx is the hub's final word on it.
bool isTransient(int status)
{
    return status == 0 || status >= 500 || status == 408 || status == 425 || status == 429;
}

// Retry-After in seconds (the HTTP-date form is not used by Posko hubs), as milliseconds; 0 if
// absent. Capped at an hour so a confused server cannot park the workstation for days.
int retryAfterMs(const QNetworkReply *reply)
{
    bool ok = false;
    const int secs = reply->rawHeader("Retry-After").trimmed().toInt(&ok);
    return ok && secs > 0 ? qMin(secs, 3600) * 1000 : 0;
}

// The hub's {"error": …, "message": …}; falls back to the HTTP reason.
QString hubMessage(const QJsonObject &body, const QNetworkReply *reply)
{
    const QString message = body.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    return QCoreApplication::translate("posko::SyncClient", "The hub answered %1 %2.")
        .arg(httpStatus(reply))
        .arg(reason)
        .trimmed();
}

QJsonObject jsonObject(const QByteArray &body, bool *ok)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    *ok = err.error == QJsonParseError::NoError && doc.isObject();
    return doc.object();
}

// Errors that will not go away by waiting: the connection itself is wrong (see
// SyncClient::Failure::Configuration).
bool isMisconfigured(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// A redirect that reached us was not followed (a POST, another origin, too many): the hub's
// address is wrong, not the request.
bool isRedirect(int status)
{
    return status >= 300 && status < 400;
}

QString misconfigured(const QUrl &hub, const QNetworkReply *reply, int status)
{
    const QString detail =
        isRedirect(status)
            ? QCoreApplication::translate("posko::SyncClient", "redirected (%1) to %2")
                  .arg(status)
                  .arg(reply->attribute(QNetworkRequest::RedirectionTargetAttribute)
                           .toUrl()
                           .toDisplayString(QUrl::RemoveUserInfo))
            : reply->errorString();
    return QCoreApplication::translate(
               "posko::SyncClient",
               "The connection to the hub at %1 is misconfigured: %2. Syncing is retried, but "
               "an administrator must check the hub address, its redirects and its certificate.")
        .arg(hub.toDisplayString(QUrl::RemoveUserInfo), detail);
}

QString unreachable(const QUrl &hub, const QNetworkReply *reply)
{
    return QCoreApplication::translate("posko::SyncClient", "The hub at %1 cannot be reached: %2")
        .arg(hub.toDisplayString(QUrl::RemoveUserInfo), reply->errorString());
}

// Times shown to the operator are WIB (UTC+7, no daylight saving).
QString wib(const QDateTime &t)
{
    return t.toOffsetFromUtc(7 * 3600).toString(QStringLiteral("yyyy-MM-dd HH:mm")) +
           QStringLiteral(" WIB");
}

// What a history entry did, in a few words for the operator.
QString whatChanged(const HistoryEntry &h)
{
    if (h.kind == QLatin1String("assign")) {
        if (const auto squad = squadFromCode(h.squad))
            return QCoreApplication::translate("posko::SyncClient", "assigned to %1")
                .arg(squadName(*squad));
    } else if (h.kind == QLatin1String("status")) {
        if (const auto status = statusFromCode(h.status))
            return QCoreApplication::translate("posko::SyncClient", "status set to %1")
                .arg(statusName(*status));
    } else if (h.kind == QLatin1String("note")) {
        return QCoreApplication::translate("posko::SyncClient", "note added");
    } else if (h.kind == QLatin1String("duplicate")) {
        return QCoreApplication::translate("posko::SyncClient", "marked as a duplicate of #%1")
            .arg(h.text);
    } else if (h.kind == QLatin1String("after_photo")) {
        return QCoreApplication::translate("posko::SyncClient", "after photo added");
    } else if (h.kind == QLatin1String("dispute")) {
        return QCoreApplication::translate("posko::SyncClient", "disputed by the citizen");
    }
    return h.kind;
}

QJsonObject actionBody(const OutboxItem &item)
{
    QJsonObject o{{QStringLiteral("type"), ReportAction::typeCode(item.action.type)},
                  {QStringLiteral("base_version"), item.baseVersion}};
    switch (item.action.type) {
    case ReportAction::Type::Assign:
        o.insert(QStringLiteral("squad"), squadCode(item.action.squad));
        break;
    case ReportAction::Type::ChangeStatus:
        o.insert(QStringLiteral("status"), statusCode(item.action.status));
        o.insert(QStringLiteral("text"), item.action.text);
        break;
    case ReportAction::Type::Note:
        o.insert(QStringLiteral("text"), item.action.text);
        break;
    case ReportAction::Type::Duplicate:
        o.insert(QStringLiteral("original"), QString::number(item.action.original));
        break;
    case ReportAction::Type::AfterPhoto:
        o.insert(QStringLiteral("photo"), QString::fromLatin1(item.action.photo.toBase64()));
        break;
    }
    return o;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

} // namespace

SyncClient::SyncClient(Replica &replica, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_replica(replica), m_nam(nam)
{
    qRegisterMetaType<posko::Session>();
}

QNetworkAccessManager *SyncClient::network() const
{
    return m_nam;
}

QNetworkReply *SyncClient::track(QNetworkReply *reply)
{
    // Owned by this client, so a reply never outlives the replica it writes into.
    reply->setParent(this);
    return reply;
}

QNetworkRequest SyncClient::apiRequest(const QString &path, const QString &query) const
{
    QUrl url = m_session.hub;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/") + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    // A redirect could carry the bearer token to another origin.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    req.setHeader(QNetworkRequest::UserAgentHeader,
                  QStringLiteral("Posko/%1").arg(QLatin1String(POSKO_VERSION)));
    if (!m_session.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_session.token.toUtf8());
    return req;
}

// --- login -----------------------------------------------------------------------------------

void SyncClient::login(const QUrl &hub, const QString &user, const QString &password)
{
    if (!m_nam) {
        emit loginFailed(QCoreApplication::translate("posko::SyncClient", "No network access."));
        return;
    }
    m_session = Session{};
    m_session.hub = hub;
    QNetworkRequest req = apiRequest(QStringLiteral("login"));
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("user"), user},
                                                      {QStringLiteral("password"), password}})
                                .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = track(m_nam->post(req, body));
    connect(reply, &QNetworkReply::finished, this, [this, reply, hub] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        auto fail = [this](Failure why, const QString &message) {
            m_lastFailure = why;
            m_session = Session{};
            emit loginFailed(message);
        };
        if ((status == 0 && isMisconfigured(reply)) || isRedirect(status))
            return fail(Failure::Configuration, misconfigured(hub, reply, status));
        if (status == 0)
            return fail(Failure::Network, unreachable(hub, reply));
        if (isTransient(status)) // busy or down for a moment: try again later, like no answer
            return fail(Failure::Network, hubMessage({}, reply));
        bool ok = false;
        const QJsonObject o = jsonObject(reply->readAll(), &ok);
        if (status == 401)
            return fail(
                Failure::Authentication,
                QCoreApplication::translate("posko::SyncClient", "Wrong user name or password."));
        if (status != 200)
            return fail(Failure::Protocol, hubMessage(o, reply));
        Session s;
        s.hub = hub;
        s.token = o.value(QStringLiteral("token")).toString();
        s.user = o.value(QStringLiteral("user")).toString();
        s.role = o.value(QStringLiteral("role")).toString();
        s.covertClearance = o.value(QStringLiteral("covert_clearance")).toBool();
        s.expiresAt = fromIsoUtc(o.value(QStringLiteral("expires_at")).toString());
        if (!ok || s.token.isEmpty() || s.user.isEmpty() || s.role.isEmpty())
            return fail(
                Failure::Protocol,
                QCoreApplication::translate("posko::SyncClient",
                                            "The server at %1 answered, but not like a Posko hub.")
                    .arg(hub.toDisplayString(QUrl::RemoveUserInfo)));
        m_session = s;
        QString error;
        if (!adoptLogin(o.value(QStringLiteral("hub_id")).toString(), &error))
            return fail(Failure::Storage, error);
        m_lastFailure = Failure::None;
        if (m_autoTimer && m_intervalMs > 0) {
            m_retry.reset();
            m_autoTimer->start(0); // a caller that syncs on loggedIn makes this a no-op
        }
        emit loggedIn(m_session);
    });
}

bool SyncClient::adoptLogin(const QString &hubId, QString *error)
{
    // Before anything else reads the replica under this session: a user without clearance
    // must not keep reports received with it (the feed would only go on from last_seq).
    if (!m_session.covertClearance && m_replica.needsClearancePurge() &&
        !resetReplica(false,
                      QCoreApplication::translate(
                          "posko::SyncClient",
                          "Covert clearance was withdrawn: the local copy of the reports was "
                          "deleted and is synced again from the hub."),
                      error))
        return false;
    if (!m_replica.setCovertClearance(m_session.covertClearance)) {
        *error = QCoreApplication::translate("posko::SyncClient", "Cannot write to the replica.");
        return false;
    }
    bool wasReset = false;
    return checkHub(hubId, std::nullopt, &wasReset, error);
}

bool SyncClient::checkHub(const QString &hubId, std::optional<qint64> maxSeq, bool *wasReset,
                          QString *error)
{
    // Older hubs send neither field: nothing to compare, nothing changes.
    const QString known = m_replica.hubId();
    const bool otherHub = !hubId.isEmpty() && !known.isEmpty() && hubId != known;
    const bool behind = maxSeq && *maxSeq < m_replica.lastSeq();
    *wasReset = otherHub || behind;
    if (*wasReset &&
        !resetReplica(true,
                      QCoreApplication::translate(
                          "posko::SyncClient",
                          "The hub was reset or restored from a backup: the local copy of the "
                          "reports was deleted and is synced again; pending actions were not "
                          "sent."),
                      error))
        return false;
    if (!hubId.isEmpty() && hubId != known && !m_replica.setHubId(hubId)) {
        *error = QCoreApplication::translate("posko::SyncClient", "Cannot write to the replica.");
        return false;
    }
    return true;
}

bool SyncClient::resetReplica(bool hubReset, const QString &message, QString *error)
{
    const auto reset = m_replica.resetReports(
        hubReset ? Replica::Reset::HubReset : Replica::Reset::ClearanceRevoked, error);
    if (!reset)
        return false;
    // A checkpoint blocked by a reader is retried at the end of the next sync (purgeDue()).
    m_checkpointDue = m_checkpointDue || !reset->traceFree;
    if (!reset->removed.isEmpty())
        emit reportsRemoved(reset->removed);
    emit outboxChanged();
    emit replicaReset(message);
    return true;
}

// --- sync ------------------------------------------------------------------------------------

void SyncClient::syncNow()
{
    if (m_syncing) {
        // An action queued while this sync runs goes out right after it, not at the next
        // scheduled sync (the push list was taken when this one started).
        m_syncAgain = true;
        return;
    }
    m_syncAgain = false;
    if (!m_nam || !m_session.isValid()) {
        m_lastFailure = Failure::Authentication;
        emit syncFailed(
            QCoreApplication::translate("posko::SyncClient", "Log in to the hub before syncing."));
        return;
    }
    if (m_autoTimer)
        m_autoTimer->stop(); // scheduled again when this sync ends
    m_syncing = true;
    m_pushed = 0;
    m_received = 0;
    m_removed = 0;
    m_checkpointDue = false;
    ++m_generation;
    m_pullTimer.invalidate();
    m_toPush.clear();
    for (const OutboxItem &item : m_replica.pendingItems())
        m_toPush.push_back(item.id);
    emit syncStarted();
    pushNext();
}

void SyncClient::startAutoSync(int intervalMs)
{
    m_intervalMs = qMax(1, intervalMs);
    if (!m_autoTimer) {
        m_autoTimer = new QTimer(this);
        m_autoTimer->setSingleShot(true);
        // A coarse timer may fire 5% early: a hub's Retry-After is a floor, not a hint.
        m_autoTimer->setTimerType(Qt::PreciseTimer);
        connect(m_autoTimer, &QTimer::timeout, this, &SyncClient::syncNow);
    }
    m_retry.reset();
    if (!m_syncing)
        m_autoTimer->start(m_intervalMs);
}

void SyncClient::stopAutoSync()
{
    if (m_autoTimer)
        m_autoTimer->stop();
    m_intervalMs = 0;
}

void SyncClient::requestSync()
{
    if (m_retry.failures() > 0 && m_autoTimer && m_autoTimer->isActive())
        return;
    syncNow();
}

int SyncClient::nextSyncInMs() const
{
    return m_autoTimer && m_autoTimer->isActive() ? m_autoTimer->remainingTime() : -1;
}

void SyncClient::scheduleNext(bool failed)
{
    if (!m_autoTimer || m_intervalMs <= 0)
        return;
    if (!failed) {
        m_retry.reset();
        m_autoTimer->start(m_intervalMs);
    } else if (m_lastFailure == Failure::Authentication) {
        // Nothing to gain from retrying with a dead token; loggedIn starts again.
        m_autoTimer->stop();
    } else {
        m_autoTimer->start(qMax(m_retry.nextDelayMs(), m_retryAfterMs));
    }
    m_retryAfterMs = 0;
}

void SyncClient::failSync(Failure why, const QString &message)
{
    m_syncing = false;
    m_lastFailure = why;
    m_toPush.clear();
    ++m_generation; // pages of this sync still on the ingest thread are dropped
    cancelPageRequest();
    scheduleNext(true);
    if (why == Failure::Authentication)
        emit sessionExpired();
    emit syncFailed(message);
}

bool SyncClient::endsSync(QNetworkReply *reply, int status)
{
    if ((status == 0 && isMisconfigured(reply)) || isRedirect(status)) {
        failSync(Failure::Configuration, misconfigured(m_session.hub, reply, status));
        return true;
    }
    if (isTransient(status)) {
        m_retryAfterMs = retryAfterMs(reply);
        failSync(Failure::Network,
                 status == 0 ? unreachable(m_session.hub, reply) : hubMessage({}, reply));
        return true;
    }
    if (status == 401) {
        failSync(Failure::Authentication,
                 QCoreApplication::translate(
                     "posko::SyncClient",
                     "The session has expired; log in again. Pending changes are kept."));
        return true;
    }
    return false;
}

void SyncClient::pushNext()
{
    while (!m_toPush.isEmpty()) {
        const auto item = m_replica.outboxItem(m_toPush.takeFirst());
        // A rebase or an earlier refusal may have settled it since the snapshot.
        if (!item || item->state != OutboxItem::State::Pending)
            continue;
        QNetworkRequest req = apiRequest(QStringLiteral("reports/%1/actions").arg(item->reportId));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Idempotency-Key", item->idempotencyKey.toUtf8());
        QNetworkReply *reply = track(
            m_nam->post(req, QJsonDocument(actionBody(*item)).toJson(QJsonDocument::Compact)));
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, it = *item] { onPushed(reply, it); });
        return;
    }
    fetchLabels();
}

void SyncClient::onPushed(QNetworkReply *reply, const OutboxItem &item)
{
    reply->deleteLater();
    const int status = httpStatus(reply);
    if (isTransient(status) || isRedirect(status)) {
        // No definite answer: the same key goes again next time and the hub dedups it.
        m_replica.noteAttempt(item.id);
        emit outboxChanged();
    }
    if (endsSync(reply, status))
        return;
    bool ok = false;
    const QByteArray raw = reply->readAll();
    const QJsonObject body = jsonObject(raw, &ok);
    QString error;
    auto hubReport = [&]() -> std::optional<Report> {
        return reportFromJson(body.value(QStringLiteral("report")).toObject(), &error);
    };
    if (status == 200) {
        const auto report = hubReport();
        if (!report) {
            // Sent again with the same key next time; the hub answers with its first answer.
            m_replica.noteAttempt(item.id);
            emit outboxChanged();
            return failSync(
                Failure::Protocol,
                QCoreApplication::translate("posko::SyncClient",
                                            "The hub's answer to an action cannot be read: %1")
                    .arg(error));
        }
        if (!m_replica.markSent(item.id, *report, &error))
            return failSync(Failure::Storage, error);
        ++m_pushed;
        emit outboxChanged();
        emit reportsUpdated({report->id});
        return pushNext();
    }
    // A refusal that says it is JSON but cannot be read was damaged on the way (the hub's
    // answers always parse): no definite answer, sent again with the same key, so the operator
    // gets the hub's reason (who changed it, when) rather than a bare status. A refusal that is
    // not JSON at all (a proxy's HTML page) is taken as it is.
    if (!ok && reply->header(QNetworkRequest::ContentTypeHeader)
                   .toString()
                   .startsWith(QStringLiteral("application/json"))) {
        m_replica.noteAttempt(item.id);
        emit outboxChanged();
        QJsonParseError parseError{};
        (void)QJsonDocument::fromJson(raw, &parseError);
        return failSync(
            Failure::Protocol,
            QCoreApplication::translate("posko::SyncClient",
                                        "The hub's answer to an action cannot be read: %1")
                .arg(parseError.error == QJsonParseError::NoError ? QStringLiteral("not an object")
                                                                  : parseError.errorString()));
    }
    QString reason = hubMessage(body, reply);
    std::optional<Report> current;
    if (status == 409) {
        current = hubReport();
        if (current && !current->history.isEmpty()) {
            const HistoryEntry &last = current->history.constLast();
            // Who, when and what: the operator decides on that whether to redo theirs.
            reason =
                QCoreApplication::translate("posko::SyncClient", "changed by %1 at %2: %3 (%4)")
                    .arg(last.actor, wib(last.at), whatChanged(last), reason);
        }
    }
    // 400/403/404/409/422 (any 4xx but the transient ones): the hub will refuse the same request
    // every time; not retried, shown to the operator with the reason.
    if (!m_replica.markFailed(item.id, reason, current, &error))
        return failSync(Failure::Storage, error);
    emit outboxChanged();
    emit reportsUpdated({item.reportId});
    pushNext();
}

void SyncClient::fetchLabels()
{
    QNetworkReply *reply = track(m_nam->get(apiRequest(QStringLiteral("labels"))));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = httpStatus(reply);
        if (endsSync(reply, status))
            return;
        // A policy that does not validate is ignored: the last good one (or the built-in) stays.
        if (status == 200)
            m_replica.setLabelPolicyJson(reply->readAll());
        pullNext();
    });
}

void SyncClient::pullNext()
{
    requestPage(m_replica.lastSeq());
}

void SyncClient::requestPage(qint64 since)
{
    if (!m_pullTimer.isValid())
        m_pullTimer.start();
    const QString query = QStringLiteral("since=%1&limit=%2").arg(since).arg(m_pageSize);
    QNetworkReply *reply = track(m_nam->get(apiRequest(QStringLiteral("changes"), query)));
    m_pageReply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, since] {
        reply->deleteLater();
        if (m_pageReply == reply)
            m_pageReply = nullptr;
        onPage(reply, since);
    });
}

void SyncClient::cancelPageRequest()
{
    if (QNetworkReply *reply = m_pageReply) {
        m_pageReply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

// --- page ingest on the worker thread -----------------------------------------------------------

// What the worker made of one page.
struct PageOutcome
{
    enum class Kind
    {
        Stored,
        Protocol, // the page cannot be read: `message`
        Storage,  // the replica could not store it: `message`
        CheckHub, // another or a restored hub (or its id to record): the client decides
        Restart   // the replica is not where this page starts (it was reset): ask again
    };
    Kind kind = Kind::Stored;
    QString message;
    QByteArray body; // CheckHub: the page, to hand in again once the hub is checked
    qint64 since = 0;
    QString hubId;
    std::optional<qint64> maxSeq;
    qint64 stored = 0; // the last_seq now in the replica
    bool more = false;
    QVector<qint64> updated, removed;
    bool traceFree = true;
    bool failedChanged = false;
};

// Lives on the client's ingest thread with its own connection to the replica, so parsing a page
// and writing it never block the client's (the GUI's) thread.
class SyncClient::IngestWorker final : public QObject
{
public:
    explicit IngestWorker(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    std::unique_ptr<Replica> replica;
    QString m_dataDir;
    quint64 failedGeneration = 0; // pages of this sync after a failure are dropped
};

SyncClient::~SyncClient()
{
    // Tracked replies are children: destroying aborts them. The ingest worker finishes the page
    // it is on and closes its connection on its own thread.
    if (m_ingest) {
        IngestWorker *worker = m_ingest;
        QMetaObject::invokeMethod(
            m_ingest, [worker] { worker->replica.reset(); }, Qt::BlockingQueuedConnection);
        m_ingestThread->quit();
        m_ingestThread->wait();
        delete m_ingest;
    }
}

namespace {

PageOutcome ingestPage(SyncClient::IngestWorker &w, const QByteArray &body, qint64 since,
                       bool hubChecked, const std::function<void(qint64, bool)> &parsed)
{
    PageOutcome o;
    o.since = since;
    auto protocol = [&o](const QString &message) {
        o.kind = PageOutcome::Kind::Protocol;
        o.message = message;
        return o;
    };
    if (!w.replica) {
        QString error;
        w.replica = Replica::open(w.m_dataDir, &error);
        if (!w.replica) {
            o.kind = PageOutcome::Kind::Storage;
            o.message = error;
            return o;
        }
    }
    bool ok = false;
    const QJsonObject page = jsonObject(body, &ok);
    const QJsonValue lastSeqValue = page.value(QStringLiteral("last_seq"));
    const QJsonValue changes = page.value(QStringLiteral("changes"));
    if (!ok || !lastSeqValue.isDouble() || !changes.isArray())
        return protocol(QCoreApplication::translate("posko::SyncClient",
                                                    "The hub's changes feed cannot be read."));
    const QJsonValue maxSeqValue = page.value(QStringLiteral("max_seq"));
    o.maxSeq = maxSeqValue.isDouble() ? std::optional<qint64>(qint64(maxSeqValue.toDouble()))
                                      : std::nullopt;
    o.hubId = page.value(QStringLiteral("hub_id")).toString();
    const qint64 replicaSeq = w.replica->lastSeq();
    if (replicaSeq != since) {
        o.kind = PageOutcome::Kind::Restart;
        return o;
    }
    // Older hubs send neither field. Another hub, a restored one, or an id not recorded yet:
    // the client checks (and may reset the replica) on its own thread first.
    const QString known = w.replica->hubId();
    if (!hubChecked &&
        ((!o.hubId.isEmpty() && o.hubId != known) || (o.maxSeq && *o.maxSeq < replicaSeq))) {
        o.kind = PageOutcome::Kind::CheckHub;
        o.body = body;
        return o;
    }
    const QJsonArray array = changes.toArray();
    QVector<Report> reports;
    QVector<qint64> removed;
    reports.reserve(array.size());
    QString error;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject c = array.at(i).toObject();
        if (c.value(QStringLiteral("removed")).toBool()) {
            const qint64 id = c.value(QStringLiteral("id")).toString().toLongLong();
            if (id <= 0)
                return protocol(QCoreApplication::translate(
                    "posko::SyncClient", "The hub's changes feed cannot be read."));
            removed.push_back(id);
            continue;
        }
        auto r = reportFromJson(c, &error);
        if (!r)
            return protocol(QCoreApplication::translate("posko::SyncClient",
                                                        "The hub's changes feed cannot be read: %1")
                                .arg(error));
        reports.push_back(std::move(*r));
    }
    const qint64 lastSeq = qint64(lastSeqValue.toDouble());
    o.more = page.value(QStringLiteral("more")).toBool();
    if (o.more && lastSeq <= since)
        return protocol(QCoreApplication::translate("posko::SyncClient",
                                                    "The hub's changes feed does not advance."));
    o.stored = qMax(lastSeq, since);
    // The client asks for the next page now, so the hub prepares it while this one is written.
    parsed(o.stored, o.more);
    const int failedBefore = w.replica->failedCount();
    const auto applied = w.replica->applyChanges(reports, removed, o.stored, &error);
    if (!applied) {
        o.kind = PageOutcome::Kind::Storage;
        o.message = error;
        return o;
    }
    o.updated = applied->updated;
    o.removed = applied->removed;
    o.traceFree = applied->traceFree;
    o.failedChanged = w.replica->failedCount() != failedBefore;
    return o;
}

} // namespace

void SyncClient::onPage(QNetworkReply *reply, qint64 since)
{
    const int status = httpStatus(reply);
    if (endsSync(reply, status))
        return;
    const QByteArray body = reply->readAll();
    if (status != 200) {
        bool ok = false;
        return failSync(Failure::Protocol, hubMessage(jsonObject(body, &ok), reply));
    }
    ingest(body, since, false);
}

void SyncClient::ingest(const QByteArray &body, qint64 since, bool hubChecked)
{
    if (!m_ingest) {
        m_ingestThread = std::make_unique<QThread>();
        m_ingestThread->setObjectName(QStringLiteral("posko-sync-ingest"));
        m_ingest = new IngestWorker(m_replica.dataDir());
        m_ingest->moveToThread(m_ingestThread.get());
        m_ingestThread->start();
    }
    const quint64 generation = m_generation;
    IngestWorker *worker = m_ingest;
    QPointer<SyncClient> self(this);
    QMetaObject::invokeMethod(m_ingest, [=] {
        if (worker->failedGeneration == generation)
            return; // an earlier page of this sync failed; the client has stopped
        auto parsed = [=](qint64 stored, bool more) {
            QMetaObject::invokeMethod(self, [=] {
                if (self && self->m_generation == generation && self->m_syncing && more)
                    self->requestPage(stored);
            });
        };
        PageOutcome o = ingestPage(*worker, body, since, hubChecked, parsed);
        if (o.kind == PageOutcome::Kind::Protocol || o.kind == PageOutcome::Kind::Storage)
            worker->failedGeneration = generation;
        QMetaObject::invokeMethod(self, [=] {
            if (self)
                self->onStored(generation, o);
        });
    });
}

void SyncClient::onStored(quint64 generation, const PageOutcome &o)
{
    if (generation != m_generation || !m_syncing)
        return; // a page of a sync that has already ended
    switch (o.kind) {
    case PageOutcome::Kind::Protocol:
        return failSync(Failure::Protocol, o.message);
    case PageOutcome::Kind::Storage:
        return failSync(Failure::Storage, o.message);
    case PageOutcome::Kind::Restart:
        cancelPageRequest();
        return pullNext();
    case PageOutcome::Kind::CheckHub: {
        QString error;
        bool wasReset = false;
        if (!checkHub(o.hubId, o.maxSeq, &wasReset, &error))
            return failSync(Failure::Storage, error);
        if (wasReset) { // this page answered an old since; the replica starts again from 0
            m_pullTimer.invalidate();
            return pullNext();
        }
        return ingest(o.body, o.since, true);
    }
    case PageOutcome::Kind::Stored:
        break;
    }
    m_checkpointDue = m_checkpointDue || !o.traceFree;
    m_received += o.updated.size();
    m_removed += int(o.removed.size());
    if (!o.updated.isEmpty())
        emit reportsUpdated(o.updated);
    if (!o.removed.isEmpty())
        emit reportsRemoved(o.removed);
    if (!o.removed.isEmpty() || o.failedChanged)
        emit outboxChanged();
    const double seconds = double(m_pullTimer.nsecsElapsed()) / 1e9;
    emit syncProgress(m_received, o.stored, qMax(o.stored, o.maxSeq.value_or(o.stored)),
                      seconds > 0 ? double(m_received) / seconds : 0.0);
    if (!o.more)
        finishSync();
}

void SyncClient::finishSync()
{
    if (m_checkpointDue || m_replica.purgeDue()) {
        QString error;
        if (!m_replica.checkpoint(&error))
            return failSync(Failure::Storage, error);
    }
    m_syncing = false;
    m_lastFailure = Failure::None;
    scheduleNext(false);
    emit syncFinished(m_pushed, int(m_received), m_removed);
    if (std::exchange(m_syncAgain, false) && m_replica.pendingCount() > 0)
        QTimer::singleShot(0, this, &SyncClient::syncNow);
}

// --- photos ----------------------------------------------------------------------------------

void SyncClient::fetchPhoto(qint64 reportId)
{
    const auto report = m_replica.report(reportId);
    if (!report || report->mediaUrl.isEmpty()) {
        emit photoFailed(
            reportId, QCoreApplication::translate("posko::SyncClient", "The report has no photo."));
        return;
    }
    fetchMedia(reportId, report->mediaUrl, m_replica.photoPath(reportId), false);
}

void SyncClient::fetchAfterPhoto(qint64 reportId)
{
    const auto report = m_replica.report(reportId);
    QString path;
    if (!report || !hasAfterPhoto(*report, &path)) {
        emit afterPhotoFailed(reportId, QCoreApplication::translate(
                                            "posko::SyncClient", "The report has no after photo."));
        return;
    }
    if (path.isEmpty()) {
        // Taken here and still in the outbox: shown from there, nothing to download.
        const QByteArray jpeg = m_replica.pendingAfterPhoto(reportId);
        const QString file =
            m_replica.photoCacheDir() + QStringLiteral("/%1-after-pending.jpg").arg(reportId);
        QSaveFile out(file);
        if (jpeg.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(jpeg) != jpeg.size() ||
            !out.commit()) {
            emit afterPhotoFailed(reportId,
                                  QCoreApplication::translate("posko::SyncClient",
                                                              "The after photo is not available."));
            return;
        }
        emit afterPhotoReady(reportId, file);
        return;
    }
    const QString cache = m_replica.afterPhotoPath(reportId, path);
    if (cache.isEmpty()) {
        emit afterPhotoFailed(
            reportId,
            QCoreApplication::translate("posko::SyncClient", "The photo address is not valid."));
        return;
    }
    if (QFileInfo::exists(cache)) {
        emit afterPhotoReady(reportId, cache);
        return;
    }
    fetchMedia(reportId, path, cache, true);
}

void SyncClient::fetchMedia(qint64 reportId, const QString &address, const QString &cachePath,
                            bool after)
{
    const auto failed = [this, reportId, after](const QString &message) {
        if (after)
            emit afterPhotoFailed(reportId, message);
        else
            emit photoFailed(reportId, message);
    };
    const QUrl hub = m_session.hub.isValid() ? m_session.hub : QUrl(m_replica.hubUrl());
    // A relative address is the hub's own.
    const QUrl url = hub.resolved(QUrl(address));
    if (!m_nam || !url.isValid()) {
        failed(QCoreApplication::translate("posko::SyncClient", "The photo address is not valid."));
        return;
    }
    // media_url may be whatever the citizen's app sent: fetching it from the office PC would
    // let anyone make this workstation request any address on the office network (SSRF).
    if (!hub.isValid() || !sameOrigin(url, hub)) {
        failed(QCoreApplication::translate(
                   "posko::SyncClient",
                   "The photo is on another server and is not loaded automatically: %1")
                   .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
        return;
    }
    QNetworkRequest req(url);
    req.setTransferTimeout(m_timeoutMs);
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    if (!m_session.token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_session.token.toUtf8());
    QNetworkReply *reply = track(m_nam->get(req));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > maxPhotoBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, reportId, cachePath, after, failed] {
                reply->deleteLater();
                const int status = httpStatus(reply);
                if (status != 200) {
                    failed(status == 0
                               ? unreachable(m_session.hub, reply)
                               : QCoreApplication::translate(
                                     "posko::SyncClient", "The hub has no photo for this report."));
                    return;
                }
                const QByteArray bytes = reply->readAll();
                if (bytes.isEmpty() || bytes.size() > maxPhotoBytes) {
                    failed(QCoreApplication::translate("posko::SyncClient",
                                                       "The photo the hub sent is not usable."));
                    return;
                }
                // Purged while downloading (turned covert): its bytes must not land in the cache.
                if (!m_replica.report(reportId)) {
                    failed(QCoreApplication::translate("posko::SyncClient",
                                                       "The report is no longer available."));
                    return;
                }
                QSaveFile file(cachePath);
                if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() ||
                    !file.commit()) {
                    failed(QCoreApplication::translate("posko::SyncClient",
                                                       "The photo cannot be saved: %1")
                               .arg(file.errorString()));
                    return;
                }
                if (after)
                    emit afterPhotoReady(reportId, cachePath);
                else
                    emit photoReady(reportId, cachePath);
            });
}

} // namespace posko
