// SPDX-License-Identifier: GPL-3.0-or-later
// Replica: the recorded covert clearance and the whole-replica reset (clearance revoked, hub
// reset or restored). Kept apart from replica.cpp, which holds the everyday paths.
#include "core/storage/replica.h"

#include "core/storage/replicaschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace posko {

using replicaschema::exec;
using replicaschema::Transaction;

namespace {

const QString clearanceKey = QStringLiteral("covert_clearance");

bool exists(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next();
}

} // namespace

std::optional<bool> Replica::covertClearance() const
{
    const QString v = meta(clearanceKey);
    if (v.isEmpty())
        return std::nullopt;
    return v == QLatin1String("1");
}

bool Replica::setCovertClearance(bool cleared)
{
    return setMeta(clearanceKey, cleared ? QStringLiteral("1") : QStringLiteral("0"));
}

bool Replica::needsClearancePurge() const
{
    if (const auto recorded = covertClearance())
        return *recorded;
    // Not recorded: look at what the replica holds.
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    const QString covert = squadCode(Squad::Covert);
    if (exists(db,
               QStringLiteral("SELECT 1 FROM history WHERE squad = '%1' LIMIT 1").arg(covert)) ||
        exists(db, QStringLiteral("SELECT 1 FROM outbox WHERE type = 'assign' AND squad = '%1' "
                                  "LIMIT 1")
                       .arg(covert)))
        return true;
    const LabelPolicy policy = labelPolicy();
    for (const Report &r : reports()) {
        if (isCovertRouting(r.squad, policy.find(r.label)))
            return true;
        const auto hub = hubState(r.id);
        if (hub && isCovertRouting(hub->squad, policy.find(hub->label)))
            return true;
    }
    return false;
}

QString Replica::hubResetReason()
{
    return QCoreApplication::translate("posko::Replica",
                                       "The hub was reset; this action was not sent.");
}

QString Replica::hubResetMarker()
{
    return QStringLiteral("[posko:hub-reset] "); // never translated, never shown
}

std::optional<Replica::ResetResult> Replica::resetReports(Reset why, QString *error)
{
    ResetResult result;
    const QSqlDatabase db = QSqlDatabase::database(m_connection);
    {
        QSqlQuery ids(db);
        ids.setForwardOnly(true);
        if (!ids.exec(QStringLiteral("SELECT id FROM reports ORDER BY id"))) {
            if (error)
                *error = ids.lastError().text();
            return std::nullopt;
        }
        while (ids.next())
            result.removed.push_back(ids.value(0).toLongLong());
    }
    // Decided before anything is deleted: which reports are covert (shown or hub state).
    QVector<qint64> covertIds;
    if (why == Reset::ClearanceRevoked) {
        const LabelPolicy policy = labelPolicy();
        for (const Report &r : reports()) {
            const auto hub = hubState(r.id);
            if (isCovertRouting(r.squad, policy.find(r.label)) ||
                (hub && isCovertRouting(hub->squad, policy.find(hub->label))))
                covertIds.push_back(r.id);
        }
        // A report that was covert once carries history entries naming the squad.
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT DISTINCT report_id FROM history WHERE squad = ?"));
        q.addBindValue(squadCode(Squad::Covert));
        if (q.exec())
            while (q.next())
                if (!covertIds.contains(q.value(0).toLongLong()))
                    covertIds.push_back(q.value(0).toLongLong());
    }
    {
        Transaction tx(db);
        if (!tx.ok())
            return std::nullopt;
        if (why == Reset::ClearanceRevoked) {
            for (qint64 id : covertIds) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("DELETE FROM outbox WHERE report_id = ?"));
                q.addBindValue(id);
                if (!exec(q, error))
                    return std::nullopt;
            }
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM outbox WHERE type = 'assign' AND squad = ?"));
            q.addBindValue(squadCode(Squad::Covert));
            if (!exec(q, error))
                return std::nullopt;
        } else {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE outbox SET state = 2, error = ? WHERE state = 0"));
            q.addBindValue(hubResetMarker() + hubResetReason());
            if (!exec(q, error))
                return std::nullopt;
            result.failed = q.numRowsAffected();
        }
        for (const char *sql : {"DELETE FROM outbox WHERE state = 1", "DELETE FROM history",
                                "DELETE FROM lifecycle", "DELETE FROM reports",
                                "INSERT INTO meta(key, value) VALUES('last_seq', '0') "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"})
            if (!exec(db, QString::fromLatin1(sql), error))
                return std::nullopt;
        if (!replicaschema::scrubText(db, error) || !tx.commit(error))
            return std::nullopt;
    }
    // The whole cache, including photos of reports the replica no longer knew about and the
    // temporary files of an interrupted download.
    QDir dir(photoCacheDir());
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        QFile::remove(dir.filePath(name));
    result.traceFree = checkpoint(error);
    return result;
}

} // namespace posko
