// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;
class QNetworkRequest;

namespace posko {

class Replica;
struct OutboxItem;

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
// good with the reason; network error or 5xx → stays pending and the sync stops), then fetches
// the label policy, then pulls the changes feed page by page from the replica's last_seq, each
// page stored in one transaction together with its last_seq. Removals purge the report.
class SyncClient final : public QObject
{
    Q_OBJECT

public:
    using Session = posko::Session;
    // Why the last login or sync failed, so callers (poskoctl's exit codes) need not parse text.
    enum class Failure
    {
        None,
        Network,
        Authentication,
        Protocol,
        Storage
    };

    SyncClient(Replica &replica, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~SyncClient() override;

    void login(const QUrl &hub, const QString &user, const QString &password);
    void setSession(const Session &session) { m_session = session; }
    Session session() const { return m_session; }

    void syncNow();
    bool isSyncing() const { return m_syncing; }

    // Downloads the report's photo into the replica's photo cache.
    void fetchPhoto(qint64 reportId);

    Failure lastFailure() const { return m_lastFailure; }
    // Per request; a stalled transfer is abandoned after this long. Default 30 s.
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }
    // Changes per page asked from the feed (the hub caps it at 2000).
    void setPageSize(int n) { m_pageSize = n; }

signals:
    void loggedIn(const posko::Session &session);
    void loginFailed(const QString &message);
    void syncStarted();
    void syncProgress(qint64 received);
    void syncFinished(int pushed, int received, int removed);
    void syncFailed(const QString &message);
    void reportsUpdated(const QVector<qint64> &ids);
    void reportsRemoved(const QVector<qint64> &ids);
    void outboxChanged();
    void sessionExpired();
    void photoReady(qint64 id, const QString &path);
    void photoFailed(qint64 id, const QString &message);

private:
    QNetworkRequest apiRequest(const QString &path, const QString &query = {}) const;
    QNetworkReply *track(QNetworkReply *reply);
    void pushNext();
    void onPushed(QNetworkReply *reply, const OutboxItem &item);
    void fetchLabels();
    void pullNext();
    void finishSync();
    void failSync(Failure why, const QString &message);

    Replica &m_replica;
    QPointer<QNetworkAccessManager> m_nam;
    Session m_session;
    Failure m_lastFailure = Failure::None;
    int m_timeoutMs = 30000;
    int m_pageSize = 500;

    bool m_syncing = false;
    QVector<qint64> m_toPush; // outbox ids snapshot at sync start, in order
    int m_pushed = 0;
    qint64 m_received = 0;
    int m_removed = 0;
    bool m_checkpointDue = false;
};

} // namespace posko

Q_DECLARE_METATYPE(posko::Session)
