// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/replicaschema.h"

#include "core/storage/replicarows.h"
#include "core/sync/reportjson.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <optional>

namespace posko::replicaschema {

const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps{
        // 0 -> 1: reports with history, the outbox, key/value meta (hub url, user, last_seq,
        // label policy).
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE reports (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, "
                "version INTEGER NOT NULL, label TEXT NOT NULL, status TEXT NOT NULL, "
                "squad TEXT, lat REAL NOT NULL, lon REAL NOT NULL, description TEXT NOT NULL, "
                "address TEXT NOT NULL, kecamatan TEXT NOT NULL, desa TEXT NOT NULL, "
                "requested_at TEXT NOT NULL, updated_at TEXT NOT NULL, status_since TEXT NOT NULL, "
                "media_url TEXT NOT NULL, hub_version INTEGER NOT NULL)"),
            QStringLiteral(
                "CREATE TABLE history (id INTEGER PRIMARY KEY, "
                "report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE, "
                "at TEXT NOT NULL, actor TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL, "
                "squad TEXT NOT NULL, text TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX history_report ON history(report_id, id)"),
            // AUTOINCREMENT: an outbox id is never reused, so a view holding an old id cannot
            // point at a different action after a purge.
            QStringLiteral(
                "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                "report_id INTEGER NOT NULL, idempotency_key TEXT NOT NULL UNIQUE, "
                "type TEXT NOT NULL, squad TEXT NOT NULL, status TEXT NOT NULL, "
                "text TEXT NOT NULL, base_version INTEGER NOT NULL, created_at TEXT NOT NULL, "
                "actor TEXT NOT NULL, state INTEGER NOT NULL DEFAULT 0, "
                "error TEXT NOT NULL DEFAULT '', attempts INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX outbox_report ON outbox(report_id, id)"),
        },
        // 1 -> 2: the hub's own state of each report (JSON), so a refused action is rolled
        // back locally. Rows from version 1 get it with their next change from the hub.
        {
            QStringLiteral("ALTER TABLE reports ADD COLUMN hub_state TEXT NOT NULL DEFAULT ''"),
        },
        // 2 -> 3: sent outbox items are no longer kept (the hub's state they produced is);
        // drop the ones older versions left behind.
        {
            QStringLiteral("DELETE FROM outbox WHERE state = 1"),
        },
        // 3 -> 4: full-text search for the report table at scale (issue 4). report_text holds
        // one row per report (rowid = report id): description, address and the text of its
        // history entries (notes and reasons), kept in step by triggers on every write path.
        // unicode61 with remove_diacritics folds case and accents; queries use prefix terms.
        // Indexes back the SQL equivalents of the table's filters.
        {
            QStringLiteral(
                "CREATE VIRTUAL TABLE report_text USING fts5(description, address, notes, "
                "tokenize = 'unicode61 remove_diacritics 2')"),
            QStringLiteral("INSERT INTO report_text(rowid, description, address, notes) "
                           "SELECT r.id, r.description, r.address, "
                           "coalesce((SELECT group_concat(h.text, ' ') FROM history h "
                           "WHERE h.report_id = r.id AND h.text <> ''), '') FROM reports r"),
            QStringLiteral("CREATE TRIGGER report_text_ai AFTER INSERT ON reports BEGIN "
                           "INSERT INTO report_text(rowid, description, address, notes) "
                           "VALUES (new.id, new.description, new.address, ''); END"),
            QStringLiteral("CREATE TRIGGER report_text_au AFTER UPDATE OF description, address "
                           "ON reports WHEN new.description IS NOT old.description OR "
                           "new.address IS NOT old.address BEGIN "
                           "UPDATE report_text SET description = new.description, "
                           "address = new.address WHERE rowid = new.id; END"),
            QStringLiteral("CREATE TRIGGER report_text_ad AFTER DELETE ON reports BEGIN "
                           "DELETE FROM report_text WHERE rowid = old.id; END"),
            QStringLiteral(
                "CREATE TRIGGER report_notes_ai AFTER INSERT ON history WHEN new.text <> '' "
                "BEGIN UPDATE report_text SET notes = coalesce((SELECT group_concat(text, ' ') "
                "FROM history WHERE report_id = new.report_id AND text <> ''), '') "
                "WHERE rowid = new.report_id; END"),
            QStringLiteral(
                "CREATE TRIGGER report_notes_ad AFTER DELETE ON history WHEN old.text <> '' "
                "BEGIN UPDATE report_text SET notes = coalesce((SELECT group_concat(text, ' ') "
                "FROM history WHERE report_id = old.report_id AND text <> ''), '') "
                "WHERE rowid = old.report_id; END"),
            QStringLiteral("CREATE INDEX reports_requested ON reports(requested_at)"),
        },
        // 4 -> 5: hub_state is kept only where it differs from the shown row (the report has
        // pending actions); '' now means "the row is the hub's state". Copying every report's
        // JSON there made the table four times its size (1.4 GB for a million reports: a cold
        // start read all of it). Rows left '' by version 1 while an action was pending hold
        // local changes, so their hub state is marked unknown ('?'), as it was.
        {
            QStringLiteral("UPDATE reports SET hub_state = '?' WHERE hub_state = '' AND id IN "
                           "(SELECT report_id FROM outbox WHERE state = 0)"),
        },
        // 5 -> 6: the outbox carries a duplicate's original and a squad's after photo (JPEG),
        // so both wait offline like any other action. Flags and disputes are found by kind.
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN original INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN photo BLOB"),
            QStringLiteral("CREATE INDEX history_review ON history(report_id) "
                           "WHERE kind IN ('flag', 'dispute')"),
        },
        // 6 -> 7: one compact row per report with the moments the statistics need
        // (core/stats/lifecycle.h), kept in step with the report on every write path, so a
        // dashboard refresh over a million reports reads neither the history nor the wide
        // report rows. Filled for existing reports by fillLifecycle() in the same transaction.
        {
            QStringLiteral(
                "CREATE TABLE lifecycle (report_id INTEGER PRIMARY KEY "
                "REFERENCES reports(id) ON DELETE CASCADE, label TEXT NOT NULL, "
                "squad TEXT NOT NULL, kecamatan TEXT NOT NULL, received INTEGER NOT NULL, "
                "responded INTEGER NOT NULL, assigned INTEGER NOT NULL, "
                "resolved INTEGER NOT NULL, closed INTEGER NOT NULL, ended INTEGER NOT NULL, "
                "settled INTEGER NOT NULL, reopened INTEGER NOT NULL, "
                "reopened_at INTEGER NOT NULL, disputed_at INTEGER NOT NULL, "
                "flagged_at INTEGER NOT NULL)"),
        },
    };
    return steps;
}

