// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/hub/hubdatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <functional>

namespace posko {

namespace {

// Each step moves the schema one version up and runs in its own transaction together with
// the user_version bump, so a crash mid-migration leaves the previous version intact.
// Never edit a released step: add a new one.
const QVector<QStringList> &migrationSteps()
{
    static const QVector<QStringList> steps{
        // 1: the initial schema.
        {QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),
         QStringLiteral("INSERT INTO counters (name, value) VALUES ('seq', 0)"),
         QStringLiteral("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
                        " role TEXT NOT NULL, covert_clearance INTEGER NOT NULL DEFAULT 0,"
                        " salt BLOB NOT NULL, iterations INTEGER NOT NULL, hash BLOB NOT NULL,"
                        " created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE sessions (token_hash BLOB PRIMARY KEY,"
                        " user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,"
                        " expires_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE api_keys (id INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                        " key_hash BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, jpeg BLOB NOT NULL,"
                        " created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE reports (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL,"
                        " version INTEGER NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL,"
                        " squad TEXT, lat REAL NOT NULL, lon REAL NOT NULL,"
                        " description TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                        " kecamatan TEXT NOT NULL DEFAULT '', desa TEXT NOT NULL DEFAULT '',"
                        " requested_at INTEGER NOT NULL, updated_at INTEGER NOT NULL,"
                        " status_since INTEGER NOT NULL, photo_id INTEGER REFERENCES photos(id),"
                        " media_url TEXT NOT NULL DEFAULT '', covert INTEGER NOT NULL,"
                        " was_public INTEGER NOT NULL, token TEXT UNIQUE,"
                        " contact TEXT NOT NULL DEFAULT '{}')"),
         QStringLiteral("CREATE UNIQUE INDEX reports_seq ON reports(seq)"),
         QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY,"
                        " report_id INTEGER NOT NULL REFERENCES reports(id), at INTEGER NOT NULL,"
                        " actor TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL DEFAULT '',"
                        " squad TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX history_report ON history(report_id, id)"),
         QStringLiteral("CREATE TABLE idempotency (user_id INTEGER NOT NULL, key TEXT NOT NULL,"
                        " status INTEGER NOT NULL, body BLOB NOT NULL, created_at INTEGER NOT NULL,"
                        " PRIMARY KEY (user_id, key))")},
        // 2: Open311 lists by date and the media check by photo.
        {QStringLiteral("CREATE INDEX reports_requested ON reports(covert, requested_at)"),
         QStringLiteral("CREATE INDEX reports_photo ON reports(photo_id)")},
        // 3: history written while covert stays hidden after a report is routed back; the seq
        // at which a report turned covert (removals only to workstations that saw it); the
        // database's identity; Idempotency-Keys tied to one request.
        {QStringLiteral("ALTER TABLE history ADD COLUMN covert INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE reports ADD COLUMN hidden_seq INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("UPDATE reports SET hidden_seq = seq WHERE covert = 1 AND was_public = 1"),
         // Existing history, as far as it can be told without the label policy: every entry of
         // a never-public report, the assignments to the covert squad, and whatever followed
         // one until the next assignment to another squad.
         QStringLiteral("UPDATE history SET covert = 1 WHERE squad = 'covert'"
                        " OR report_id IN (SELECT id FROM reports WHERE was_public = 0)"),
         QStringLiteral("UPDATE history SET covert = 1 WHERE EXISTS (SELECT 1 FROM history c"
                        " WHERE c.report_id = history.report_id AND c.kind = 'assign'"
                        " AND c.squad = 'covert' AND c.id < history.id AND NOT EXISTS"
                        " (SELECT 1 FROM history n WHERE n.report_id = c.report_id"
                        " AND n.kind = 'assign' AND n.squad <> 'covert' AND n.id > c.id"
                        " AND n.id <= history.id))"),
         QStringLiteral("CREATE INDEX reports_hidden ON reports(covert, hidden_seq)"),
         QStringLiteral("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)"),
         QStringLiteral("INSERT INTO meta (name, value) VALUES ('hub_id', '{{new-uuid}}')"),
         QStringLiteral("ALTER TABLE idempotency ADD COLUMN report_id INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("ALTER TABLE idempotency ADD COLUMN request_hash BLOB")},
        // 4: reports imported from other Open311 servers, one row per (source, upstream id),
        // and where each source's next poll starts. The reports table is unchanged.
        {QStringLiteral("CREATE TABLE imports (source TEXT NOT NULL, external_id TEXT NOT NULL,"
                        " report_id INTEGER NOT NULL UNIQUE REFERENCES reports(id),"
                        " fingerprint BLOB NOT NULL, upstream_status TEXT NOT NULL,"
                        " note_keys TEXT NOT NULL DEFAULT '[]',"
                        " attributes TEXT NOT NULL DEFAULT '{}', imported_at INTEGER NOT NULL,"
                        " PRIMARY KEY (source, external_id))"),
         QStringLiteral("CREATE TABLE import_cursors (source TEXT PRIMARY KEY,"
                        " value TEXT NOT NULL)")},
        // 5: squads' after photos belong to their report through the photo row (a citizen's
        // photo through reports.photo_id), so the covert check covers both.
        {QStringLiteral("ALTER TABLE photos ADD COLUMN report_id INTEGER NOT NULL DEFAULT 0"),
         QStringLiteral("CREATE INDEX photos_report ON photos(report_id) WHERE report_id <> 0")},
    };
    return steps;
}

} // namespace

HubDatabase::HubDatabase()
    : m_connection(QStringLiteral("posko-hub-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

HubDatabase::~HubDatabase()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

int HubDatabase::currentSchemaVersion()
{
    return int(migrationSteps().size());
}

bool HubDatabase::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        if (error)
            *error = m_db.lastError().text();
        return false;
    }
    // WAL: the hub reads while it writes. synchronous=FULL: once the hub has answered 200 to an
    // action the workstation drops it from its outbox, so that commit must survive a power cut,
    // not only a process crash (NORMAL in WAL mode may lose the last commits on power loss).
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        if (error)
            *error = QCoreApplication::translate("posko::HubDatabase",
                                                 "%1 is not a usable SQLite database: %2")
                         .arg(path, q.lastError().text());
        return false;
    }
    q.finish(); // an active statement would make the migration's COMMIT fail
    exec(QStringLiteral("PRAGMA synchronous=FULL"));
    exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    return migrate(error);
}

int HubDatabase::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool HubDatabase::migrate(QString *error)
{
    m_migrationsApplied = 0;
    const int from = schemaVersion();
    const auto &steps = migrationSteps();
    if (from > steps.size()) {
        if (error)
            *error = QCoreApplication::translate("posko::HubDatabase",
                                                 "the database has schema version %1, newer than "
                                                 "this posko-hub (%2); upgrade posko-hub")
                         .arg(from)
                         .arg(steps.size());
        return false;
    }
    for (int v = from; v < steps.size(); ++v) {
        if (!m_db.transaction())
            break;
        bool ok = true;
        for (QString sql : steps[v]) {
            sql.replace(QStringLiteral("{{new-uuid}}"),
                        QUuid::createUuid().toString(QUuid::WithoutBraces));
            ok = ok && exec(sql);
        }
        ok = ok && exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        if (!ok || !m_db.commit()) {
            if (ok)
                m_lastError = m_db.lastError().text();
            m_db.rollback();
            if (error)
                *error = QCoreApplication::translate("posko::HubDatabase",
                                                     "migration to schema version %1 failed: %2")
                             .arg(v + 1)
                             .arg(m_lastError);
            return false;
        }
        ++m_migrationsApplied;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE name = 'hub_id'")) || !q.next()) {
        if (error)
            *error =
                QCoreApplication::translate("posko::HubDatabase", "the database has no hub id: %1")
                    .arg(q.lastError().text());
        return false;
    }
    m_hubId = q.value(0).toString();
    return true;
}

bool HubDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql)) {
        m_lastError = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
        return false;
    }
    return true;
}

