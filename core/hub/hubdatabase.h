// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/report.h"
#include "core/hub/credentials.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

namespace posko {

struct HubUser
{
    qint64 id = 0;
    QString name;
    QString role; // operator | supervisor | admin
    bool covertClearance = false;
};

// A report as the hub stores it: the shared domain Report plus what only the hub knows.
struct StoredReport
{
    Report report;
    bool covert = false;    // routed to the covert squad now (isCovertRouting)
    bool wasPublic = false; // was ever visible to uncleared roles: they get a removal, not silence
    qint64 photoId = 0;     // photo in the photos table, 0 when none
    QString externalMediaUrl; // a citizen's media_url when no photo was uploaded
    QString token;            // the citizen's receipt for a covert report (instead of the id)
    int storedHistory = 0;    // history entries already in the database (updates append the rest)
    // Per history entry: written while the report was covert-routed (after that action). Such
    // entries are never shown to a role without clearance nor in Open311, even once the report
    // is routed back to a public squad. New entries take `covert` when they are stored.
    QVector<bool> historyCovert;
    qint64 hiddenSeq = 0; // seq at which it last turned covert from visible; 0 if never
};

// The first answer stored for (user, Idempotency-Key), and what it answered.
struct IdempotentAnswer
{
    int status = 200;
    QByteArray body;
    qint64 reportId = 0;    // 0 for answers stored before schema 3
    QByteArray requestHash; // SHA-256 of the canonical request; empty before schema 3
};

// A report imported from another Open311 server, as last imported (schema 4).
struct ImportLink
{
    qint64 reportId = 0;
    QByteArray fingerprint; // SHA-256 of the upstream record as last imported
    QString upstreamStatus; // "open" | "closed" as last imported
    QStringList noteKeys;   // upstream notes already turned into history
    QByteArray attributes;  // the record's extended_attributes, compact JSON
};

// Filters of Open311 GET requests.json, already validated.
struct Open311Query
{
    QVector<qint64> ids;
    QStringList serviceCodes;
    std::optional<bool> closed;
    QDateTime start, end, updatedAfter;
    int page = 1;
    int pageSize = 50;
};

// The hub's SQLite database: schema versioned by PRAGMA user_version with stepwise
// migrations, WAL journal. Every report change gets a new `seq` from a counter bumped in the
// same transaction, so the changes feed never misses or repeats a change. One instance per
// thread (the hub serves from its event-loop thread only).
class HubDatabase final
{
public:
    HubDatabase();
    ~HubDatabase();
    Q_DISABLE_COPY_MOVE(HubDatabase)

    // Opens or creates the file and migrates it to the current schema.
    bool open(const QString &path, QString *error);
    static int currentSchemaVersion();
    int schemaVersion() const;
    int migrationsApplied() const { return m_migrationsApplied; } // by the last open()
    QString lastError() const { return m_lastError; }

    bool begin();
    // A write transaction: BEGIN IMMEDIATE takes the write lock at once (waiting up to the busy
    // timeout), so a read-then-write cannot fail with SQLITE_BUSY_SNAPSHOT when another process
    // (a one-shot import, a second hub tool) writes the same database meanwhile.
    bool beginWrite();
    bool commit();
    void rollback();

    // Rolls a transaction back when it goes out of scope, unless committed through it: every
    // early return of a request handler leaves the database as it was.
    class Transaction
    {
    public:
        explicit Transaction(HubDatabase &db) : m_db(db) {}
        ~Transaction()
        {
            if (!m_done)
                m_db.rollback();
        }
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool commit() { return m_done = m_db.commit(); }

    private:
        HubDatabase &m_db;
        bool m_done = false;
    };

    // Users and credentials.
    std::optional<qint64> addUser(const QString &name, const QString &role, bool covertClearance,
                                  const PasswordHash &password);
    std::optional<std::pair<HubUser, PasswordHash>> findUser(const QString &name) const;
    bool addSession(qint64 userId, const QByteArray &tokenDigest, const QDateTime &expiresAt);
    std::optional<HubUser> userForSession(const QByteArray &tokenDigest,
                                          const QDateTime &now) const;
    bool addApiKey(const QString &name, const QByteArray &keyDigest);
    bool apiKeyValid(const QByteArray &keyDigest) const;

    // Idempotency: the first successful answer to (user, key).
    std::optional<IdempotentAnswer> idempotentAnswer(qint64 userId, const QString &key) const;
    bool storeIdempotentAnswer(qint64 userId, const QString &key, const IdempotentAnswer &answer,
                               const QDateTime &at);

    // This database's identity, a UUID made by the first migration to schema 3. A restored
    // backup keeps it (and has a lower max_seq); a new database has a new one.
    QString hubId() const { return m_hubId; }

    // Photos (JPEG BLOBs).
    // `reportId`: the report an after photo belongs to (0 for a citizen's photo, which the
    // report names by photo_id).
    std::optional<qint64> addPhoto(const QByteArray &jpeg, const QDateTime &at,
                                   qint64 reportId = 0);
    QByteArray photo(qint64 id) const;
    // The covert flag of the report showing this photo; nullopt when no report shows it.
    std::optional<bool> photoIsCovert(qint64 id) const;

    // Reports (hubreports.cpp). insert/update assign report.seq; call inside begin()/commit().
    bool insertReport(StoredReport &r, const QString &contactJson);
    // The citizen's contact fields stored with a report (Open311 email, phone, device_id, …).
    QJsonObject reportContact(qint64 id) const;
    bool updateReport(StoredReport &r);
    std::optional<StoredReport> loadReport(qint64 id) const;
    std::optional<StoredReport> loadReportByToken(const QString &token) const;
    // Only the report's covert flag (a cheap check for presence heartbeats); nullopt when there
    // is no such report or on an SQL error (`ok` false then, lastError()).
    std::optional<bool> reportCovert(qint64 id, bool *ok) const;
    qint64 reportCount() const;
    // Changes after `since`, ordered by their feed seq. With clearance: every report by seq.
    // Without: visible reports by seq, and a report that turned covert after it had been
    // visible by its hidden_seq, only when 0 < since < hidden_seq (the caller sends a removal).
    // nullopt on an SQL error.
    std::optional<QVector<StoredReport>> changesSince(qint64 since, int limit,
                                                      bool covertClearance) const;
    // The highest seq that feed can deliver to that role (the counter for cleared roles).
    std::optional<qint64> maxSeq(bool covertClearance) const;
    // nullopt on an SQL error (lastError()).
    std::optional<QVector<StoredReport>> open311Requests(const Open311Query &q) const;

    // Imports from other Open311 servers (hubimports.cpp), keyed by (source, upstream id).
    // `ok` is false on an SQL error; nullopt with ok means "not imported yet".
    std::optional<ImportLink> importLink(const QString &source, const QString &externalId,
                                         bool *ok) const;
    bool storeImportLink(const QString &source, const QString &externalId, const ImportLink &link,
                         const QDateTime &at);
    // Where the next poll of a source starts (an ISO date-time); empty before the first one.
    QString importCursor(const QString &source) const;
    bool setImportCursor(const QString &source, const QString &value);

private:
    bool migrate(QString *error);
    bool exec(const QString &sql);
    qint64 nextSeq();
    bool loadHistory(StoredReport &r) const;
    QVector<StoredReport> loadMany(QSqlQuery &q) const;

    QString m_connection;
    QSqlDatabase m_db;
    int m_migrationsApplied = 0;
    QString m_hubId;
    mutable QString m_lastError;
};

} // namespace posko
