// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/retrypolicy.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVector>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;
class QTimer;
class QThread;

namespace posko {

class Replica;
struct OutboxItem;
struct PageOutcome; // internal (syncclient.cpp)

// A logged-in operator on one hub (docs/api.md, POST /api/v1/login).
struct Session
{
    QUrl hub;
    QString user, role, token;
    bool covertClearance = false;
    QDateTime expiresAt; // UTC
    bool isValid() const { return !token.isEmpty() && hub.isValid(); }
};

// Talks to the hub's operator API for one workstation replica. Fully asynchronous on an
// injected QNetworkAccessManager: nothing here blocks, every outcome is a signal.
//
// A sync first pushes the pending outbox in order (200 → sent and stored; 409/4xx → failed for
// good with the reason; network error, 5xx, 408, 425 or 429 → stays pending and the sync
// stops), then fetches
// the label policy, then pulls the changes feed page by page from the replica's last_seq, each
// page stored in one transaction together with its last_seq. Removals purge the report.
// Pages are parsed and stored on an ingest thread the client owns, with its own connection to
// the replica's file (so a first sync of a large hub never blocks the client's thread); the
// next page is asked for as soon as one is parsed. Every signal is emitted on the client's
// thread, after the page it reports is committed.
//
// Every log-in records the user's covert clearance in the replica; a user without it never
// keeps a replica filled with it (every report, its photos and covert outbox items are wiped,
// and the feed starts again from 0). Likewise when the hub is another one (a different
// "hub_id") or was restored to an earlier state ("max_seq" below the replica's last_seq): the
// replica starts again from 0 and pending actions fail, since the hub's ids changed meaning.
class SyncClient final : public QObject
{
    Q_OBJECT

public:
    class IngestWorker; // internal (syncclient.cpp)
    using Session = posko::Session;
    // Why the last login or sync failed, so callers (poskoctl's exit codes) need not parse text.
    enum class Failure
    {
        None,
        Network,
        // The connection is refused by this side, the same way every time until someone fixes
        // it: TLS handshake failed (wrong certificate, not TLS), too many or insecure redirects,
        // a scheme Qt cannot speak. Retried with the same backoff as Network (the hub's admin
        // may fix it at any moment), but the message says it needs an administrator.
        Configuration,
        Authentication,
        Protocol,
        Storage
    };