bool HubDatabase::begin()
{
    return m_db.transaction();
}
bool HubDatabase::beginWrite()
{
    return exec(QStringLiteral("BEGIN IMMEDIATE"));
}
bool HubDatabase::commit()
{
    return m_db.commit();
}
void HubDatabase::rollback()
{
    m_db.rollback();
}

std::optional<qint64> HubDatabase::addUser(const QString &name, const QString &role,
                                           bool covertClearance, const PasswordHash &password)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (name, role, covert_clearance, salt, iterations,"
                             " hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(role);
    q.addBindValue(covertClearance ? 1 : 0);
    q.addBindValue(password.salt);
    q.addBindValue(password.iterations);
    q.addBindValue(password.hash);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

std::optional<std::pair<HubUser, PasswordHash>> HubDatabase::findUser(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, role, covert_clearance, salt, iterations, hash"
                             " FROM users WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return std::nullopt;
    HubUser u{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
              q.value(3).toInt() != 0};
    PasswordHash h{q.value(4).toByteArray(), q.value(6).toByteArray(), q.value(5).toInt()};
    return std::make_pair(u, h);
}

bool HubDatabase::addSession(qint64 userId, const QByteArray &tokenDigest,
                             const QDateTime &expiresAt)
{
    QSqlQuery q(m_db);
    // Expired sessions are useless; dropping them here keeps the table small without a timer.
    q.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at < ?"));
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.exec();
    q.prepare(
        QStringLiteral("INSERT INTO sessions (token_hash, user_id, expires_at) VALUES (?, ?, ?)"));
    q.addBindValue(tokenDigest);
    q.addBindValue(userId);
    q.addBindValue(expiresAt.toMSecsSinceEpoch());
    return q.exec();
}

std::optional<HubUser> HubDatabase::userForSession(const QByteArray &tokenDigest,
                                                   const QDateTime &now) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT u.id, u.name, u.role, u.covert_clearance FROM sessions s"
                             " JOIN users u ON u.id = s.user_id"
                             " WHERE s.token_hash = ? AND s.expires_at > ?"));
    q.addBindValue(tokenDigest);
    q.addBindValue(now.toMSecsSinceEpoch());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return HubUser{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                   q.value(3).toInt() != 0};
}

