// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Row <-> value mapping of the replica's tables (internal to core/storage).

#include "core/storage/replica.h"

#include <QDateTime>
#include <QString>

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

} // namespace posko::replicarows
