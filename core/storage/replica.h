// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/labelpolicy.h"
#include "core/domain/report.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace posko {

// One operator action waiting for (or done with) the hub. Written in the same transaction as
// the local change it stands for, so a crash never leaves one without the other.
struct OutboxItem
{
    enum class State
    {
        Pending,
        Sent, // only in replicas from before schema 3; markSent() deletes the item now
        Failed
    };

    qint64 id = 0;
    qint64 reportId = 0;
    QString idempotencyKey; // UUID; the hub answers a retry with the first answer
    ReportAction action;
    int baseVersion = 0; // the report version the operator saw when acting
    QDateTime createdAt; // UTC
    State state = State::Pending;
    QString error; // why it failed (Failed only), for display
    // Failed because the hub was reset (Replica::resetReports(HubReset)): the report id may now
    // mean another report, so the action must never be redone. Read from a fixed, untranslated
    // marker stored with the reason (not from the reason's text, which depends on the language
    // at the time of the reset).
    bool hubReset = false;
    int attempts = 0; // sends that got no definite answer
    QString actor;    // who acted (history entry when re-applied on a rebase)
};

// The workstation's local copy of the hub's reports for one user profile: `dataDir/replica.sqlite`
// (WAL, synchronous=FULL, secure_delete=ON) plus the photo cache `dataDir/photos/`.
//
// Invariants: every write that matters is one transaction; a report row shows the hub's latest
// state with this workstation's pending actions re-applied on top; a purged report leaves no
// bytes behind in the database, its WAL or the photo cache.
// Not thread-safe: one Replica per thread (its QSqlDatabase connection is thread-affine).
class Replica final
{
public:
    static std::unique_ptr<Replica> open(const QString &dataDir, QString *error);
    ~Replica();
    Replica(const Replica &) = delete;
    Replica &operator=(const Replica &) = delete;

    static constexpr int schemaVersion = 7;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString photoCacheDir() const;

    // --- reading -----------------------------------------------------------------------
    QVector<Report> reports() const;               // without history, ordered by id
    std::optional<Report> report(qint64 id) const; // with history
    // The report as the hub last sent it, without this workstation's pending actions.
    std::optional<Report> hubState(qint64 id) const;
    QVector<OutboxItem> outbox() const; // oldest first
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    QVector<OutboxItem> pendingItems() const; // in send order
    int pendingCount() const;
    int failedCount() const;
    LabelPolicy labelPolicy() const; // last fetched from the hub, or the built-in one
    qint64 lastSeq() const;
    // Where the cached photo of a report is (it may not exist yet).
    QString photoPath(qint64 reportId) const;
    // Where the cached copy of an after photo the hub keeps at `hubPath` (/media/N.jpg) is;
    // empty for any other path.
    QString afterPhotoPath(qint64 reportId, const QString &hubPath) const;
    // The newest after photo taken here and not yet accepted by the hub (its JPEG), or empty.
    QByteArray pendingAfterPhoto(qint64 reportId) const;
    // Reports with a history entry of this kind: "flag" (suspiciously fast closures) or
    // "dispute" (disputed by the citizen).
    QVector<qint64> reportsWithHistoryKind(const QString &kind) const;

    QString meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    QString hubUrl() const { return meta(QStringLiteral("hub_url")); }
    QString user() const { return meta(QStringLiteral("user")); }
    bool setHubUrl(const QString &url) { return setMeta(QStringLiteral("hub_url"), url); }
    bool setUser(const QString &user) { return setMeta(QStringLiteral("user"), user); }
    // The hub's identity (its "hub_id"); empty until a hub that sends one was seen.
    QString hubId() const { return meta(QStringLiteral("hub_id")); }
    bool setHubId(const QString &id) { return setMeta(QStringLiteral("hub_id"), id); }
    // Whether the reports in the replica were received with covert clearance; nullopt for a
    // replica that never recorded it (written before Posko kept it).
    std::optional<bool> covertClearance() const;
    bool setCovertClearance(bool cleared);
    // True when a user without clearance must not keep what the replica holds: it was filled
    // with clearance, or (not recorded) it holds a report routed to the covert squad
    // (isCovertRouting with the replica's label policy, shown or hub state), a history entry or
    // an outbox assignment naming the covert squad.
    bool needsClearancePurge() const;
    // Stores the hub's label policy JSON if it validates; false (and keeps the old one) if not.
    bool setLabelPolicyJson(const QByteArray &json, QString *error = nullptr);

