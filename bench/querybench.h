// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace posko::bench {

// Fills the replica in `replicaDataDir` with `n` realistic Trenggalek reports (labels, areas,
// texts and lifecycles as the demo hub makes them) through Replica::applyChanges, in pages.
// Returns false (and `error`) on a database error.
bool generateReplica(const QString &replicaDataDir, qint64 n, QString *error);

// The report table at scale: prints one JSON object per line
// {"metric":…, "value":…, "unit":…, "n":…}: catalog load time; for every filter kind and
// every sortable column Posko's latency to the first rows (median) next to the same query run
// by the sqlite3 command-line tool on the same file (*_sqlite3, its first 100 rows; its timer
// has 1 ms steps, below that counted as 0.5 ms) and their ratio (*_ratio: sqlite3 time / Posko
// time, above 1 means Posko is faster);
// window startup to the first painted rows (offscreen); peak RSS.
void printQueryBench(const QString &replicaDataDir, qint64 n);

} // namespace posko::bench
