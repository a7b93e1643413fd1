// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVector>

class QNetworkReply;
class QTimer;

namespace posko {

class SyncClient;

// Another session that has the same report open (docs/api.md, PUT /api/v1/presence).
struct PresenceViewer
{
    QString user;
    QDateTime since; // UTC; invalid when the hub did not say
    bool operator==(const PresenceViewer &o) const { return user == o.user && since == o.since; }
};

// Tells the hub which report this workstation has open and learns who else has it open, so
// two operators do not work one case unknowingly. Uses the SyncClient's session (hub address,
// token, the current one after a new log-in) and its injected QNetworkAccessManager; fully
// asynchronous.
//
// - setOpenReport() sends once the choice has settled for the debounce delay (300 ms), so
//   J/K through the table does not send a request per report; then a heartbeat every 15 s
//   while a report is open. setOpenReport(0) sends {"report": null} once (nothing when the hub
//   holds nothing for this session).
// - viewersChanged() follows every answer that changes the list, and empties it at once when
//   another report is opened. Without an answer for the hub's TTL (45 s) the list empties:
//   stale presence is never shown as current. Failures are silent; the next heartbeat retries.
// - 401 stops it quietly (the SyncClient asks for the password); the next successful log-in
//   resumes with the new session.
class PresenceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresenceClient)

public:
    static constexpr int defaultHeartbeatMs = 15000;
    static constexpr int defaultDebounceMs = 300;
    static constexpr int defaultTtlSeconds = 45; // until the hub says otherwise

    explicit PresenceClient(SyncClient &sync, QObject *parent = nullptr);
    ~PresenceClient() override;

    void setOpenReport(qint64 reportId); // 0: none
    qint64 openReport() const { return m_report; }
    QVector<PresenceViewer> viewers() const { return m_viewers; }

    void setHeartbeatInterval(int ms);
    int heartbeatInterval() const;
    void setDebounceInterval(int ms);
    bool isStopped() const { return m_stopped; }

    // Closes the open report on the hub now, without the debounce (the window is closing).
    // True when a request went out; left() follows when it is answered or has failed.
    bool leave();

signals:
    void viewersChanged(qint64 reportId, const QVector<posko::PresenceViewer> &viewers);
    void left();

private:
    void send();
    void onAnswer(QNetworkReply *reply, qint64 reportId);
    void setViewers(const QVector<PresenceViewer> &viewers);
    void stop(); // the session is not accepted any more
    void abortRequest();

    SyncClient &m_sync;
    qint64 m_report = 0;
    bool m_onHub = false;   // the hub may hold an entry for this session
    bool m_stopped = false; // after a 401, until the next log-in
    QTimer *m_debounce = nullptr;
    QTimer *m_heartbeat = nullptr;
    QTimer *m_stale = nullptr; // no answer for the TTL: the viewers are no longer known
    QPointer<QNetworkReply> m_reply;
    QVector<PresenceViewer> m_viewers;
};

} // namespace posko

Q_DECLARE_METATYPE(posko::PresenceViewer)