    // --- writing (each call is one transaction; false/error on failure, nothing written) -----
    // The operator's local change together with its outbox row. Fills item.id. With
    // `replacesFailed`, that failed item is deleted in the same transaction (a redo of a refused
    // action on the current state); it must still be failed, or nothing is written.
    std::optional<QString> commitLocalAction(const Report &changed, OutboxItem &item,
                                             qint64 replacesFailed = 0);
    // Stores the hub's state of a report and re-applies its pending actions on top (rebase).
    // Pending actions that no longer apply are marked failed. Returns false on a database error.
    bool storeHubReport(const Report &hubState, QString *error = nullptr);
    // The hub accepted the item; `hubState` is its answer. The item is deleted in the same
    // transaction: the hub's state it produced is stored, so nothing needs it any more and the
    // outbox does not grow forever.
    bool markSent(qint64 itemId, const Report &hubState, QString *error = nullptr);
    // The hub refused the item for good. Later pending items of the same report depended on
    // it and fail with it. The report goes back to `current` (the hub's state sent with a 409)
    // or else to the last state the hub sent, with any other pending actions re-applied.
    bool markFailed(qint64 itemId, const QString &reason, const std::optional<Report> &current,
                    QString *error = nullptr);
    // A send got no definite answer (network, 5xx): stays pending, counted.
    bool noteAttempt(qint64 itemId);
    // Forgets failed items the operator has seen (the local change they made is already
    // replaced by the hub's state on the next sync).
    bool clearFailed();

    struct PageResult
    {
        QVector<qint64> updated;
        QVector<qint64> removed;
        // False when the WAL could not be truncated yet (a reader held it): call checkpoint()
        // again before telling anyone the purge is complete.
        bool traceFree = true;
    };
    // One page of the changes feed together with its last_seq, in one transaction. Removed
    // reports are purged (see purge()).
    // Ingest cost per page: two id lookups for the whole page, one reused prepared statement
    // per table, no per-row SELECT; a report with pending actions takes the rebase path
    // (storeHubReport).
    std::optional<PageResult> applyChanges(const QVector<Report> &reports,
                                           const QVector<qint64> &removed, qint64 lastSeq,
                                           QString *error = nullptr);

    // Deletes reports with their history, outbox items and cached photos, then checkpoints the
    // WAL with TRUNCATE. With secure_delete=ON the freed pages are zeroed, so none of the
    // report's bytes survive in any file of the data dir (the covert purge rule).
    bool purge(const QVector<qint64> &ids, QString *error = nullptr);
    // wal_checkpoint(TRUNCATE); false while another connection still reads old frames.
    bool checkpoint(QString *error = nullptr);
    // A purge whose checkpoint has not succeeded yet: old frames may still be in the WAL.
    bool purgeDue() const { return m_purgeDue; }

    // Why every report is dropped and the feed starts again from 0 (resetReports()).
    enum class Reset
    {
        // The user lost covert clearance: outbox items of covert reports (and covert
        // assignments) go with the reports; other pending items stay and are sent as usual.
        ClearanceRevoked,
        // The hub was replaced (another hub_id) or restored to an earlier state: its ids no
        // longer mean what the outbox meant, so pending items fail with hubResetReason().
        HubReset
    };
    struct ResetResult
    {
        QVector<qint64> removed; // every report that was in the replica
        int failed = 0;          // pending items marked failed (HubReset)
        bool traceFree = true;   // as PageResult::traceFree
    };
    // Deletes every report, its history and hub state, sent outbox items and the whole photo
    // cache, sets last_seq to 0 (one transaction), then checkpoints the WAL with TRUNCATE, so
    // with secure_delete no byte of the dropped reports remains in the data dir.
    std::optional<ResetResult> resetReports(Reset why, QString *error = nullptr);
    static QString hubResetReason();
    // Stored before hubResetReason() in the outbox's error column, stripped when read.
    static QString hubResetMarker();

private:
    explicit Replica(QString dataDir, QString connectionName);
    bool init(QString *error);
    bool writeReport(const Report &r, int hubVersion, QString *error);
    bool storeWithRebase(const Report &hubState, QString *error);
    bool setItemState(qint64 itemId, OutboxItem::State state, const QString &errorText,
                      QString *error);
    bool deleteReportRows(qint64 id, QString *error);
    void removePhotos(qint64 id) const;
    QVector<OutboxItem> queryOutbox(const QString &where, qint64 bind = 0) const;

    QString m_dataDir;
    QString m_connection;
    mutable std::optional<LabelPolicy> m_policy;
    bool m_purgeDue = false;
};

} // namespace posko