bool HubDatabase::addApiKey(const QString &name, const QByteArray &keyDigest)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO api_keys (name, key_hash, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(name);
    q.addBindValue(keyDigest);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

bool HubDatabase::apiKeyValid(const QByteArray &keyDigest) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM api_keys WHERE key_hash = ?"));
    q.addBindValue(keyDigest);
    return q.exec() && q.next();
}

std::optional<IdempotentAnswer> HubDatabase::idempotentAnswer(qint64 userId,
                                                              const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT status, body, report_id, request_hash FROM idempotency"
                             " WHERE user_id = ? AND key = ?"));
    q.addBindValue(userId);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return IdempotentAnswer{q.value(0).toInt(), q.value(1).toByteArray(), q.value(2).toLongLong(),
                            q.value(3).toByteArray()};
}

bool HubDatabase::storeIdempotentAnswer(qint64 userId, const QString &key,
                                        const IdempotentAnswer &a, const QDateTime &at)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO idempotency (user_id, key, status, body, created_at,"
                             " report_id, request_hash) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(key);
    q.addBindValue(a.status);
    q.addBindValue(a.body);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(a.reportId);
    q.addBindValue(a.requestHash);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<qint64> HubDatabase::addPhoto(const QByteArray &jpeg, const QDateTime &at,
                                            qint64 reportId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO photos (jpeg, created_at, report_id) VALUES (?, ?, ?)"));
    q.addBindValue(jpeg);
    q.addBindValue(at.toMSecsSinceEpoch());
    q.addBindValue(reportId);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    return q.lastInsertId().toLongLong();
}

QByteArray HubDatabase::photo(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT jpeg FROM photos WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toByteArray();
}

std::optional<bool> HubDatabase::photoIsCovert(qint64 id) const
{
    QSqlQuery q(m_db);
    // A citizen's photo is the report's photo_id; a squad's after photo names its report.
    q.prepare(
        QStringLiteral("SELECT MAX(c) FROM (SELECT covert AS c FROM reports WHERE photo_id = ?"
                       " UNION ALL SELECT r.covert FROM photos p JOIN reports r"
                       " ON r.id = p.report_id WHERE p.id = ? AND p.report_id <> 0)"));
    q.addBindValue(id);
    q.addBindValue(id);
    if (!q.exec() || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toInt() != 0;
}

std::optional<bool> HubDatabase::reportCovert(qint64 id, bool *ok) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT covert FROM reports WHERE id = ?"));
    q.addBindValue(id);
    *ok = q.exec();
    if (!*ok) {
        m_lastError = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return q.value(0).toInt() != 0;
}

} // namespace posko
