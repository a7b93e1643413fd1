// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVector>

class QSqlQuery;

namespace posko::replicaschema {

// The replica's schema as stepwise migrations: step i takes a database from user_version i to
// i + 1, in one transaction with the version bump, so an interrupted upgrade leaves the old
// version intact. Steps are never edited once released; new ones are appended.
const QVector<QStringList> &migrations();

// Sets the per-connection pragmas (WAL, synchronous=FULL, secure_delete=ON, foreign keys)
// and migrates to the latest version. Refuses a database from a newer Posko.
bool prepare(QSqlDatabase &db, QString *error);

// Writes the lifecycle row (schema 7) of every report from its history: the 6 -> 7 step.
bool fillLifecycle(const QSqlDatabase &db, QString *error);

int userVersion(const QSqlDatabase &db);

// Rewrites the full-text index without the terms of deleted reports (FTS5 keeps them in old
// segments until a merge). Part of every purge, before the WAL checkpoint.
bool scrubText(const QSqlDatabase &db, QString *error);

// Runs one statement; on failure fills `error` with the statement's error and returns false.
bool exec(QSqlQuery &q, QString *error);
bool exec(const QSqlDatabase &db, const QString &sql, QString *error);

// Rolls back unless committed: every write path returns early on the first error.
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool ok() const { return m_open; }
    bool commit(QString *error);

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace posko::replicaschema
