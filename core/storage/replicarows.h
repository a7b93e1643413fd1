// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Row <-> value mapping of the replica's tables (internal to core/storage).

#include "core/storage/replica.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <array>

class QSqlQuery;

namespace posko::replicarows {

// A null QString binds as SQL NULL; the schema wants text, empty or not.
QString text(const QString &s);
// Local timestamps keep milliseconds so the outbox order and history stay exact.
QString stamp(const QDateTime &t);
QByteArray stampUtf8(const QDateTime &t); // the same text as UTF-8 (empty when invalid)

inline constexpr const char *reportColumns =
    "id, seq, version, label, status, squad, lat, lon, description, address, kecamatan, desa, "
    "requested_at, updated_at, status_since, media_url";
Report reportFromRow(const QSqlQuery &q);

inline constexpr const char *outboxColumns =
    "id, report_id, idempotency_key, type, squad, status, text, base_version, created_at, "
    "actor, state, error, attempts, original, photo";
OutboxItem outboxFromRow(const QSqlQuery &q);
int stateCode(OutboxItem::State s);

// The replica's `lifecycle` row of a report (schema 7; core/stats/lifecycle.h): written with the
// report on every path that writes a report row, so the statistics never read the history.
// Label, squad ('' when unassigned) and kecamatan are copied in, so a refresh reads this
// compact table alone and not the wide reports rows.
inline constexpr const char *lifecycleUpsert =
    "INSERT OR REPLACE INTO lifecycle(report_id, label, squad, kecamatan, received, responded, "
    "assigned, resolved, closed, ended, settled, reopened, reopened_at, disputed_at, flagged_at) "
    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
struct LifecycleRow
{
    qint64 id = 0;
    std::array<QByteArray, 3> texts; // label, squad, kecamatan (UTF-8)
    std::array<qint64, 11> ints{};   // received ... flagged_at, in the statement's order
};
LifecycleRow lifecycleRow(const Report &r);
// Binds a row to lifecycleUpsert prepared in `q`.
void bindLifecycle(QSqlQuery &q, const LifecycleRow &row);

} // namespace posko::replicarows