    SyncClient(Replica &replica, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SyncClient() override;

    void login(const QUrl &hub, const QString &user, const QString &password);
    void setSession(const Session &session) { m_session = session; }
    Session session() const { return m_session; }
    QNetworkAccessManager *network() const; // the injected one, for other calls to the hub

    void syncNow();
    bool isSyncing() const { return m_syncing; }

    // Automatic syncs: every `intervalMs` while the hub answers. After a sync that failed for
    // any reason but an expired session, the next one waits as the retry policy says
    // (exponential backoff with jitter), so a hub that is down or refusing is not hammered;
    // a success resets the backoff. An expired session stops automatic syncs until the next
    // successful log-in, which syncs at once and resumes them. Pending actions are kept in every
    // case.
    void startAutoSync(int intervalMs);
    void stopAutoSync();
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    const RetryPolicy &retryPolicy() const { return m_retry; }
    // A sync soon, e.g. after the operator acted: now, unless a backoff is running (then the
    // action waits for the scheduled retry, shown as pending).
    void requestSync();
    // Milliseconds until the next automatic sync, -1 when none is scheduled.
    int nextSyncInMs() const;

    // Downloads the report's photo into the replica's photo cache. Only from the hub's own
    // origin (scheme, host and port of the session's hub): a citizen may have sent any
    // media_url, and the office PC must not fetch arbitrary addresses (SSRF); any other photo
    // address fails with photoFailed, naming it.
    void fetchPhoto(qint64 reportId);
    // The squad's after photo of the report's current round of work (hasAfterPhoto()): from
    // the cache, the outbox (taken here, not yet sent) or the hub. afterPhotoReady/Failed.
    void fetchAfterPhoto(qint64 reportId);

    Failure lastFailure() const { return m_lastFailure; }
    // Per request; a stalled transfer is abandoned after this long. Default 30 s.
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    // Changes per page asked from the feed (default 2000; the hub caps it at 5000).
    void setPageSize(int n) { m_pageSize = n; }

signals:
    void loggedIn(const posko::Session &session);
    void loginFailed(const QString &message);
    void syncStarted();
    // After each page of the changes feed is stored (a first sync of a large hub takes many):
    // `received` reports stored in this sync so far (never decreases during a sync),
    // `position` the feed seq now stored (the replica's last_seq), `total` the hub's max_seq
    // for this user at that page (position == total when the feed is done; a first sync is
    // position / total done), `rate` received reports per second since the pull began.
    // Emitted on the client's thread; slots may take fewer arguments (e.g. just `received`).
    void syncProgress(qint64 received, qint64 position, qint64 total, double rate);
    void syncFinished(int pushed, int received, int removed);
    void syncFailed(const QString &message);
    void reportsUpdated(const QVector<qint64> &ids);
    void reportsRemoved(const QVector<qint64> &ids);
    void outboxChanged();
    void sessionExpired();
    void photoReady(qint64 id, const QString &path);
    void photoFailed(qint64 id, const QString &message);
    void afterPhotoReady(qint64 id, const QString &path);
    void afterPhotoFailed(qint64 id, const QString &message);
    // The replica's reports were all dropped and are synced again from the start (covert
    // clearance withdrawn, hub reset); reportsRemoved and outboxChanged have been emitted.
    void replicaReset(const QString &message);

private:
    QNetworkRequest apiRequest(const QString &path, const QString &query = {}) const;
    QNetworkReply *track(QNetworkReply *reply);
    void pushNext();
    void onPushed(QNetworkReply *reply, const OutboxItem &item);
    void fetchLabels();
    void pullNext();
    void requestPage(qint64 since);
    void onPage(QNetworkReply *reply, qint64 since);
    // Parses and stores a page on the ingest thread; the outcome comes back to onStored().
    void ingest(const QByteArray &body, qint64 since, bool hubChecked);
    void onStored(quint64 generation, const PageOutcome &outcome);
    void cancelPageRequest(); // the page asked for ahead, when storing this one failed
    void finishSync();
    void fetchMedia(qint64 reportId, const QString &address, const QString &cachePath, bool after);
    // After a successful log-in: wipes what a user without clearance must not keep, records the
    // clearance and checks the hub's identity.
    bool adoptLogin(const QString &hubId, QString *error);
    // A different hub_id than recorded, or a feed behind the replica: resets the replica.
    bool checkHub(const QString &hubId, std::optional<qint64> maxSeq, bool *wasReset,
                  QString *error);
    bool resetReplica(bool hubReset, const QString &message, QString *error);
    void failSync(Failure why, const QString &message);
    void scheduleNext(bool failed);
    // Ends the sync when the hub gave no usable answer (no connection, 5xx, 408/425/429, a
    // misconfigured connection) or the session expired (401); true when it did. Every step of a
    // sync answers these the same way.
    bool endsSync(QNetworkReply *reply, int status);

    Replica &m_replica;
    QPointer<QNetworkAccessManager> m_nam;
    Session m_session;
    Failure m_lastFailure = Failure::None;
    int m_timeoutMs = 30000;
    int m_pageSize = 2000;

    bool m_syncing = false;
    bool m_syncAgain = false; // syncNow() came during a sync: another one follows it
    QVector<qint64> m_toPush; // outbox ids snapshot at sync start, in order
    int m_pushed = 0;
    qint64 m_received = 0;
    int m_removed = 0;
    bool m_checkpointDue = false;

    QTimer *m_autoTimer = nullptr; // null until startAutoSync()
    int m_intervalMs = 0;
    int m_retryAfterMs = 0; // the hub's Retry-After for the failure being scheduled
    RetryPolicy m_retry;
    QPointer<QNetworkReply> m_pageReply; // the changes page in flight, if any
    QElapsedTimer m_pullTimer;           // since the first page of this sync was asked for
    // Pages are parsed and stored on this thread, with the worker's own replica connection.
    std::unique_ptr<QThread> m_ingestThread;
    IngestWorker *m_ingest = nullptr;
    quint64 m_generation = 0; // bumped by every sync start and failure
};

} // namespace posko

Q_DECLARE_METATYPE(posko::Session)