bool fillLifecycle(const QSqlDatabase &db, QString *error)
{
    // One pass over the reports joined with their history in order; each report's lifecycle is
    // derived by the same function the write paths use.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT r.id, r.label, r.status, r.squad, r.kecamatan, r.requested_at, "
                           "r.status_since, h.at, h.actor, h.kind, h.status, h.text FROM reports r "
                           "LEFT JOIN history h ON h.report_id = r.id ORDER BY r.id, h.id"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QSqlQuery ins(db);
    if (!ins.prepare(QLatin1String(replicarows::lifecycleUpsert))) {
        if (error)
            *error = ins.lastError().text();
        return false;
    }
    std::optional<Report> current;
    auto flush = [&]() {
        if (!current)
            return true;
        replicarows::bindLifecycle(ins, replicarows::lifecycleRow(*current));
        return exec(ins, error);
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (!current || current->id != id) {
            if (!flush())
                return false;
            current = Report{};
            current->id = id;
            current->label = q.value(1).toString();
            current->status = statusFromCode(q.value(2).toString()).value_or(Status::Baru);
            if (!q.value(3).isNull())
                current->squad = squadFromCode(q.value(3).toString());
            current->kecamatan = q.value(4).toString();
            current->requestedAt = fromIsoUtc(q.value(5).toString());
            current->statusSince = fromIsoUtc(q.value(6).toString());
        }
        if (!q.value(7).isNull())
            current->history.push_back({fromIsoUtc(q.value(7).toString()), q.value(8).toString(),
                                        q.value(9).toString(), q.value(10).toString(), QString(),
                                        q.value(11).toString()});
    }
    return flush();
}

bool scrubText(const QSqlDatabase &db, QString *error)
{
    // FTS5 deletes only add tombstones: the dropped terms stay in the old index segments until
    // they are merged. 'optimize' merges every segment into one without them, and
    // secure_delete zeroes the pages the old segments used.
    return exec(db, QStringLiteral("INSERT INTO report_text(report_text) VALUES('optimize')"),
                error);
}

bool exec(QSqlQuery &q, QString *error)
{
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exec(const QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = q.lastError().text() + QStringLiteral(" [") + sql + QLatin1Char(']');
    return false;
}

int userVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool prepare(QSqlDatabase &db, QString *error)
{
    // WAL lets the GUI read while a sync writes; FULL syncs the WAL on every commit so an
    // acknowledged operator action survives a power cut; secure_delete zeroes freed pages so a
    // purged covert report leaves no bytes behind.
    const char *const pragmas[] = {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                                   "PRAGMA secure_delete=ON", "PRAGMA foreign_keys=ON",
                                   "PRAGMA busy_timeout=5000"};
    for (const char *p : pragmas)
        if (!exec(db, QString::fromLatin1(p), error))
            return false;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next() ||
            q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            if (error)
                *error = QCoreApplication::translate("posko::Replica",
                                                     "The replica cannot use WAL journaling.");
            return false;
        }
    }
    const auto &steps = migrations();
    int version = userVersion(db);
    if (version < 0) {
        if (error)
            *error = QCoreApplication::translate("posko::Replica",
                                                 "The replica's schema version cannot be read.");
        return false;
    }
    if (version > steps.size()) {
        if (error)
            *error = QCoreApplication::translate(
                         "posko::Replica",
                         "The replica was written by a newer Posko (schema %1; this one knows %2).")
                         .arg(version)
                         .arg(steps.size());
        return false;
    }
    for (; version < steps.size(); ++version) {
        Transaction tx(db);
        if (!tx.ok()) {
            if (error)
                *error = db.lastError().text();
            return false;
        }
        for (const QString &sql : steps.at(version))
            if (!exec(db, sql, error))
                return false;
        if (version == 6 && !fillLifecycle(db, error))
            return false;
        if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(version + 1), error))
            return false;
        if (!tx.commit(error))
            return false;
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db) : m_db(std::move(db))
{
    m_open = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

bool Transaction::commit(QString *error)
{
    if (!m_open)
        return false;
    m_open = false;
    if (m_db.commit())
        return true;
    if (error)
        *error = m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace posko::replicaschema
