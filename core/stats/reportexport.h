// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QVector>
#include <optional>

class QIODevice;

namespace posko::stats {

// The reports of a replica as CSV (RFC 4180, UTF-8, CRLF) with every lifecycle timestamp
// (issue 6 "Exports"): one row per report, in id order. Columns (a contract, never translated):
// id, label, status, squad, kecamatan, desa, lat, long, address, description, received_at,
// responded_at, assigned_at, resolved_at, closed_at, ended_at, reopened, reopened_at,
// disputed_at, flagged_fast_at. Times are ISO 8601 UTC ("2026-11-28T07:25:00Z"), empty when
// the moment never came. The replica holds only what its user may see (covert reports never
// reach an uncleared user's replica), so an export cannot hold more.
// `ids`: only these reports (the table's current rows); all when nullopt. Streams row by row.
// Returns the number of rows written, or nullopt with `error`.
std::optional<qint64> writeReportsCsv(const QString &databasePath, QIODevice &out,
                                      const std::optional<QVector<qint64>> &ids = std::nullopt,
                                      QString *error = nullptr);

} // namespace posko::stats
